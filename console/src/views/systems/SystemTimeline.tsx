import { useCallback, useEffect, useMemo, useState } from 'react';
import { request } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, Section, When } from '../../components/status';
import type { ConsoleSystemTimelineQuery } from '../../gql/graphql';
import { hrefOf } from '../../router';
import { recordsOf, releasesOf, timelineEvents, undatedRedacted, type Records, type TimelineEvent } from './events';
import { DiffDocument, MonitorChecksDocument, ReleaseRecordsDocument, SystemTimelineDocument } from './queries';
import { TimelineChart } from './TimelineChart';

export default function SystemTimeline({ id }: { id: string }) {
  const q = useQuery(SystemTimelineDocument, { system: id });
  return (
    <div>
      <h1>
        Timeline of <code>{id}</code>
      </h1>
      {q.status === 'loading' && <Loading what="the timeline" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="System timeline" />}
      {q.status === 'done' && <Timeline data={q.answer.data} />}
    </div>
  );
}

function Timeline({ data }: { data: ConsoleSystemTimelineQuery }) {
  const records = useReleaseRecords(releasesOf(data).map((r) => r.id));
  const checks = useQuery(MonitorChecksDocument, { system: data.node?.id ?? '' }, !data.node);
  const monitors = checks.status === 'done' ? checks.answer.data.monitors : NO_MONITORS;
  const events = useMemo(() => timelineEvents(data, { ...records.rows, monitors }), [data, records.rows, monitors]);
  const lanes = useMemo(() => [...new Set(['releases', ...events.map((e) => e.lane)])], [events]);
  const [diff, setDiff] = useState<{ a: string; b: string } | null>(null);
  const pick = useCallback((e: TimelineEvent) => {
    if (e.releaseId && e.previousReleaseId) setDiff({ a: e.previousReleaseId, b: e.releaseId });
  }, []);
  const system = data.node && 'name' in data.node ? data.node : null;
  const hidden = useMemo(() => undatedRedacted(data), [data]);
  return (
    <>
      {system?.redacted && <Redacted id={system.id} />}
      {system?.name && <p>{system.name}</p>}
      {records.error ? <FailureMessage error={records.error} what="Evaluations and approvals" /> : null}
      {checks.status === 'error' && <FailureMessage error={checks.error} what="Monitor checks" />}
      <Section title="All events on one time axis">
        <TimelineChart events={events} lanes={lanes} onPick={pick} />
      </Section>
      {diff && <DiffPanel a={diff.a} b={diff.b} onClose={() => setDiff(null)} />}
      {hidden.length > 0 && (
        <Section title="Above your clearance">
          <p>Redacted for this key, so without the instant they would stand at on the axis:</p>
          <ul data-testid="timeline-redacted">
            {hidden.map((e) => (
              <li key={`${e.kind}${e.id}`} data-kind={e.kind} data-id={e.id}>
                {e.kind}: <Redacted id={e.id} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Events">
        <table data-testid="timeline-events">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Lane</th>
              <th scope="col">Event</th>
              <th scope="col">Detail</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={`${e.kind}${e.id}`} className={e.emergency ? 'emergency' : undefined} data-kind={e.kind} data-id={e.id}>
                <td>
                  <When at={e.at} />
                </td>
                <td>{e.lane}</td>
                <td>
                  {e.redacted ? <Redacted id={e.id} /> : e.title}
                  {e.emergency && <strong className="badge-emergency"> EMERGENCY</strong>}
                </td>
                <td>{e.detail}</td>
                <td>
                  {e.kind === 'release' && e.previousReleaseId && (
                    <button type="button" onClick={() => pick(e)}>
                      Diff against previous
                    </button>
                  )}
                  {e.kind === 'release' && <Link href={hrefOf('lineage', e.id)}>lineage</Link>}
                  {e.useCaseId && <Link href={hrefOf('recommendations', e.useCaseId)}>recommendations</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Monitoring">
        <p>
          Each monitor's newest checks are on the axis above, in its environment's lane. Series, monitor status and rollback plans are on
          the <Link href={hrefOf('monitoring', data.node?.id ?? '')}>monitoring page</Link>.
        </p>
      </Section>
    </>
  );
}

const NO_MONITORS: Records['monitors'] = [];
const NO_RECORDS = recordsOf([]);

/** Each release's evaluations and approval decisions. */
function useReleaseRecords(releaseIds: string[]): { rows: ReturnType<typeof recordsOf>; error: unknown } {
  const [state, setState] = useState<{ rows: ReturnType<typeof recordsOf>; error: unknown }>({ rows: NO_RECORDS, error: null });
  const key = releaseIds.join(',');
  useEffect(() => {
    let current = true;
    Promise.all(releaseIds.map((subject) => request(ReleaseRecordsDocument, { subject }))).then(
      (answers) => current && setState({ rows: recordsOf(answers.map((a) => a.data)), error: null }),
      (error: unknown) => current && setState({ rows: NO_RECORDS, error }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

type Value =
  | {
      __typename?: string;
      boolean?: boolean;
      ids?: string[];
      id?: string;
      json?: string;
      numbers?: number[];
      number?: number;
      texts?: string[];
      text?: string;
    }
  | null
  | undefined;

function show(v: Value): string {
  if (!v) return '—';
  const parts = [v.boolean, v.ids?.join(', '), v.id, v.json, v.numbers?.join(', '), v.number, v.texts?.join(', '), v.text];
  const found = parts.find((p) => p !== undefined && p !== null);
  return found === undefined ? '—' : String(found);
}

function DiffPanel({ a, b, onClose }: { a: string; b: string; onClose: () => void }) {
  const q = useQuery(DiffDocument, { a, b });
  return (
    <section className="card" aria-labelledby="diff-title" data-testid="release-diff">
      <h2 id="diff-title" tabIndex={-1} ref={(el) => el?.focus()}>
        Diff of <code>{b}</code> against <code>{a}</code>
      </h2>
      <button type="button" onClick={onClose}>
        Close diff
      </button>
      {q.status === 'loading' && <Loading what="the diff" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="Diff" />}
      {q.status === 'done' && (
        <>
          <p>{q.answer.data.diff.sameContent ? 'Same content.' : 'Content differs.'}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">Pin</th>
                <th scope="col">Change</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {q.answer.data.diff.pins.map((p) => (
                <tr key={`${p.slot}${p.artifact}`}>
                  <td>{p.slot}</td>
                  <td>{p.change}</td>
                  <td>{p.before ?? '—'}</td>
                  <td>{p.after ?? '—'}</td>
                </tr>
              ))}
              {q.answer.data.diff.changes.map((c) => (
                <tr key={c.field}>
                  <td>{c.field}</td>
                  <td>changed</td>
                  <td>{show(c.before as Value)}</td>
                  <td>{show(c.after as Value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

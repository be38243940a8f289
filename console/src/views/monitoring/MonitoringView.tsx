import { useId, useMemo, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, Section, When } from '../../components/status';
import type { ConsoleMonitoringContextQuery } from '../../gql/graphql';
import { BASE, hrefOf, navigate } from '../../router';
import { MonitorTable } from './MonitorTable';
import { AliasMovesDocument, MonitoringContextDocument } from './queries';
import { ReleaseCharts } from './ReleaseCharts';
import { RollbackPlanPanel, type ExecutedMove } from './RollbackPlanPanel';
import { aliasOf, environmentsOf, MARKER_COLOURS, markersOf, type Marker } from './series';
import { WINDOW_PRESETS, windowOf, type Window } from './window';

/**
 * The monitoring dashboard of a system at /ui/monitoring/<system id>?environment=&window= (or
 * &from=&to=): each release's signals with alias moves and drift alerts marked, monitor status, and the
 * proposed rollback plan with its execute button. After a rollback every part is read again.
 */
export default function MonitoringView({ id, search }: { id: string | null; search: URLSearchParams }) {
  const [generation, setGeneration] = useState(0);
  const [executed, setExecuted] = useState<ExecutedMove | null>(null);
  if (!id)
    return (
      <div>
        <h1>Monitoring</h1>
        <p>
          Open a system's dashboard from its timeline, or <Link href={BASE}>search for a system</Link>.
        </p>
      </div>
    );
  return (
    <div>
      <h1>
        Monitoring of <code>{id}</code>
      </h1>
      <p>
        <Link href={hrefOf('systems', id)}>Timeline of this system</Link>
      </p>
      {executed && (
        <p className="ok" role="status" data-testid="rollback-done">
          Rolled {executed.environment} back from v{executed.from?.version} to v{executed.to?.version} at <When at={executed.createdAt} /> (
          {executed.moveKind?.toLowerCase()}
          {executed.flaggedForReview ? ', flagged for review' : ''}).
        </p>
      )}
      <Dashboard
        key={generation}
        system={id}
        search={search}
        onExecuted={(move) => {
          setExecuted(move);
          setGeneration((g) => g + 1);
        }}
      />
    </div>
  );
}

function Dashboard({ system, search, onExecuted }: { system: string; search: URLSearchParams; onExecuted: (move: ExecutedMove) => void }) {
  const q = useQuery(MonitoringContextDocument, { system });
  if (q.status === 'loading') return <Loading what="the system" />;
  if (q.status === 'error') return <FailureMessage error={q.error} what="Monitoring" />;
  return <Environment data={q.answer.data} system={system} search={search} onExecuted={onExecuted} />;
}

function Environment({
  data,
  system,
  search,
  onExecuted,
}: {
  data: ConsoleMonitoringContextQuery;
  system: string;
  search: URLSearchParams;
  onExecuted: (move: ExecutedMove) => void;
}) {
  const environments = environmentsOf(data);
  const asked = search.get('environment');
  const environment = asked ?? environments[0] ?? null;
  const windowKey = `${search.get('from')}|${search.get('to')}|${search.get('window')}`;
  // "Now" is fixed when the window is chosen, so the queries keyed on it do not refetch on every render.
  const window = useMemo(() => windowOf(search, Date.now()), [windowKey]);
  const alias = environment ? aliasOf(data, environment) : null;
  const moves = useQuery(AliasMovesDocument, { alias: alias ?? '' }, !alias);
  const movesData = moves.status === 'done' ? moves.answer.data : null;
  const markers = useMemo(() => (environment ? markersOf(data, movesData, environment) : []), [data, movesData, environment]);
  const sys = data.node && 'name' in data.node ? data.node : null;
  return (
    <>
      {sys?.redacted ? <Redacted id={sys.id} type="System" /> : sys?.name && <p>{sys.name}</p>}
      <Controls environments={environments} environment={environment} window={window} />
      {moves.status === 'error' && <FailureMessage error={moves.error} what="Alias moves" />}
      {!environment ? (
        <p role="status">This system has no alias in any environment yet: nothing serves, so there is nothing to monitor.</p>
      ) : (
        <>
          <ReleaseCharts system={system} environment={environment} window={window} markers={markers} />
          <MonitorTable system={system} environment={environment} />
          <RollbackPlanPanel system={system} environment={environment} onExecuted={onExecuted} />
          <Markers markers={markers} window={window} />
        </>
      )}
    </>
  );
}

/** Changes the URL (the dashboard's state is its URL, so a view can be cited). */
function setParams(changes: Record<string, string | null>) {
  const params = new URLSearchParams(location.search);
  for (const [k, value] of Object.entries(changes)) {
    if (value === null) params.delete(k);
    else params.set(k, value);
  }
  navigate(`${location.pathname}?${params.toString()}`, true);
}

function Controls({ environments, environment, window }: { environments: string[]; environment: string | null; window: Window }) {
  const id = useId();
  return (
    <div className="toolbar" role="group" aria-label="Dashboard">
      <label htmlFor={`${id}-env`}>Environment</label>
      <select id={`${id}-env`} value={environment ?? ''} onChange={(e) => setParams({ environment: e.target.value })}>
        {environment && !environments.includes(environment) && <option value={environment}>{environment}</option>}
        {environments.map((e) => (
          <option key={e}>{e}</option>
        ))}
      </select>
      <label htmlFor={`${id}-win`}>Window</label>
      <select
        id={`${id}-win`}
        value={window.preset ?? 'custom'}
        onChange={(e) => setParams({ window: e.target.value, from: null, to: null })}
      >
        {!window.preset && <option value="custom">custom</option>}
        {WINDOW_PRESETS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
      <span>
        <When at={window.from} /> – <When at={window.to} />
      </span>
    </div>
  );
}

/** The markers the charts draw, as a table: the keyboard's and screen reader's route to them. */
function Markers({ markers, window }: { markers: Marker[]; window: Window }) {
  const [from, to] = [Date.parse(window.from) / 1000, Date.parse(window.to) / 1000];
  const shown = markers.filter((m) => m.at >= from && m.at <= to);
  return (
    <Section title="Alias moves and drift alerts">
      {shown.length === 0 ? (
        <p>None in the window.</p>
      ) : (
        <table data-testid="markers">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Marker</th>
              <th scope="col">Label</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m, i) => (
              <tr key={i} data-kind={m.kind}>
                <td>
                  <When at={new Date(m.at * 1000).toISOString()} />
                </td>
                <td>
                  <span className="swatch" style={{ borderColor: MARKER_COLOURS[m.kind] }} aria-hidden="true" /> {m.kind}
                </td>
                <td>{m.label}</td>
                <td>{m.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, Section, When } from '../../components/status';
import { hrefOf } from '../../router';
import { MonitorsDocument } from './queries';

const fmt = (v: number | null | undefined) => (v == null ? '—' : Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(2) : v.toFixed(3));

/** Each monitor of the environment: its status and last check (outcome, statistic, p-value or distance, sample sizes). */
export function MonitorTable({ system, environment }: { system: string; environment: string }) {
  const q = useQuery(MonitorsDocument, { system, environment });
  return (
    <Section title="Monitors">
      {q.status === 'loading' && <Loading what="the monitors" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="Monitors" />}
      {q.status === 'done' && q.answer.data.monitors.length === 0 && <p role="status">No monitor watches {environment}.</p>}
      {q.status === 'done' && q.answer.data.monitors.length > 0 && (
        <table data-testid="monitor-status">
          <thead>
            <tr>
              <th scope="col">Monitor</th>
              <th scope="col">Status</th>
              <th scope="col">Last check</th>
              <th scope="col">Statistic</th>
              <th scope="col">p-value</th>
              <th scope="col">Distance</th>
              <th scope="col">Threshold</th>
              <th scope="col">Sample sizes (baseline / current)</th>
              <th scope="col">Open alert</th>
            </tr>
          </thead>
          <tbody>
            {q.answer.data.monitors.map(({ monitor: m, lastCheck: c, ...s }) => (
              <tr key={m.id} data-monitor-id={m.id} className={`status-${s.status}`}>
                <th scope="row">
                  {m.redacted ? (
                    <Redacted id={m.id} />
                  ) : (
                    <>
                      {m.name}{' '}
                      <small>
                        ({m.signal}, {m.monitorKind?.toLowerCase()} {m.method?.toLowerCase()})
                      </small>
                    </>
                  )}
                </th>
                <td>
                  <strong className="monitor-status">{s.status}</strong>
                  <br />
                  <small>
                    {s.consecutiveFailures} failed, {s.consecutivePasses} passed in a row
                  </small>
                </td>
                <td>
                  {c ? (
                    <>
                      <strong>{c.outcome}</strong> <When at={c.createdAt} />
                      {c.release?.version != null && <> on v{c.release.version}</>}
                      {c.detail && (
                        <>
                          <br />
                          <small>{c.detail}</small>
                        </>
                      )}
                    </>
                  ) : (
                    'not checked yet'
                  )}
                </td>
                <td>{fmt(c?.statistic)}</td>
                <td>{fmt(c?.pValue)}</td>
                <td>{fmt(c?.distance)}</td>
                <td>{fmt(c?.threshold)}</td>
                <td>{c ? `${c.baselineSize ?? '—'} / ${c.currentSize ?? '—'}` : '—'}</td>
                <td>{s.openAlert ? <Link href={hrefOf('lineage', s.openAlert.id)}>{s.openAlert.id}</Link> : 'none'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

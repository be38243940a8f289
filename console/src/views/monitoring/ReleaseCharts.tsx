import { useEffect, useMemo, useState } from 'react';
import { request } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, Section, When } from '../../components/status';
import type { ConsoleMetricsSummaryFragment, ConsoleSystemMetricsQuery } from '../../gql/graphql';
import { hrefOf } from '../../router';
import { MetricsChart } from './MetricsChart';
import { MonitoringMetricsDocument, ReleaseSeriesDocument } from './queries';
import { chartsOf, MARKER_COLOURS, RELEASE_COLOURS, servedBuckets, type Marker, type ReleaseSeries } from './series';
import type { Window } from './window';

/** The newest releases drawn (one colour each); older ones that served in the window are listed, not drawn. */
const MAX_RELEASES_DRAWN = RELEASE_COLOURS.length;

type Serving = ConsoleSystemMetricsQuery['systemMetrics']['serving'];

interface ReleaseRow {
  releaseId: string;
  label: string;
  redacted: boolean;
  from: string;
  to: string;
  summary: ConsoleMetricsSummaryFragment;
  series: ReleaseSeries;
}

export function ReleaseCharts({
  system,
  environment,
  window,
  markers,
}: {
  system: string;
  environment: string;
  window: Window;
  markers: Marker[];
}) {
  const q = useQuery(MonitoringMetricsDocument, { system, environment, window: { from: window.from, to: window.to } });
  return (
    <Section title={`Signals per release in ${environment}`}>
      {q.status === 'loading' && <Loading what="the metrics" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="Metrics" />}
      {q.status === 'done' && <Releases metrics={q.answer.data.systemMetrics} markers={markers} />}
    </Section>
  );
}

function Releases({ metrics, markers }: { metrics: ConsoleSystemMetricsQuery['systemMetrics']; markers: Marker[] }) {
  const { rows, error } = useReleaseRows(metrics.serving);
  const charts = useMemo(
    () =>
      chartsOf(
        (rows ?? []).map((r) => r.series),
        metrics.bucketSeconds,
      ),
    [rows, metrics.bucketSeconds],
  );
  const range = useMemo((): [number, number] => {
    const xs = charts.flatMap((c) => c.xs);
    const from = Date.parse(metrics.from) / 1000;
    const to = Date.parse(metrics.to) / 1000;
    const seen = [...xs, ...markers.map((m) => m.at).filter((at) => at >= from && at <= to)];
    if (!seen.length) return [from, to];
    const [lo, hi] = [Math.min(...seen), Math.max(...seen) + metrics.bucketSeconds];
    const pad = Math.max((hi - lo) * 0.05, metrics.bucketSeconds);
    return [Math.max(from, lo - pad), Math.min(to, hi + pad)];
  }, [charts, markers, metrics]);
  const total = metrics.summary;
  return (
    <>
      <p>
        {total.invocations} invocations in <When at={metrics.from} /> – <When at={metrics.to} /> (buckets of {metrics.bucketSeconds} s);
        each release counts over its time serving this environment. A line breaks where its release did not serve or had no data.
      </p>
      {error ? <FailureMessage error={error} what="Release series" /> : null}
      {!rows && !error && <Loading what="each release's series" />}
      {rows && rows.length === 0 && <p role="status">No release served this environment in the window.</p>}
      {rows && rows.length > 0 && charts.length === 0 && <p role="status">The releases recorded no signals in the window.</p>}
      <MarkerLegend />
      <div className="charts">
        {charts.map((c) => (
          <MetricsChart key={c.title} chart={c} markers={markers} range={range} />
        ))}
      </div>
      {rows && rows.length > 0 && <ReleaseTable rows={rows} />}
    </>
  );
}

function MarkerLegend() {
  return (
    <ul className="legend" aria-label="Markers on the charts">
      {Object.entries(MARKER_COLOURS).map(([kind, colour]) => (
        <li key={kind}>
          <span className="swatch" style={{ borderColor: colour }} aria-hidden="true" /> {kind}
        </li>
      ))}
    </ul>
  );
}

/** Each release that served in the window: its own buckets over its serving span, kept to the buckets it served. */
function useReleaseRows(serving: Serving): { rows: ReleaseRow[] | null; error: unknown } {
  const [state, setState] = useState<{ rows: ReleaseRow[] | null; error: unknown }>({ rows: null, error: null });
  const spans = useMemo(() => {
    const byRelease = new Map<string, { from: string; to: string }>();
    for (const s of serving) {
      const seen = byRelease.get(s.releaseId);
      byRelease.set(
        s.releaseId,
        seen ? { from: seen.from < s.from ? seen.from : s.from, to: seen.to > s.to ? seen.to : s.to } : { from: s.from, to: s.to },
      );
    }
    return [...byRelease.entries()]
      .sort(([, a], [, b]) => a.from.localeCompare(b.from))
      .slice(-MAX_RELEASES_DRAWN)
      .map(([releaseId, span]) => ({ releaseId, ...span }));
  }, [serving]);
  useEffect(() => {
    let current = true;
    Promise.all(spans.map((s) => request(ReleaseSeriesDocument, { release: s.releaseId, window: { from: s.from, to: s.to } }))).then(
      (answers) => {
        if (!current) return;
        const rows = answers.map(({ data }, i): ReleaseRow => {
          const s = spans[i];
          const release = data.node && 'version' in data.node ? data.node : null;
          const label = release?.version != null ? `v${release.version}` : s.releaseId;
          return {
            ...s,
            label,
            redacted: !!release?.redacted,
            summary: data.releaseMetrics.summary,
            series: { releaseId: s.releaseId, label, buckets: servedBuckets(data.releaseMetrics.series, serving, s.releaseId) },
          };
        });
        setState({ rows, error: null });
      },
      (error: unknown) => current && setState({ rows: null, error }),
    );
    return () => {
      current = false;
    };
  }, [spans, serving]);
  return state;
}

const num = (v: number | null | undefined, digits = 1) => (v == null ? '—' : v.toFixed(digits));

function meanWithInterval(x: { mean?: number | null; n: number; interval?: { low: number; high: number } | null }) {
  return `${num(x.mean, 3)}${x.interval ? ` [${num(x.interval.low, 3)}, ${num(x.interval.high, 3)}]` : ''} (n=${x.n})`;
}

function ReleaseTable({ rows }: { rows: ReleaseRow[] }) {
  const scoreNames = [...new Set(rows.flatMap((r) => r.summary.scores.map((s) => s.name)))].sort();
  const kpiNames = [...new Set(rows.flatMap((r) => r.summary.kpis.map((k) => k.name)))].sort();
  return (
    <table data-testid="release-metrics">
      <caption>Each release over its time serving this environment (the numbers the charts draw)</caption>
      <thead>
        <tr>
          <th scope="col">Release</th>
          <th scope="col">Serving</th>
          <th scope="col">Invocations</th>
          <th scope="col">Latency p50 ms</th>
          <th scope="col">Latency p95 ms</th>
          <th scope="col">Cost per 1k USD</th>
          {scoreNames.map((n) => (
            <th scope="col" key={`s${n}`}>
              Score {n}
            </th>
          ))}
          {kpiNames.map((n) => (
            <th scope="col" key={`k${n}`}>
              KPI {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.releaseId} data-release-id={r.releaseId}>
            <th scope="row">
              <span className="swatch" style={{ borderColor: RELEASE_COLOURS[i % RELEASE_COLOURS.length] }} aria-hidden="true" />{' '}
              {r.redacted ? <Redacted id={r.releaseId} /> : <Link href={hrefOf('lineage', r.releaseId)}>{r.label}</Link>}
            </th>
            <td>
              <When at={r.from} /> – <When at={r.to} />
            </td>
            <td>{r.summary.invocations}</td>
            <td>{num(r.summary.latencyP50Ms)}</td>
            <td>{num(r.summary.latencyP95Ms)}</td>
            <td>{num(r.summary.costPer1kUsd, 3)}</td>
            {scoreNames.map((n) => {
              const s = r.summary.scores.find((x) => x.name === n);
              return <td key={`s${n}`}>{s ? meanWithInterval(s) : '—'}</td>;
            })}
            {kpiNames.map((n) => {
              const k = r.summary.kpis.find((x) => x.name === n);
              return <td key={`k${n}`}>{k ? meanWithInterval(k) : '—'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

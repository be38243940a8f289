import type { ConsoleAliasMovesQuery, ConsoleMetricsSummaryFragment, ConsoleMonitoringContextQuery } from '../../gql/graphql.js';

/** One release's buckets, each in its environment only while the alias pointed at it. */
export interface ReleaseSeries {
  releaseId: string;
  label: string;
  buckets: { start: number; summary: ConsoleMetricsSummaryFragment }[];
}

/** A vertical line on every chart: an alias move or a drift alert opening or resolving. */
export interface Marker {
  at: number;
  kind: 'alias move' | 'rollback' | 'drift alert' | 'alert resolved';
  label: string;
  detail: string;
}

/** One line on a chart: its label, values aligned with the x axis, and how it is drawn. */
export interface Line {
  label: string;
  values: (number | null)[];
  colour: string;
  dash?: number[];
  /** The two lines (by label) this one's interval band fills between; the band's own lines are thin. */
  band?: 'low' | 'high';
}

export interface Chart {
  title: string;
  unit: string;
  xs: number[];
  lines: Line[];
}

/** Colours at WCAG AA against white (as legend text too). */
export const RELEASE_COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#9d174d'];

export const MARKER_COLOURS: Record<Marker['kind'], string> = {
  'alias move': '#1d4ed8',
  rollback: '#b45309',
  'drift alert': '#b91c1c',
  'alert resolved': '#047857',
};

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** Keeps a release's buckets that fall inside its serving intervals in this environment. */
export function servedBuckets(
  buckets: { start: string; summary: ConsoleMetricsSummaryFragment }[],
  serving: { releaseId: string; from: string; to: string }[],
  releaseId: string,
): ReleaseSeries['buckets'] {
  const mine = serving.filter((s) => s.releaseId === releaseId).map((s) => [seconds(s.from), seconds(s.to)] as const);
  return buckets
    .map((b) => ({ start: seconds(b.start), summary: b.summary }))
    .filter((b) => mine.some(([from, to]) => b.start >= from && b.start < to));
}

type Pick = (s: ConsoleMetricsSummaryFragment) => { value: number | null | undefined; low?: number; high?: number } | undefined;

/**
 * The x values of a chart: every bucket some release has, and the bucket after each of a release's
 * buckets when that one is not its own (it stopped serving there, or had no data) and it has a later
 * one. Every release is null there (none had data in it), so each line breaks where it has no data
 * rather than being drawn across, however few buckets the other releases have.
 */
export function chartXs(releases: ReleaseSeries[], bucketSeconds: number): number[] {
  const xs = new Set<number>();
  for (const r of releases) {
    const own = new Set(r.buckets.map((b) => b.start));
    const last = Math.max(...own);
    for (const start of own) {
      xs.add(start);
      const next = start + bucketSeconds;
      if (!own.has(next) && next < last) xs.add(next);
    }
  }
  return [...xs].sort((a, b) => a - b);
}

function chartOf(
  title: string,
  unit: string,
  releases: ReleaseSeries[],
  bucketSeconds: number,
  picks: { suffix: string; pick: Pick; dash?: number[] }[],
): Chart {
  const xs = chartXs(releases, bucketSeconds);
  const lines: Line[] = [];
  releases.forEach((r, i) => {
    const colour = RELEASE_COLOURS[i % RELEASE_COLOURS.length];
    const at = new Map(r.buckets.map((b) => [b.start, b.summary]));
    for (const { suffix, pick, dash } of picks) {
      const values = xs.map((x) => {
        const s = at.get(x);
        return s ? (pick(s) ?? null) : null;
      });
      if (!values.some((v) => v && v.value != null)) continue;
      const label = `${r.label}${suffix}`;
      lines.push({ label, values: values.map((v) => v?.value ?? null), colour, dash });
      if (values.some((v) => v?.low !== undefined)) {
        lines.push({ label: `${label} low`, values: values.map((v) => v?.low ?? null), colour, dash: [2, 3], band: 'low' });
        lines.push({ label: `${label} high`, values: values.map((v) => v?.high ?? null), colour, dash: [2, 3], band: 'high' });
      }
    }
  });
  return { title, unit, xs, lines };
}

/** Latency p50/p95, cost per 1k, each score's mean with its interval, each KPI's mean with its interval: one chart each. */
export function chartsOf(releases: ReleaseSeries[], bucketSeconds: number): Chart[] {
  const charts = [
    chartOf('Latency', 'ms', releases, bucketSeconds, [
      { suffix: ' p50', pick: (s) => ({ value: s.latencyP50Ms }) },
      { suffix: ' p95', pick: (s) => ({ value: s.latencyP95Ms }), dash: [6, 4] },
    ]),
    chartOf('Cost per 1,000 invocations', 'USD', releases, bucketSeconds, [{ suffix: '', pick: (s) => ({ value: s.costPer1kUsd }) }]),
  ];
  const names = (kind: 'scores' | 'kpis') =>
    [...new Set(releases.flatMap((r) => r.buckets.flatMap((b) => b.summary[kind].map((x) => x.name))))].sort();
  for (const name of names('scores'))
    charts.push(
      chartOf(`Score ${name} (mean, 95 % interval)`, '', releases, bucketSeconds, [
        { suffix: '', pick: (s) => interval(s.scores.find((x) => x.name === name)) },
      ]),
    );
  for (const name of names('kpis'))
    charts.push(
      chartOf(`KPI ${name} (mean, 95 % interval)`, '', releases, bucketSeconds, [
        { suffix: '', pick: (s) => interval(s.kpis.find((x) => x.name === name)) },
      ]),
    );
  return charts.filter((c) => c.lines.length > 0);
}

function interval(x: { mean?: number | null; interval?: { low: number; high: number } | null } | undefined) {
  if (!x || x.mean == null) return undefined;
  return { value: x.mean, low: x.interval?.low, high: x.interval?.high };
}

type Context = ConsoleMonitoringContextQuery;

/** The environments a system has an alias in, in a stable order (production first). */
export function environmentsOf(data: Context): string[] {
  const envs = (data.aliases.edges ?? []).flatMap((e) => (e?.node?.environment ? [e.node.environment] : []));
  return [...new Set(envs)].sort((a, b) => (a === 'production' ? -1 : b === 'production' ? 1 : a.localeCompare(b)));
}

/** The id of a system's alias in one environment, from the aliases it has. */
export function aliasOf(data: Context, environment: string): string | null {
  return (data.aliases.edges ?? []).find((e) => e?.node?.environment === environment)?.node?.id ?? null;
}

/** The alias moves of one environment and the system's drift alerts (opened, resolved), oldest first. */
export function markersOf(data: Context, aliasMoves: ConsoleAliasMovesQuery | null, environment: string): Marker[] {
  const alias = aliasMoves?.node && 'history' in aliasMoves.node ? aliasMoves.node : null;
  const moves: Marker[] = (alias?.history?.edges ?? []).flatMap((e) => {
    const m = e?.node;
    if (!m?.createdAt) return [];
    const rollback = m.moveKind === 'ROLLBACK';
    const version = (r: { version?: number | null } | null | undefined) => (r?.version != null ? `v${r.version}` : '—');
    return [
      {
        at: seconds(m.createdAt),
        kind: rollback ? 'rollback' : 'alias move',
        label: m.redacted ? 'REDACTED move' : `${version(m.from)} → ${version(m.to)}`,
        detail: m.redacted
          ? m.id
          : `${(m.moveKind ?? 'MOVE').toLowerCase()} of ${environment}${m.flaggedForReview ? ' (flagged for review)' : ''} by ${m.createdBy ?? '—'}${m.reason ? `: ${m.reason}` : ''}`,
      } satisfies Marker,
    ];
  });
  const alerts: Marker[] = (data.driftAlerts.edges ?? []).flatMap((e) => {
    const a = e?.node;
    if (!a?.createdAt) return [];
    const on = a.release?.version != null ? ` on v${a.release.version}` : '';
    const opened: Marker = {
      at: seconds(a.createdAt),
      kind: 'drift alert',
      label: a.redacted ? 'REDACTED alert' : `alert${on}`,
      detail: a.redacted ? a.id : `${a.id}: ${a.reason ?? ''}`,
    };
    return a.resolvedAt
      ? [opened, { at: seconds(a.resolvedAt), kind: 'alert resolved', label: `resolved${on}`, detail: a.id } satisfies Marker]
      : [opened];
  });
  return [...moves, ...alerts].sort((a, b) => a.at - b.at);
}

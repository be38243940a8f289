/**
 * The signals half of the point-in-time model: every invocation, score and KPI observation the API accepted, kept
 * as raw rows, and what `releaseMetrics` / `systemMetrics` must answer from them, computed
 * independently of the aggregates (no bins, no shards). The bucket rule is the one
 * docs/monitoring.md states: a row belongs to the bucket of its own time; the window is widened to
 * whole buckets; as of T only buckets that had ended by T count (the one still open at T is left out).
 * A KPI observation comes to be at the end of its window, so its time is `to`; it is its release's, or,
 * naming none, its system's (counted by systemMetrics whichever release served).
 */
import type { MMove } from './point-in-time-model.js';

export interface InvocationRow {
  release: string;
  at: number;
  outputs: number;
  decisions: string[];
  latencyMs?: number;
  costUsd?: number;
  inputTokens?: number;
  outputTokens?: number;
}

export interface ScoreRow {
  release: string;
  at: number;
  name: string;
  type: 'NUMERIC' | 'BOOLEAN' | 'CATEGORICAL';
  value?: number;
  category?: string;
}

export interface KpiRow {
  /** The release the observation names, or its system when it names none. */
  subject: string;
  /** The end of its window. */
  at: number;
  name: string;
  value: number;
}

export interface ExpectedKpi {
  n: number;
  sum: number;
  mean: number;
}

export interface ExpectedScore {
  n: number;
  /** NUMERIC: the mean; BOOLEAN: the rate of true; CATEGORICAL: null. */
  mean: number | null;
  categories: Record<string, number>;
}

export interface ExpectedSummary {
  invocations: number;
  outputs: number;
  latencies: number[];
  latencyMeanMs: number | null;
  costUsd: number;
  costPer1kUsd: number | null;
  inputTokens: number;
  outputTokens: number;
  decisions: Record<string, number>;
  scores: Record<string, ExpectedScore>;
  kpis: Record<string, ExpectedKpi>;
}

export interface ExpectedMetrics {
  from: number;
  to: number;
  summary: ExpectedSummary;
  /** Bucket start → its summary, only buckets that hold something. */
  series: Map<number, ExpectedSummary>;
}

/** The bucket starts [from, to) a window covers as of `asOf` (null: now, the open bucket included). */
export function span(window: { from: number; to: number }, asOf: number | null, width: number): { from: number; to: number } {
  const from = Math.floor(window.from / width) * width;
  let to = Math.ceil(window.to / width) * width;
  if (asOf !== null) to = Math.min(to, Math.floor(asOf / width) * width);
  return { from, to: Math.max(from, to) };
}

function summarise(invocations: InvocationRow[], scores: ScoreRow[], kpis: KpiRow[]): ExpectedSummary {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const latencies = invocations.flatMap((i) => (i.latencyMs === undefined ? [] : [i.latencyMs]));
  const costs = invocations.flatMap((i) => (i.costUsd === undefined ? [] : [i.costUsd]));
  const decisions: Record<string, number> = {};
  for (const d of invocations.flatMap((i) => i.decisions)) decisions[d] = (decisions[d] ?? 0) + 1;
  const byName: Record<string, ExpectedScore> = {};
  const values: Record<string, number[]> = {};
  for (const s of scores) {
    const e = (byName[s.name] ??= { n: 0, mean: null, categories: {} });
    e.n++;
    if (s.type === 'CATEGORICAL') e.categories[s.category!] = (e.categories[s.category!] ?? 0) + 1;
    else (values[s.name] ??= []).push(s.value!);
    if (s.type === 'BOOLEAN') {
      const c = s.value === 1 ? 'true' : 'false';
      e.categories[c] = (e.categories[c] ?? 0) + 1;
    }
  }
  for (const [name, xs] of Object.entries(values)) byName[name].mean = sum(xs) / xs.length;
  const byKpi: Record<string, ExpectedKpi> = {};
  for (const k of kpis) {
    const e = (byKpi[k.name] ??= { n: 0, sum: 0, mean: 0 });
    e.n++;
    e.sum += k.value;
    e.mean = e.sum / e.n;
  }
  return {
    invocations: invocations.length,
    outputs: sum(invocations.map((i) => i.outputs)),
    latencies: latencies.sort((a, b) => a - b),
    latencyMeanMs: latencies.length > 0 ? sum(latencies) / latencies.length : null,
    costUsd: sum(costs),
    costPer1kUsd: costs.length > 0 ? (sum(costs) / costs.length) * 1000 : null,
    inputTokens: sum(invocations.map((i) => i.inputTokens ?? 0)),
    outputTokens: sum(invocations.map((i) => i.outputTokens ?? 0)),
    decisions,
    scores: byName,
    kpis: byKpi,
  };
}

/** The true nearest-rank q-quantile of sorted values (the API answers its bin's representative). */
export function nearestRank(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

/** One KPI of releaseOutcome: its mean observation on the release's side and on its predecessor's. */
export interface ExpectedOutcomeKpi {
  current: number | null;
  previous: number | null;
  currentN: number;
  previousN: number;
}

export interface ExpectedOutcome {
  /** The release's pointer intervals in the environment as known at asOf (an end not known then is null). */
  intervals: Array<{ since: number; until: number | null }>;
  /** The release the alias pointed at just before the first of them. */
  previous: { release: string; since: number; until: number | null } | null;
  kpis: Record<string, ExpectedOutcomeKpi>;
}

export class SignalsModel {
  readonly invocations: InvocationRow[] = [];
  readonly scores: ScoreRow[] = [];
  readonly kpis: KpiRow[] = [];

  constructor(readonly width: number) {}

  private bucket(at: number): number {
    return Math.floor(at / this.width) * this.width;
  }

  /** Rows of these (subject, bucket range) parts; each (subject, bucket) counted once however often it is named. */
  private metrics(parts: Array<{ subject: string; from: number; to: number }>, answer: { from: number; to: number }): ExpectedMetrics {
    const within = (subject: string, at: number) =>
      parts.some((p) => p.subject === subject && this.bucket(at) >= p.from && this.bucket(at) < p.to);
    const invocations = this.invocations.filter((r) => within(r.release, r.at));
    const scores = this.scores.filter((r) => within(r.release, r.at));
    const kpis = this.kpis.filter((r) => within(r.subject, r.at));
    const starts = [...new Set([...invocations, ...scores, ...kpis].map((r) => this.bucket(r.at)))].sort((a, b) => a - b);
    const inBucket = (s: number) => (r: { at: number }) => this.bucket(r.at) === s;
    return {
      ...answer,
      summary: summarise(invocations, scores, kpis),
      series: new Map(
        starts.map((s) => [s, summarise(invocations.filter(inBucket(s)), scores.filter(inBucket(s)), kpis.filter(inBucket(s)))]),
      ),
    };
  }

  releaseMetrics(release: string, window: { from: number; to: number }, asOf: number | null): ExpectedMetrics {
    const s = span(window, asOf, this.width);
    return this.metrics([{ subject: release, ...s }], s);
  }

  /**
   * The releases an alias served over the window as it stood at `asOf`, each over the buckets of its
   * time there (a bucket in which the alias moved counts for both, each with its own traffic).
   */
  serving(moves: MMove[], window: { from: number; to: number }, asOf: number | null): Array<{ release: string; from: number; to: number }> {
    const s = span(window, asOf, this.width);
    const known = moves.filter((m) => asOf === null || m.at <= asOf);
    return known
      .map((m, i) => {
        const until = known[i + 1]?.at;
        return {
          release: m.release,
          from: Math.max(s.from, this.bucket(m.at)),
          to: Math.min(s.to, until === undefined ? s.to : Math.ceil(until / this.width) * this.width),
        };
      })
      .filter((p) => p.from < p.to);
  }

  /**
   * releaseOutcome's KPI measures of `release` in an environment (its alias's moves) as of `asOf`
   * (`now` without): each side is its release's own observations over the buckets of its intervals
   * there, widened to whole buckets and, with asOf, only buckets ended by then.
   */
  releaseOutcome(release: string, moves: MMove[], asOf: number | null, now: number): ExpectedOutcome {
    const known = moves.filter((m) => asOf === null || m.at <= asOf);
    const intervalAt = (i: number) => ({ since: known[i].at, until: known[i + 1]?.at ?? null });
    const intervals = known.flatMap((m, i) => (m.release === release ? [intervalAt(i)] : []));
    // The latest move before its first interval (a release's first interval has only others' before it).
    const before = intervals.length > 0 ? known.findIndex((m) => m.at === intervals[0].since) - 1 : -1;
    const previous = before >= 0 ? { release: known[before].release, ...intervalAt(before) } : null;
    const end = asOf === null ? Number.POSITIVE_INFINITY : this.bucket(asOf);
    const side = (subject: string, served: Array<{ since: number; until: number | null }>) => {
      const spans = served.map((i) => ({
        from: this.bucket(i.since),
        to: Math.min(end, Math.ceil((i.until ?? asOf ?? now) / this.width) * this.width),
      }));
      return summarise(
        [],
        [],
        this.kpis.filter((k) => k.subject === subject && spans.some((p) => this.bucket(k.at) >= p.from && this.bucket(k.at) < p.to)),
      ).kpis;
    };
    const current = side(release, intervals);
    const prior = previous ? side(previous.release, [previous]) : {};
    const names = [...new Set([...Object.keys(current), ...Object.keys(prior)])];
    return {
      intervals,
      previous,
      kpis: Object.fromEntries(
        names.map((n) => [
          n,
          {
            current: current[n]?.mean ?? null,
            previous: prior[n]?.mean ?? null,
            currentN: current[n]?.n ?? 0,
            previousN: prior[n]?.n ?? 0,
          },
        ]),
      ),
    };
  }

  /** The serving releases' rows over their time in the environment, and the system's own KPIs over the whole span. */
  systemMetrics(system: string, moves: MMove[], window: { from: number; to: number }, asOf: number | null): ExpectedMetrics {
    const s = span(window, asOf, this.width);
    const serving = this.serving(moves, window, asOf).map(({ release, ...p }) => ({ subject: release, ...p }));
    return this.metrics([...serving, { subject: system, ...s }], s);
  }
}

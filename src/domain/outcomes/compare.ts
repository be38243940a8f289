import { binValue } from '../signals/bins.js';
import type { SignalTotals } from '../signals/buckets.js';
import { nameIn, SIGNALS } from '../signals/names.js';
import { CONFIDENCE, newcombeInterval, orderStatisticRanks, welchInterval, type DeltaInterval } from './intervals.js';
import { LATENCY_QUANTILE } from './limits.js';

/** One measure of a release beside the same measure of the release it replaced. */
export interface OutcomeDelta {
  name: string;
  current: number | null;
  previous: number | null;
  /** current − previous. */
  delta: number | null;
  /** 95 % interval for the delta; null when a side has too little data. */
  interval: DeltaInterval | null;
  currentN: number;
  previousN: number;
}

export type Totals = Map<string, SignalTotals>;

export interface Comparison {
  invocations: { current: number; previous: number };
  scores: OutcomeDelta[];
  latencyP95Ms: OutcomeDelta;
  costPer1kUsd: OutcomeDelta;
  kpis: OutcomeDelta[];
}

const mean = (t: SignalTotals | undefined) => (t && t.n > 0 ? t.sum / t.n : null);
const successesOf = (t: SignalTotals) => ({ successes: t.categories.get('true') ?? 0, n: t.n });
const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

function meanDelta(name: string, cur: SignalTotals | undefined, prev: SignalTotals | undefined, scale = 1): OutcomeDelta {
  const [c, p] = [mean(cur), mean(prev)];
  const interval = cur && prev ? welchInterval(prev, cur) : null;
  return {
    name,
    current: c === null ? null : c * scale,
    previous: p === null ? null : p * scale,
    delta: diff(c, p) === null ? null : diff(c, p)! * scale,
    interval: interval && { ...interval, low: interval.low * scale, high: interval.high * scale },
    currentN: cur?.n ?? 0,
    previousN: prev?.n ?? 0,
  };
}

function rateDelta(name: string, cur: SignalTotals | undefined, prev: SignalTotals | undefined): OutcomeDelta {
  const [c, p] = [cur && cur.n > 0 ? successesOf(cur) : null, prev && prev.n > 0 ? successesOf(prev) : null];
  const [rc, rp] = [c && c.successes / c.n, p && p.successes / p.n];
  return {
    name,
    current: rc,
    previous: rp,
    delta: diff(rc, rp),
    interval: c && p ? newcombeInterval(p, c) : null,
    currentN: cur?.n ?? 0,
    previousN: prev?.n ?? 0,
  };
}

/** The value of the k-th smallest (1-based) in a histogram: its bin's representative. */
function rankValue(h: NonNullable<SignalTotals['histogram']>, k: number): number {
  let seen = 0;
  for (let i = 0; i < h.counts.length; i++) {
    seen += h.counts[i];
    if (seen >= k) return binValue(h.spec, i);
  }
  return binValue(h.spec, h.counts.length - 1);
}

/**
 * A quantile with a distribution-free interval from order statistics (exact binomial ranks,
 * orderStatisticRanks), each side at 97.5 % so that the difference of the two intervals covers the
 * difference of the quantiles with at least 95 % (Bonferroni). As precise as the bins (±5.9 %). A side
 * too small to bound its quantile (a p95 below 86 observations has no upper bound) has no interval.
 */
export function quantileSide(t: SignalTotals | undefined) {
  const h = t?.histogram;
  const n = h ? h.counts.reduce((a, b) => a + b, 0) : 0;
  if (!h || n === 0) return null;
  const q = LATENCY_QUANTILE;
  const ranks = orderStatisticRanks(n, q, 1 - (1 - CONFIDENCE) / 2);
  return {
    n,
    value: rankValue(h, Math.max(1, Math.ceil(q * n))),
    low: ranks.low === null ? null : rankValue(h, ranks.low),
    high: ranks.high === null ? null : rankValue(h, ranks.high),
  };
}

type QuantileSide = NonNullable<ReturnType<typeof quantileSide>>;

function quantileDeltaInterval(c: QuantileSide, p: QuantileSide): DeltaInterval | null {
  if (c.low === null || c.high === null || p.low === null || p.high === null) return null;
  return { low: c.low - p.high, high: c.high - p.low, method: 'ORDER_STATISTICS' };
}

function quantileDelta(cur: SignalTotals | undefined, prev: SignalTotals | undefined): OutcomeDelta {
  const [c, p] = [quantileSide(cur), quantileSide(prev)];
  return {
    name: `latencyP${Math.round(LATENCY_QUANTILE * 100)}Ms`,
    current: c?.value ?? null,
    previous: p?.value ?? null,
    delta: c && p ? c.value - p.value : null,
    interval: c && p ? quantileDeltaInterval(c, p) : null,
    currentN: c?.n ?? 0,
    previousN: p?.n ?? 0,
  };
}

const names = (a: Totals, b: Totals, prefix: 'score' | 'kpi') =>
  [...new Set([...a.keys(), ...b.keys()])].flatMap((s) => (nameIn(s, prefix) === null ? [] : [s])).sort();

/**
 * A release's measures against its predecessor's, from their aggregates: per score its mean (NUMERIC,
 * Welch) or rate (BOOLEAN, Newcombe), p95 latency (order statistics), cost per 1,000 invocations (the
 * mean cost per invocation that recorded one, × 1,000, Welch) and per KPI the mean observation (Welch).
 */
export function compare(current: Totals, previous: Totals): Comparison {
  const scores = names(current, previous, 'score').flatMap((s) => {
    const [c, p] = [current.get(s), previous.get(s)];
    const type = (c ?? p)!.type;
    const name = nameIn(s, 'score')!;
    if (type === 'NUMERIC') return [meanDelta(name, c, p)];
    if (type === 'BOOLEAN') return [rateDelta(name, c, p)];
    return [];
  });
  return {
    invocations: { current: current.get(SIGNALS.invocations)?.n ?? 0, previous: previous.get(SIGNALS.invocations)?.n ?? 0 },
    scores,
    latencyP95Ms: quantileDelta(current.get(SIGNALS.latencyMs), previous.get(SIGNALS.latencyMs)),
    costPer1kUsd: meanDelta('costPer1kUsd', current.get(SIGNALS.costUsd), previous.get(SIGNALS.costUsd), 1000),
    kpis: names(current, previous, 'kpi').map((s) => meanDelta(nameIn(s, 'kpi')!, current.get(s), previous.get(s))),
  };
}

/** Sums totals (same signals share their bins), for pooling releases. */
export function mergeTotals(into: Totals, from: Totals): Totals {
  for (const [signal, t] of from) {
    const known = into.get(signal);
    if (!known) {
      into.set(signal, {
        ...t,
        histogram: t.histogram && { spec: t.histogram.spec, counts: [...t.histogram.counts] },
        categories: new Map(t.categories),
      });
      continue;
    }
    known.n += t.n;
    known.sum += t.sum;
    known.sumSq += t.sumSq;
    if (t.histogram) {
      if (!known.histogram) known.histogram = { spec: t.histogram.spec, counts: [...t.histogram.counts] };
      else t.histogram.counts.forEach((c, i) => (known.histogram!.counts[i] += c));
    }
    for (const [k, v] of t.categories) known.categories.set(k, (known.categories.get(k) ?? 0) + v);
  }
  return into;
}

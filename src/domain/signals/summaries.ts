import { binValue, type BinSpec } from './bins.js';
import type { SignalTotals } from './buckets.js';
import { nameIn, SIGNALS, type AggregateType } from './names.js';

/** The normal quantile of a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * The q-quantile of a histogram (nearest rank): the representative value of the bin holding the
 * ⌈q·n⌉-th smallest value, so it is as precise as the bins (latency: within ±5.9 %).
 */
export function histogramQuantile(h: { spec: BinSpec; counts: number[] }, q: number): number | null {
  const n = h.counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(q * n));
  let seen = 0;
  for (let i = 0; i < h.counts.length; i++) {
    seen += h.counts[i];
    if (seen >= rank) return binValue(h.spec, i);
  }
  return binValue(h.spec, h.counts.length - 1);
}

/** A mean's 95 % interval from count, sum and sum of squares (normal approximation; null below two values). */
export function meanInterval(n: number, sum: number, sumSq: number): Interval | null {
  if (n < 2) return null;
  const mean = sum / n;
  const variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
  const half = Z95 * Math.sqrt(variance / n);
  return { low: mean - half, high: mean + half };
}

/** A rate's 95 % Wilson score interval (sound at small n and at rates near 0 or 1). */
export function wilsonInterval(successes: number, n: number): Interval | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface CategoryCount {
  category: string;
  count: number;
}

/** A score's summary: NUMERIC a mean, BOOLEAN a rate (the mean of 1s and 0s), each with its 95 % interval; CATEGORICAL counts. */
export interface ScoreSummary {
  name: string;
  dataType: Exclude<AggregateType, 'COUNT'>;
  n: number;
  mean: number | null;
  interval: Interval | null;
  categories: CategoryCount[];
}

export interface KpiSummary {
  name: string;
  n: number;
  mean: number | null;
  interval: Interval | null;
  sum: number;
}

export interface MetricsSummary {
  invocations: number;
  outputs: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  latencyMeanMs: number | null;
  costUsd: number;
  /** Cost per 1,000 invocations (of those that reported a cost). */
  costPer1kUsd: number | null;
  inputTokens: number;
  outputTokens: number;
  scores: ScoreSummary[];
  kpis: KpiSummary[];
  decisions: CategoryCount[];
}

const categoriesOf = (t: SignalTotals | undefined): CategoryCount[] =>
  [...(t?.categories ?? new Map<string, number>()).entries()]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));

/** The summary dashboards show, from one set of per-signal totals. */
export function summarise(totals: Map<string, SignalTotals>): MetricsSummary {
  const latency = totals.get(SIGNALS.latencyMs);
  const cost = totals.get(SIGNALS.costUsd);
  const scores: ScoreSummary[] = [];
  const kpis: KpiSummary[] = [];
  for (const [signal, t] of [...totals.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const score = nameIn(signal, 'score');
    if (score !== null && t.type !== 'COUNT') {
      const numeric = t.type !== 'CATEGORICAL';
      scores.push({
        name: score,
        dataType: t.type,
        n: t.n,
        mean: numeric && t.n > 0 ? t.sum / t.n : null,
        interval: t.type === 'BOOLEAN' ? wilsonInterval(t.sum, t.n) : t.type === 'NUMERIC' ? meanInterval(t.n, t.sum, t.sumSq) : null,
        categories: numeric && t.type === 'NUMERIC' ? [] : categoriesOf(t),
      });
    }
    const kpi = nameIn(signal, 'kpi');
    if (kpi !== null)
      kpis.push({ name: kpi, n: t.n, mean: t.n > 0 ? t.sum / t.n : null, interval: meanInterval(t.n, t.sum, t.sumSq), sum: t.sum });
  }
  return {
    invocations: totals.get(SIGNALS.invocations)?.n ?? 0,
    outputs: totals.get(SIGNALS.outputs)?.n ?? 0,
    latencyP50Ms: latency?.histogram ? histogramQuantile(latency.histogram, 0.5) : null,
    latencyP95Ms: latency?.histogram ? histogramQuantile(latency.histogram, 0.95) : null,
    latencyMeanMs: latency && latency.n > 0 ? latency.sum / latency.n : null,
    costUsd: cost?.sum ?? 0,
    costPer1kUsd: cost && cost.n > 0 ? (cost.sum / cost.n) * 1000 : null,
    inputTokens: totals.get(SIGNALS.inputTokens)?.sum ?? 0,
    outputTokens: totals.get(SIGNALS.outputTokens)?.sum ?? 0,
    scores,
    kpis,
    decisions: categoriesOf(totals.get(SIGNALS.decision)),
  };
}

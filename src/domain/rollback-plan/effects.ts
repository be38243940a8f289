import type { Tx } from '../../db/database.js';
import { MAX_WINDOW_BUCKETS } from '../signals/buckets.js';
import { readSignalWindow, type SignalWindow } from '../signals/window.js';
import type { CandidateEvaluation, CandidateRow, FailedEvaluation, FailingMonitor, ServedInterval } from './queries.js';

/**
 * Where a measured value comes from: an evaluation's metric (for failed evaluations), or the signal
 * aggregates of the release's traffic (for the signals of failing monitors, like releaseMetrics).
 */
export const EFFECT_SOURCES = ['EVALUATION', 'METRIC'] as const;
export type EffectSource = (typeof EFFECT_SOURCES)[number];

/** What rolling back is expected to do to one failing signal: the target's measured value beside the current one. */
export interface ExpectedEffect {
  signal: string;
  source: EffectSource;
  /** The failing evidence: a failed evaluation, or a monitor's newest failed check. */
  evidence: string;
  current: number | null;
  threshold: number | null;
  /** The target's latest measured value of the same signal; null when it was never measured. */
  target: number | null;
  targetMeetsThreshold: boolean | null;
  /** The evaluation that measured the target (EVALUATION only). */
  measuredBy: string | null;
  /** Observations behind `current` and `target` (METRIC only: from the aggregates). */
  currentSampleSize: number | null;
  targetSampleSize: number | null;
  /** The target is better on this signal than the current release; null when no direction says which is better. */
  improves: boolean | null;
}

function valueOf(e: CandidateEvaluation, signal: string): number | null {
  const i = (e.metricNames ?? []).indexOf(signal);
  if (i >= 0) return e.metricValues?.[i] ?? null;
  return e.primaryMetric === signal ? e.score : null;
}

/** Per failing evaluation: the same metric as the target last measured it (an evaluation's metrics are higher-is-better). */
export function evaluationEffects(failed: FailedEvaluation[], target: CandidateRow | null): ExpectedEffect[] {
  return failed.map((f) => {
    const signal = f.primaryMetric ?? 'score';
    const measured = [...(target?.evaluations ?? [])].reverse().find((e) => valueOf(e, signal) !== null) ?? null;
    const value = measured ? valueOf(measured, signal) : null;
    return {
      signal,
      source: 'EVALUATION',
      evidence: f.id,
      current: f.score,
      threshold: f.threshold,
      target: value,
      targetMeetsThreshold: value === null || f.threshold === null ? null : value >= f.threshold,
      measuredBy: measured?.id ?? null,
      currentSampleSize: null,
      targetSampleSize: null,
      improves: value === null || f.score === null ? null : value > f.score,
    };
  });
}

/** A window's value as one number: a numeric signal's mean, a boolean's rate; null for categories and counts. */
function scalarOf(w: SignalWindow): { value: number | null; n: number } {
  switch (w.type) {
    case 'NUMERIC':
      return { value: w.count > 0 ? w.sum / w.count : null, n: w.count };
    case 'BOOLEAN':
      return { value: w.n > 0 ? w.successes / w.n : null, n: w.n };
    default:
      return { value: null, n: w.count };
  }
}

export interface MetricWindows {
  current: { release: string; served: ServedInterval[] };
  target: { release: string; served: ServedInterval[] } | null;
  at: Date;
  bucketMs: number;
}

/** A release's signal over the last time it served (at most the newest MAX_WINDOW_BUCKETS of it), as the aggregates stood at `at`. */
async function measure(tx: Tx, release: string, served: ServedInterval[], signal: string, at: Date, bucketMs: number) {
  const last = served.at(-1);
  if (!last) return { value: null, n: 0 };
  const to = last.until ? new Date(last.until) : at;
  const from = new Date(Math.max(Date.parse(last.since), to.getTime() - MAX_WINDOW_BUCKETS * bucketMs));
  if (!(from < to)) return { value: null, n: 0 };
  return scalarOf(await readSignalWindow(tx, { release, signal, from, to, asOf: at, bucketMs }));
}

/**
 * Per failing monitor of the current release: its signal as the current release measured it since it
 * began serving, beside the target's over the last time it served, from the signal aggregates, exact
 * as of the plan's instant (only buckets ended by then count).
 */
export async function metricEffects(tx: Tx, failing: FailingMonitor[], w: MetricWindows): Promise<ExpectedEffect[]> {
  const effects: ExpectedEffect[] = [];
  for (const m of failing) {
    const current = await measure(tx, w.current.release, w.current.served, m.signal, w.at, w.bucketMs);
    const target = w.target ? await measure(tx, w.target.release, w.target.served, m.signal, w.at, w.bucketMs) : { value: null, n: 0 };
    const both = current.value !== null && target.value !== null;
    const improves =
      !both || m.direction === null
        ? null
        : m.direction === 'LOWER_IS_BETTER'
          ? target.value! < current.value!
          : target.value! > current.value!;
    effects.push({
      signal: m.signal,
      source: 'METRIC',
      evidence: m.check,
      current: current.value,
      threshold: null,
      target: target.value,
      targetMeetsThreshold: null,
      measuredBy: null,
      currentSampleSize: current.n,
      targetSampleSize: w.target ? target.n : null,
      improves,
    });
  }
  return effects;
}

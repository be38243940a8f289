import type { CandidateEvaluation, CandidateRow, FailedEvaluation } from './queries.js';

/**
 * Where a measured value comes from. Today evaluations; per-release metrics (score means, p95
 * latency, cost per 1k from the signal aggregates) join as 'METRIC' when they exist, for the failing
 * checks of monitors.
 */
export const EFFECT_SOURCES = ['EVALUATION'] as const;
export type EffectSource = (typeof EFFECT_SOURCES)[number];

/** What rolling back is expected to do to one failing signal: the target's measured value beside the current one. */
export interface ExpectedEffect {
  signal: string;
  source: EffectSource;
  /** The failing evidence (an evaluation today). */
  evidence: string;
  current: number | null;
  threshold: number | null;
  /** The target's latest measured value of the same signal; null when it was never measured. */
  target: number | null;
  targetMeetsThreshold: boolean | null;
  measuredBy: string | null;
}

function valueOf(e: CandidateEvaluation, signal: string): number | null {
  const i = (e.metricNames ?? []).indexOf(signal);
  if (i >= 0) return e.metricValues?.[i] ?? null;
  return e.primaryMetric === signal ? e.score : null;
}

/** Per failing evaluation: the same metric as the target last measured it. */
export function expectedEffects(failed: FailedEvaluation[], target: CandidateRow | null): ExpectedEffect[] {
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
    };
  });
}

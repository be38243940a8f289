/** Bounds and defaults of outcome answers: one place. */
export const OUTCOME_LIMITS = {
  /** Most pointer intervals of one release in one environment an answer follows. */
  MAX_INTERVALS: 200,
  /** Most build runs one release's cost sums (outcome-build-runs.cypher; its derivation depth, 3, is a literal there). */
  MAX_BUILD_RUNS: 100,
  /** Most releases strategyOutcomes pools (the newest to serve first). */
  MAX_POOLED_RELEASES: 200,
} as const;

/** The run kinds whose `computeCostUsd` is a build cost when a pinned version derives from them (evaluations are found by subject). */
export const BUILD_RUN_KINDS = ['TrainingRun', 'LineageRun', 'EvaluationRun'];

/** The environment compared when none is named. */
export const DEFAULT_OUTCOME_ENVIRONMENT = 'production';

/** The latency quantile an outcome compares. */
export const LATENCY_QUANTILE = 0.95;

export const DAY_MS = 86_400_000;

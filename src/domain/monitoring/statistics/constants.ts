/** The one source of the monitoring statistics' defaults (Evidently's size-aware defaults and PSI bands). */
export const DRIFT_DEFAULTS = {
  /** At most this many reference observations: p-value tests; above it: distances. */
  referenceSizeLimit: 1000,
  /** A numeric signal with at most this many distinct values (reference and current together) is tested as categories. */
  numericDistinctLimit: 5,
  /** Drift when the p-value is below this (KS: at or below, as Evidently). */
  pValueThreshold: 0.05,
  /** Drift when the distance is at or above this (normed Wasserstein, Jensen–Shannon, PSI). */
  distanceThreshold: 0.1,
  /** Population stability index bands: below `moderate` stable, below `major` moderate shift, else major shift. */
  psiBands: { moderate: 0.1, major: 0.25 },
  /** Floor of the reference standard deviation that normalises the Wasserstein distance (Evidently's). */
  wassersteinStdFloor: 0.001,
  /** A reference with more distinct values than this is binned into a Sturges histogram for JS and PSI (Evidently's). */
  histogramDistinctLimit: 20,
  /** ks_2samp's 'auto' is exact while the larger sample has at most this many observations (SciPy's MAX_AUTO_N). */
  ksExactLimit: 10_000,
} as const;

/** Defaults of the always-valid regression tests. */
export const SEQUENTIAL_DEFAULTS = {
  alpha: 0.05,
  /** Fewer observations than this on either side: INCONCLUSIVE. */
  minimumSampleSize: 2,
} as const;

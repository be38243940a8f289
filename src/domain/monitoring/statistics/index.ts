/** The monitoring statistics: drift tests and distances, always-valid regression tests, and their special functions. */
export { DRIFT_DEFAULTS, SEQUENTIAL_DEFAULTS } from './constants.js';
export { plainSample, type BinaryCounts, type CategoryCounts, type WeightedSample } from './samples.js';
export { ksTwoSample, type KsMode, type KsResult } from './ks-two-sample.js';
export { chiSquareContingency, chiSquareGoodnessOfFit, type ChiSquareResult } from './chi-square.js';
export { twoProportionZTest, type TwoProportionResult } from './two-proportion-z.js';
export { normedWasserstein, wassersteinDistance, type WassersteinResult } from './wasserstein.js';
export { jensenShannonCategorical, jensenShannonDistance, jensenShannonNumeric, type DistanceResult } from './jensen-shannon.js';
export { psiBand, psiCategorical, psiNumeric, psiOfShares, type PsiBand, type PsiResult } from './psi.js';
export {
  defaultDriftMethod,
  detectDrift,
  DRIFT_METHODS,
  DRIFT_SCORE_KIND,
  type DriftInput,
  type DriftMethod,
  type DriftOptions,
  type DriftResult,
} from './drift.js';
export {
  plannedSampleSize,
  powerAtVariance,
  sequentialMeanTest,
  sequentialMeanVsReference,
  sequentialProportionTest,
  sequentialProportionVsReference,
  tailExceedance,
  summaryFromSums,
  summaryOfSample,
  type Direction,
  type MeanSummary,
  type PowerPlan,
  type RegressionVerdict,
  type SequentialOptions,
  type SequentialResult,
  type TailExceedance,
} from './sequential.js';
export { chiSquareSf, logGamma, normalCdf, normalQuantile, normalSf, regularizedGammaP, regularizedGammaQ } from './special-functions.js';
export { kolmogorovSf, smirnovSf } from './kolmogorov.js';

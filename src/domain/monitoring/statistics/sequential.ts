/**
 * Always-valid regression tests: the mixture sequential probability ratio test (mSPRT) with a normal
 * mixture (Robbins 1970; Johari, Koomen, Pekelis & Walsh 2017/2022), for a difference in means (score mean,
 * latency, cost) or in proportions (rates) between the current release and a baseline.
 *
 * With θ̂ = current - baseline and V its variance (σ²_cur/n_cur + σ²_base/n_base, plug-in), the likelihood
 * ratio of "θ ~ N(0, τ²)" against "θ = 0" is
 *     Λ = sqrt(V / (V + τ²)) · exp(τ² θ̂² / (2 V (V + τ²))).
 * Under θ = 0 it is a non-negative martingale as data accrue (also with a frozen baseline window: the
 * baseline's error enters V as a fixed Gaussian offset and the ratio stays a likelihood ratio of the data seen),
 * so by Ville's inequality Pr(Λ ever reaches 1/α) <= α: checking every hour, or after every batch, never
 * inflates the false-alarm rate beyond α. The always-valid p-value is min(1, 1/max Λ so far) and the
 * matching (1 - α) confidence sequence is θ̂ ± sqrt(2V(V+τ²)/τ² · (ln(1/α) + ½ ln((V+τ²)/V))).
 * τ is the minimum detectable effect (the prior puts its spread at the effect worth finding).
 */
import { invalid } from '../../errors.js';
import { SEQUENTIAL_DEFAULTS } from './constants.js';
import { checkBinary, sortedSample, weightedMoments, type BinaryCounts, type SortedSample, type WeightedSample } from './samples.js';
import { normalCdf, normalQuantile } from './special-functions.js';

/** Sufficient statistics of a numeric signal: count, mean and sample variance (ddof = 1). */
export interface MeanSummary {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type RegressionVerdict = 'REGRESSED' | 'IMPROVED' | 'NO_CHANGE' | 'INCONCLUSIVE';

export interface SequentialOptions {
  /** The smallest absolute difference worth detecting, in the signal's unit (a rate: in proportion points). */
  readonly minimumDetectableEffect: number;
  readonly direction: Direction;
  readonly alpha?: number;
  /** The always-valid p-value of the previous check of the same sequence, to carry its running minimum. */
  readonly previousPValue?: number;
}

export interface SequentialResult {
  readonly method: 'msprt-normal-mixture';
  readonly difference: number;
  readonly standardError: number;
  readonly likelihoodRatio: number;
  readonly pValue: number;
  readonly confidenceSequence: readonly [number, number];
  readonly alpha: number;
  readonly minimumDetectableEffect: number;
  /** Null when the baseline is a fixed reference value (an evaluation's recorded metric), not a sample. */
  readonly baselineSize: number | null;
  readonly currentSize: number;
  /** REGRESSED/IMPROVED once Λ >= 1/α, by the sign of the difference and the direction that is better. */
  readonly verdict: RegressionVerdict;
}

/** Count, mean and ddof-1 variance from the running sums an aggregate keeps (Σx, Σx²). */
export function summaryFromSums(n: number, sum: number, sumOfSquares: number): MeanSummary {
  const mean = n > 0 ? sum / n : NaN;
  const variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : NaN;
  return { n, mean, variance };
}

export function summaryOfSample(sample: WeightedSample): MeanSummary {
  const s = sortedSample(sample, 'sample');
  const { mean, std } = weightedMoments(s);
  return { n: s.total, mean, variance: s.total > 1 ? (std * std * s.total) / (s.total - 1) : NaN };
}

function checkOptions(options: SequentialOptions): number {
  const alpha = options.alpha ?? SEQUENTIAL_DEFAULTS.alpha;
  if (!(alpha > 0 && alpha < 1)) throw invalid('alpha', `must lie strictly between 0 and 1, got ${alpha}`);
  if (!(options.minimumDetectableEffect > 0 && Number.isFinite(options.minimumDetectableEffect)))
    throw invalid('minimumDetectableEffect', `must be a positive number, got ${options.minimumDetectableEffect}`);
  return alpha;
}

/** ln Λ for a difference with variance V under a N(0, τ²) mixture. */
export function logMixtureRatio(difference: number, variance: number, tau: number): number {
  const t2 = tau * tau;
  return 0.5 * Math.log(variance / (variance + t2)) + (t2 * difference * difference) / (2 * variance * (variance + t2));
}

/** Half-width of the (1 - α) confidence sequence at variance V: |θ̂| beyond it means Λ >= 1/α. */
export function confidenceRadius(variance: number, tau: number, alpha: number): number {
  const t2 = tau * tau;
  return Math.sqrt(((2 * variance * (variance + t2)) / t2) * (Math.log(1 / alpha) + 0.5 * Math.log((variance + t2) / variance)));
}

function decide(
  difference: number,
  variance: number,
  sizes: { baseline: number | null; current: number },
  options: SequentialOptions,
  alpha: number,
): SequentialResult {
  const tau = options.minimumDetectableEffect;
  const common = {
    method: 'msprt-normal-mixture',
    alpha,
    minimumDetectableEffect: tau,
    baselineSize: sizes.baseline,
    currentSize: sizes.current,
  } as const;
  const baselineSize = sizes.baseline ?? Infinity;
  if (!(variance > 0) || baselineSize < SEQUENTIAL_DEFAULTS.minimumSampleSize || sizes.current < SEQUENTIAL_DEFAULTS.minimumSampleSize) {
    const degenerate = variance === 0 && difference !== 0 && baselineSize >= 2 && sizes.current >= 2;
    return {
      ...common,
      difference,
      standardError: Math.sqrt(Math.max(variance, 0)),
      likelihoodRatio: degenerate ? Infinity : 1,
      pValue: degenerate ? 0 : Math.min(1, options.previousPValue ?? 1),
      confidenceSequence: [degenerate ? difference : -Infinity, degenerate ? difference : Infinity],
      verdict: degenerate ? verdictOf(difference, options.direction) : variance === 0 ? 'NO_CHANGE' : 'INCONCLUSIVE',
    };
  }
  const logRatio = logMixtureRatio(difference, variance, tau);
  const pValue = Math.min(1, Math.exp(-logRatio), options.previousPValue ?? 1);
  const radius = confidenceRadius(variance, tau, alpha);
  return {
    ...common,
    difference,
    standardError: Math.sqrt(variance),
    likelihoodRatio: Math.exp(logRatio),
    pValue,
    confidenceSequence: [difference - radius, difference + radius],
    verdict: pValue <= alpha ? verdictOf(difference, options.direction) : 'NO_CHANGE',
  };
}

function verdictOf(difference: number, direction: Direction): RegressionVerdict {
  const worse = direction === 'HIGHER_IS_BETTER' ? difference < 0 : difference > 0;
  return worse ? 'REGRESSED' : 'IMPROVED';
}

/** Always-valid test of current mean - baseline mean (score mean, latency, cost per call). */
export function sequentialMeanTest(baseline: MeanSummary, current: MeanSummary, options: SequentialOptions): SequentialResult {
  const alpha = checkOptions(options);
  for (const [field, s] of [
    ['baseline', baseline],
    ['current', current],
  ] as const)
    if (!(Number.isInteger(s.n) && s.n >= 0)) throw invalid(field, `n must be a whole number >= 0, got ${s.n}`);
  const variance = baseline.variance / baseline.n + current.variance / current.n;
  return decide(
    current.mean - baseline.mean,
    Number.isNaN(variance) ? NaN : variance,
    { baseline: baseline.n, current: current.n },
    options,
    alpha,
  );
}

/** Always-valid test of current rate - baseline rate, with the pooled variance of the null hypothesis. */
export function sequentialProportionTest(baseline: BinaryCounts, current: BinaryCounts, options: SequentialOptions): SequentialResult {
  const alpha = checkOptions(options);
  const b = checkBinary(baseline, 'baseline');
  const c = checkBinary(current, 'current');
  const pooled = (b.successes + c.successes) / (b.n + c.n);
  const variance = pooled * (1 - pooled) * (1 / b.n + 1 / c.n);
  return decide(c.successes / c.n - b.successes / b.n, variance, { baseline: b.n, current: c.n }, options, alpha);
}

/**
 * Always-valid test of current mean - a fixed reference value (what an evaluation recorded): the
 * reference carries no sampling error, so V = σ²_cur / n_cur.
 */
export function sequentialMeanVsReference(reference: number, current: MeanSummary, options: SequentialOptions): SequentialResult {
  const alpha = checkOptions(options);
  if (!Number.isFinite(reference)) throw invalid('reference', `must be a finite number, got ${reference}`);
  if (!(Number.isInteger(current.n) && current.n >= 0)) throw invalid('current', `n must be a whole number >= 0, got ${current.n}`);
  const variance = current.variance / current.n;
  return decide(current.mean - reference, Number.isNaN(variance) ? NaN : variance, { baseline: null, current: current.n }, options, alpha);
}

/** Always-valid test of current rate - a fixed reference rate p0, with the null variance p0(1 - p0)/n. */
export function sequentialProportionVsReference(reference: number, current: BinaryCounts, options: SequentialOptions): SequentialResult {
  const alpha = checkOptions(options);
  if (!(reference >= 0 && reference <= 1)) throw invalid('reference', `a reference rate lies in [0, 1], got ${reference}`);
  const c = checkBinary(current, 'current');
  const variance = (reference * (1 - reference)) / c.n;
  return decide(c.successes / c.n - reference, variance, { baseline: null, current: c.n }, options, alpha);
}

/** How often each side exceeds the reference's q-quantile: successes are observations strictly above it. */
export interface TailExceedance {
  readonly quantile: number;
  /** The reference's q-quantile (nearest rank), the value exceeded. */
  readonly threshold: number;
  /** The current sample's q-quantile (nearest rank), for the report. */
  readonly currentQuantile: number;
  readonly reference: BinaryCounts;
  readonly current: BinaryCounts;
}

function nearestRank(s: SortedSample, q: number): number {
  const rank = Math.max(1, Math.ceil(q * s.total));
  let seen = 0;
  for (let i = 0; i < s.values.length; i++) {
    seen += s.counts[i];
    if (seen >= rank) return s.values[i];
  }
  return s.values[s.values.length - 1];
}

const countAbove = (s: SortedSample, threshold: number) => s.values.reduce((sum, v, i) => (v > threshold ? sum + s.counts[i] : sum), 0);

/**
 * A quantile regression as a rate: under "the current release's distribution is the reference's", the
 * share of current observations above the reference's q-quantile equals the reference's own share
 * above it (about 1 - q; less with ties, as binned data have). Testing the two shares with
 * sequentialProportionTest tests the quantile without needing its sampling distribution.
 */
export function tailExceedance(reference: WeightedSample, current: WeightedSample, quantile: number): TailExceedance {
  if (!(quantile > 0 && quantile < 1)) throw invalid('quantile', `must lie strictly between 0 and 1, got ${quantile}`);
  const r = sortedSample(reference, 'reference');
  const c = sortedSample(current, 'current');
  const threshold = nearestRank(r, quantile);
  return {
    quantile,
    threshold,
    currentQuantile: nearestRank(c, quantile),
    reference: { successes: countAbove(r, threshold), n: r.total },
    current: { successes: countAbove(c, threshold), n: c.total },
  };
}

export interface PowerPlan {
  /** Observations of the current release after which the test has found a true effect of the MDE with at least `power`. */
  readonly currentSize: number;
  readonly power: number;
}

/** Power of one look at variance V against a true difference δ: Pr(|N(δ, V)| >= radius). */
export function powerAtVariance(delta: number, variance: number, tau: number, alpha: number): number {
  const r = confidenceRadius(variance, tau, alpha);
  const se = Math.sqrt(variance);
  return normalCdf((Math.abs(delta) - r) / se) + normalCdf((-Math.abs(delta) - r) / se);
}

/**
 * The current-release sample size at which a single look already has the stated power against a true
 * effect of the MDE (σ the signal's standard deviation; the baseline's size fixed, Infinity for a known
 * baseline). The sequential test checked along the way can only reject earlier, so this bounds its power from below.
 */
export function plannedSampleSize(options: {
  readonly sigma: number;
  readonly minimumDetectableEffect: number;
  readonly baselineSize: number;
  readonly power: number;
  readonly alpha?: number;
}): PowerPlan {
  const alpha = options.alpha ?? SEQUENTIAL_DEFAULTS.alpha;
  const { sigma, minimumDetectableEffect: tau, baselineSize, power } = options;
  const varianceAt = (n: number) => (sigma * sigma) / n + (sigma * sigma) / baselineSize;
  const powerAt = (n: number) => powerAtVariance(tau, varianceAt(n), tau, alpha);
  if (powerAt(1e12) < power)
    throw invalid('power', `unreachable with a baseline of ${baselineSize}: enlarge the baseline or the minimum detectable effect`);
  // Rough start from the fixed-sample formula, then the exact smallest n by doubling and bisection.
  let hi = Math.max(2, Math.ceil((((normalQuantile(1 - alpha / 2) + normalQuantile(power)) * sigma) / tau) ** 2));
  while (powerAt(hi) < power) hi *= 2;
  let lo = 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (powerAt(mid) >= power) hi = mid;
    else lo = mid;
  }
  return { currentSize: hi, power: powerAt(hi) };
}

/**
 * Distribution drift: picks the method (Evidently's size-aware defaults unless one is named), runs it,
 * and states the verdict with the threshold used.
 *   reference size <= 1,000: numeric with > 5 distinct values → KS; categorical, or numeric with 3–5 distinct
 *     values → chi-square; two categories or a binary signal → two-proportion z. Drift at p < 0.05 (KS: p <= 0.05).
 *     The chi-square is chi2_contingency of the 2×k table, not Evidently's chisquare against the reference's
 *     proportions: that one ignores the reference's own noise and, measured on no-drift streams with 800
 *     reference and 400 current values, alarms about 3 times as often as its nominal 5% (docs/monitoring.md).
 *   reference size > 1,000: numeric with > 5 distinct values → normed Wasserstein; anything else → Jensen–Shannon.
 *     Drift at distance >= 0.1.
 * Distinct values are counted over reference and current together, as Evidently does.
 */
import { invalid } from '../../errors.js';
import { chiSquareContingency, chiSquareGoodnessOfFit } from './chi-square.js';
import { DRIFT_DEFAULTS } from './constants.js';
import { jensenShannonCategorical, jensenShannonNumeric } from './jensen-shannon.js';
import { ksTwoSample } from './ks-two-sample.js';
import { psiCategorical, psiNumeric, type PsiBand } from './psi.js';
import {
  categoryMap,
  checkBinary,
  sortedSample,
  valueCounts,
  type BinaryCounts,
  type CategoryCounts,
  type WeightedSample,
} from './samples.js';
import { twoProportionZTest } from './two-proportion-z.js';
import { normedWasserstein } from './wasserstein.js';

export const DRIFT_METHODS = ['ks', 'chisquare', 'chi2_contingency', 'z', 'wasserstein', 'jensenshannon', 'psi'] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

/** Whether a method's score is a p-value (drift when small) or a distance (drift when large). */
export const DRIFT_SCORE_KIND: Record<DriftMethod, 'p-value' | 'distance'> = {
  ks: 'p-value',
  chisquare: 'p-value',
  chi2_contingency: 'p-value',
  z: 'p-value',
  wasserstein: 'distance',
  jensenshannon: 'distance',
  psi: 'distance',
};

export type DriftInput =
  | { readonly kind: 'numeric'; readonly reference: WeightedSample; readonly current: WeightedSample }
  | { readonly kind: 'categorical'; readonly reference: CategoryCounts; readonly current: CategoryCounts }
  | { readonly kind: 'binary'; readonly reference: BinaryCounts; readonly current: BinaryCounts };

export interface DriftOptions {
  /** Overrides the size-aware default. */
  readonly method?: DriftMethod;
  /** Overrides the method's default threshold (0.05 for p-values, 0.1 for distances). */
  readonly threshold?: number;
}

export interface DriftResult {
  readonly method: DriftMethod;
  /** Whether the method came from the size-aware defaults or was named. */
  readonly selection: 'default' | 'named';
  readonly scoreKind: 'p-value' | 'distance';
  /** The test statistic (KS D, χ², z, normed Wasserstein, JS distance, PSI). */
  readonly statistic: number;
  /** The p-value for tests, null for distances. */
  readonly pValue: number | null;
  /** The distance for distance methods, null for tests. */
  readonly distance: number | null;
  readonly threshold: number;
  readonly drift: boolean;
  readonly referenceSize: number;
  readonly currentSize: number;
  readonly psiBand?: PsiBand;
  readonly degreesOfFreedom?: number;
  readonly ksMode?: 'exact' | 'asymp';
}

/** Observations and distinct values (over both samples) of an input, as the default selection sees them. */
function shape(input: DriftInput): { referenceSize: number; distinct: number } {
  if (input.kind === 'numeric') {
    const ref = sortedSample(input.reference, 'reference');
    const cur = sortedSample(input.current, 'current');
    return { referenceSize: ref.total, distinct: new Set([...ref.values, ...cur.values]).size };
  }
  if (input.kind === 'categorical') {
    const ref = categoryMap(input.reference, 'reference');
    const cur = categoryMap(input.current, 'current');
    const seen = (m: Map<string, number>) => [...m].filter(([, c]) => c > 0).map(([k]) => k);
    return { referenceSize: [...ref.values()].reduce((a, b) => a + b, 0), distinct: new Set([...seen(ref), ...seen(cur)]).size };
  }
  const ref = checkBinary(input.reference, 'reference');
  const cur = checkBinary(input.current, 'current');
  const distinct = new Set([
    ...(ref.successes + cur.successes > 0 ? [1] : []),
    ...(ref.n - ref.successes + cur.n - cur.successes > 0 ? [0] : []),
  ]).size;
  return { referenceSize: ref.n, distinct };
}

/** Evidently's size-aware default method for an input. */
export function defaultDriftMethod(input: DriftInput): DriftMethod {
  const { referenceSize, distinct } = shape(input);
  const fewValues = input.kind !== 'numeric' || distinct <= DRIFT_DEFAULTS.numericDistinctLimit;
  if (referenceSize <= DRIFT_DEFAULTS.referenceSizeLimit) {
    if (!fewValues) return 'ks';
    return distinct > 2 ? 'chi2_contingency' : 'z';
  }
  return fewValues ? 'jensenshannon' : 'wasserstein';
}

function asCategories(input: DriftInput, side: 'reference' | 'current'): CategoryCounts {
  if (input.kind === 'categorical') return input[side];
  if (input.kind === 'numeric') return valueCounts(sortedSample(input[side], side));
  const b = checkBinary(input[side], side);
  return new Map([
    ['1', b.successes],
    ['0', b.n - b.successes],
  ]);
}

/** Binary counts of a two-category input: the first category in sorted order counts as the "success". */
function asBinary(input: DriftInput, side: 'reference' | 'current'): BinaryCounts {
  if (input.kind === 'binary') return input[side];
  const ref = categoryMap(asCategories(input, 'reference'), 'reference');
  const cur = categoryMap(asCategories(input, 'current'), 'current');
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].filter((k) => (ref.get(k) ?? 0) + (cur.get(k) ?? 0) > 0).sort();
  if (keys.length > 2) throw invalid('method', `the z-test compares two categories; this signal has ${keys.length}`);
  const counts = side === 'reference' ? ref : cur;
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  return { successes: counts.get(keys[0]) ?? 0, n };
}

function numericOnly(input: DriftInput, method: DriftMethod): WeightedSample[] {
  if (input.kind !== 'numeric') throw invalid('method', `${method} needs a numeric signal, not a ${input.kind} one`);
  return [input.reference, input.current];
}

export function detectDrift(input: DriftInput, options: DriftOptions = {}): DriftResult {
  if (options.method !== undefined && !DRIFT_METHODS.includes(options.method))
    throw invalid('method', `must be one of ${DRIFT_METHODS.join(', ')}, got ${String(options.method)}`);
  const method = options.method ?? defaultDriftMethod(input);
  const scoreKind = DRIFT_SCORE_KIND[method];
  const threshold = options.threshold ?? (scoreKind === 'p-value' ? DRIFT_DEFAULTS.pValueThreshold : DRIFT_DEFAULTS.distanceThreshold);
  if (!(threshold > 0 && Number.isFinite(threshold))) throw invalid('threshold', `must be a positive number, got ${threshold}`);
  const outcome = runMethod(method, input);
  const score = scoreKind === 'p-value' ? (outcome.pValue ?? NaN) : outcome.statistic;
  return {
    method,
    selection: options.method ? 'named' : 'default',
    scoreKind,
    threshold,
    // Evidently: KS drifts at p <= threshold, the other tests at p < threshold, distances at >= threshold.
    drift: scoreKind === 'distance' ? score >= threshold : method === 'ks' ? score <= threshold : score < threshold,
    distance: scoreKind === 'distance' ? outcome.statistic : null,
    ...outcome,
  };
}

type MethodOutcome = Pick<
  DriftResult,
  'statistic' | 'pValue' | 'referenceSize' | 'currentSize' | 'psiBand' | 'degreesOfFreedom' | 'ksMode'
>;

function runMethod(method: DriftMethod, input: DriftInput): MethodOutcome {
  const sizes = (r: { referenceSize: number; currentSize: number }) => ({ referenceSize: r.referenceSize, currentSize: r.currentSize });
  switch (method) {
    case 'ks': {
      const [ref, cur] = numericOnly(input, method);
      const r = ksTwoSample(ref, cur);
      return { statistic: r.statistic, pValue: r.pValue, ksMode: r.mode, ...sizes(r) };
    }
    case 'chisquare':
    case 'chi2_contingency': {
      const test = method === 'chisquare' ? chiSquareGoodnessOfFit : chiSquareContingency;
      const r = test(asCategories(input, 'reference'), asCategories(input, 'current'));
      return { statistic: r.statistic, pValue: r.pValue, degreesOfFreedom: r.degreesOfFreedom, ...sizes(r) };
    }
    case 'z': {
      const r = twoProportionZTest(asBinary(input, 'reference'), asBinary(input, 'current'));
      return { statistic: r.statistic, pValue: r.pValue, ...sizes(r) };
    }
    case 'wasserstein': {
      const [ref, cur] = numericOnly(input, method);
      const r = normedWasserstein(ref, cur);
      return { statistic: r.statistic, pValue: null, ...sizes(r) };
    }
    case 'jensenshannon':
      if (input.kind === 'numeric') {
        const r = jensenShannonNumeric(input.reference, input.current);
        return { statistic: r.statistic, pValue: null, ...sizes(r) };
      } else {
        const r = jensenShannonCategorical(asCategories(input, 'reference'), asCategories(input, 'current'));
        return { statistic: r.statistic, pValue: null, ...sizes(r) };
      }
    case 'psi': {
      const r =
        input.kind === 'numeric'
          ? psiNumeric(input.reference, input.current)
          : psiCategorical(asCategories(input, 'reference'), asCategories(input, 'current'));
      return { statistic: r.statistic, pValue: null, psiBand: r.band, ...sizes(r) };
    }
  }
}

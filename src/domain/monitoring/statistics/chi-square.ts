/**
 * Chi-square tests for categorical drift.
 *
 * `chiSquareGoodnessOfFit` is what Evidently's "chisquare" stattest runs: scipy.stats.chisquare of the
 * current counts against the reference proportions scaled to the current size (f_exp = ref_count ·
 * n_cur/n_ref), k - 1 degrees of freedom. It treats the reference as the truth; a category the reference
 * never saw has an expected count of 0, so the statistic is infinite and p = 0 (SciPy gives the same).
 *
 * `chiSquareContingency` is scipy.stats.chi2_contingency of the 2×k table [reference; current], (k - 1)
 * degrees of freedom, with Yates' continuity correction when k = 2 (SciPy's default). It accounts for the
 * reference's own sampling noise and stays finite when a category is new.
 *
 * Categories absent from both samples are dropped first. p = Q((k-1)/2, χ²/2), the regularized upper
 * incomplete gamma function.
 */
import { alignCategories, categoryMap, type CategoryCounts } from './samples.js';
import { chiSquareSf } from './special-functions.js';

export interface ChiSquareResult {
  readonly method: 'chisquare' | 'chi2_contingency';
  readonly statistic: number;
  readonly pValue: number;
  readonly degreesOfFreedom: number;
  readonly categories: readonly string[];
  readonly referenceSize: number;
  readonly currentSize: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function chiSquareGoodnessOfFit(reference: CategoryCounts, current: CategoryCounts): ChiSquareResult {
  const aligned = alignCategories(categoryMap(reference, 'reference'), categoryMap(current, 'current'));
  const nRef = sum(aligned.reference);
  const nCur = sum(aligned.current);
  const scale = nCur / nRef;
  let statistic = 0;
  aligned.current.forEach((observed, i) => {
    const expected = aligned.reference[i] * scale;
    statistic += expected === 0 ? (observed === 0 ? 0 : Infinity) : (observed - expected) ** 2 / expected;
  });
  const df = aligned.keys.length - 1;
  const pValue = df === 0 ? 1 : statistic === Infinity ? 0 : chiSquareSf(statistic, df);
  return { method: 'chisquare', statistic, pValue, degreesOfFreedom: df, categories: aligned.keys, referenceSize: nRef, currentSize: nCur };
}

export function chiSquareContingency(reference: CategoryCounts, current: CategoryCounts): ChiSquareResult {
  const aligned = alignCategories(categoryMap(reference, 'reference'), categoryMap(current, 'current'));
  const rows = [aligned.reference, aligned.current];
  const rowTotals = rows.map(sum);
  const total = rowTotals[0] + rowTotals[1];
  const columnTotals = aligned.keys.map((_, j) => rows[0][j] + rows[1][j]);
  const df = aligned.keys.length - 1;
  let statistic = 0;
  if (df > 0) {
    for (let r = 0; r < 2; r++)
      for (let j = 0; j < aligned.keys.length; j++) {
        const expected = (rowTotals[r] * columnTotals[j]) / total;
        let observed = rows[r][j];
        if (df === 1) {
          // Yates: move each observation half a count towards its expectation, never past it.
          const diff = expected - observed;
          observed += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
        }
        statistic += (observed - expected) ** 2 / expected;
      }
  }
  const pValue = df === 0 ? 1 : chiSquareSf(statistic, df);
  return {
    method: 'chi2_contingency',
    statistic,
    pValue,
    degreesOfFreedom: df,
    categories: aligned.keys,
    referenceSize: rowTotals[0],
    currentSize: rowTotals[1],
  };
}

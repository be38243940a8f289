/**
 * Population stability index, Evidently's "psi" stattest: Σ (r_i - c_i)·ln(r_i / c_i) over binning.ts's
 * aligned shares with zeroes filled. Bands: below 0.1 stable, 0.1–0.25 moderate shift, 0.25 and above major.
 */
import { binCategories, binNumeric, fillZeroes, type Binned } from './binning.js';
import { DRIFT_DEFAULTS } from './constants.js';
import type { DistanceResult } from './jensen-shannon.js';
import { categoryMap, categoryTotal, sortedSample, type CategoryCounts, type WeightedSample } from './samples.js';

export type PsiBand = 'STABLE' | 'MODERATE' | 'MAJOR';

export interface PsiResult extends DistanceResult {
  readonly method: 'psi';
  readonly band: PsiBand;
}

export function psiBand(psi: number): PsiBand {
  return psi < DRIFT_DEFAULTS.psiBands.moderate ? 'STABLE' : psi < DRIFT_DEFAULTS.psiBands.major ? 'MODERATE' : 'MAJOR';
}

export function psiOfShares(reference: readonly number[], current: readonly number[]): number {
  const r = fillZeroes(reference);
  const c = fillZeroes(current);
  return r.reduce((total, ri, i) => total + (ri - c[i]) * Math.log(ri / c[i]), 0);
}

function result(binned: Binned, referenceSize: number, currentSize: number): PsiResult {
  const statistic = psiOfShares(binned.reference, binned.current);
  return { method: 'psi', statistic, band: psiBand(statistic), bins: binned.bins, referenceSize, currentSize };
}

export function psiCategorical(reference: CategoryCounts, current: CategoryCounts): PsiResult {
  const ref = categoryMap(reference, 'reference');
  const cur = categoryMap(current, 'current');
  return result(binCategories(ref, cur), categoryTotal(ref), categoryTotal(cur));
}

export function psiNumeric(reference: WeightedSample, current: WeightedSample): PsiResult {
  const ref = sortedSample(reference, 'reference');
  const cur = sortedSample(current, 'current');
  return result(binNumeric(ref, cur), ref.total, cur.total);
}

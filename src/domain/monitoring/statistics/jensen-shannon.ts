/**
 * Jensen–Shannon distance, scipy.spatial.distance.jensenshannon(p, q) with its default natural log
 * (so it lies in [0, √ln 2 ≈ 0.833]): sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q)/2, each vector first
 * normalised to sum 1; a zero share contributes 0 (rel_entr(0, ·) = 0), so no zero filling is needed.
 * Evidently's "jensenshannon" stattest applies it to binning.ts's aligned shares; drift at >= 0.1.
 */
import { binCategories, binNumeric, type Binned } from './binning.js';
import { categoryMap, categoryTotal, sortedSample, type CategoryCounts, type WeightedSample } from './samples.js';

export interface DistanceResult {
  readonly method: 'jensenshannon' | 'psi';
  readonly statistic: number;
  readonly bins: Binned['bins'];
  readonly referenceSize: number;
  readonly currentSize: number;
}

const relEntr = (x: number, y: number) => (x > 0 && y > 0 ? x * Math.log(x / y) : x === 0 && y >= 0 ? 0 : Infinity);

/** The distance between two non-negative vectors of equal length (normalised here). */
export function jensenShannonDistance(p: readonly number[], q: readonly number[], base?: number): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let divergence = 0;
  p.forEach((pi, i) => {
    const a = pi / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    divergence += relEntr(a, m) + relEntr(b, m);
  });
  if (base !== undefined) divergence /= Math.log(base);
  return Math.sqrt(divergence / 2);
}

function result(binned: Binned, referenceSize: number, currentSize: number): DistanceResult {
  return {
    method: 'jensenshannon',
    statistic: jensenShannonDistance(binned.reference, binned.current),
    bins: binned.bins,
    referenceSize,
    currentSize,
  };
}

export function jensenShannonCategorical(reference: CategoryCounts, current: CategoryCounts): DistanceResult {
  const ref = categoryMap(reference, 'reference');
  const cur = categoryMap(current, 'current');
  return result(binCategories(ref, cur), categoryTotal(ref), categoryTotal(cur));
}

export function jensenShannonNumeric(reference: WeightedSample, current: WeightedSample): DistanceResult {
  const ref = sortedSample(reference, 'reference');
  const cur = sortedSample(current, 'current');
  return result(binNumeric(ref, cur), ref.total, cur.total);
}

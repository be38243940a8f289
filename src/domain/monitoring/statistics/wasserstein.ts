/**
 * Wasserstein-1 (earth mover's) distance between two weighted samples, as
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights): ∫|F_u - F_v| over the merged support.
 * The normed form divides by the reference's population standard deviation (ddof = 0, numpy's default),
 * floored at 0.001, which is Evidently's "wasserstein" stattest (drift at >= 0.1).
 */
import { DRIFT_DEFAULTS } from './constants.js';
import { sortedSample, weightedMoments, type SortedSample, type WeightedSample } from './samples.js';

export interface WassersteinResult {
  readonly method: 'wasserstein';
  /** The normed distance (distance / max(reference std, 0.001)), compared with the threshold. */
  readonly statistic: number;
  readonly distance: number;
  readonly referenceStd: number;
  readonly referenceSize: number;
  readonly currentSize: number;
}

function cdfDistance(u: SortedSample, v: SortedSample): number {
  let i = 0;
  let j = 0;
  let cu = 0;
  let cv = 0;
  let previous = NaN;
  let total = 0;
  while (i < u.values.length || j < v.values.length) {
    const x = j >= v.values.length || (i < u.values.length && u.values[i] <= v.values[j]) ? u.values[i] : v.values[j];
    if (!Number.isNaN(previous)) total += Math.abs(cu / u.total - cv / v.total) * (x - previous);
    while (i < u.values.length && u.values[i] === x) cu += u.counts[i++];
    while (j < v.values.length && v.values[j] === x) cv += v.counts[j++];
    previous = x;
  }
  return total;
}

export function wassersteinDistance(u: WeightedSample, v: WeightedSample): number {
  return cdfDistance(sortedSample(u, 'reference'), sortedSample(v, 'current'));
}

export function normedWasserstein(reference: WeightedSample, current: WeightedSample): WassersteinResult {
  const ref = sortedSample(reference, 'reference');
  const cur = sortedSample(current, 'current');
  const distance = cdfDistance(ref, cur);
  const { std } = weightedMoments(ref);
  return {
    method: 'wasserstein',
    statistic: distance / Math.max(std, DRIFT_DEFAULTS.wassersteinStdFloor),
    distance,
    referenceStd: std,
    referenceSize: ref.total,
    currentSize: cur.total,
  };
}

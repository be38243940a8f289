/**
 * Pooled two-proportion z-test (Evidently's "z" stattest, two-sided):
 * z = (p_cur - p_ref) / sqrt(P(1-P)(1/n_ref + 1/n_cur)) with P the pooled rate, p = 2·(1 - Φ(|z|)),
 * computed as 2·Φ̄(|z|) so tiny p-values keep their digits. With P = 0 or 1 nothing can differ: z = 0, p = 1.
 */
import { checkBinary, type BinaryCounts } from './samples.js';
import { normalSf } from './special-functions.js';

export interface TwoProportionResult {
  readonly method: 'z';
  readonly statistic: number;
  readonly pValue: number;
  readonly referenceRate: number;
  readonly currentRate: number;
  readonly referenceSize: number;
  readonly currentSize: number;
}

export function twoProportionZTest(reference: BinaryCounts, current: BinaryCounts): TwoProportionResult {
  const ref = checkBinary(reference, 'reference');
  const cur = checkBinary(current, 'current');
  const pRef = ref.successes / ref.n;
  const pCur = cur.successes / cur.n;
  const pooled = (ref.successes + cur.successes) / (ref.n + cur.n);
  const variance = pooled * (1 - pooled) * (1 / ref.n + 1 / cur.n);
  const statistic = variance > 0 ? (pCur - pRef) / Math.sqrt(variance) : 0;
  return {
    method: 'z',
    statistic,
    pValue: variance > 0 ? Math.min(1, 2 * normalSf(Math.abs(statistic))) : 1,
    referenceRate: pRef,
    currentRate: pCur,
    referenceSize: ref.n,
    currentSize: cur.n,
  };
}

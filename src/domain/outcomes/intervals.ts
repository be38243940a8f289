import { logGamma, normalQuantile } from '../monitoring/statistics/special-functions.js';
import { wilsonInterval } from '../signals/summaries.js';

/**
 * 95 % intervals for the difference "release minus the release it replaced", from the aggregates'
 * counts, sums and sums of squares only (O(1) per signal, whatever the traffic):
 * - means: Welch's t interval, Welch–Satterthwaite degrees of freedom (SciPy's
 *   `ttest_ind(equal_var=False).confidence_interval()`);
 * - proportions: Newcombe's hybrid score interval (his method 10), built from the two Wilson intervals,
 *   sound at small n and at rates near 0 or 1 where Wald's is not.
 */
export const CONFIDENCE = 0.95;

export interface DeltaInterval {
  low: number;
  high: number;
  method: 'WELCH' | 'NEWCOMBE' | 'ORDER_STATISTICS';
}

export interface MeanStats {
  n: number;
  sum: number;
  sumSq: number;
}

/** Regularized incomplete beta I_x(a, b), by the continued fraction (modified Lentz), for the t distribution. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let f = d;
  for (let m = 1; m < 10_000; m++) {
    for (const numerator of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      f *= c * d;
    }
    if (Math.abs(c * d - 1) < 1e-16) break;
  }
  return front * f;
}

/** P(X ≤ k) for X ~ Binomial(n, p): I_{1-p}(n − k, k + 1). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return incompleteBeta(1 - p, n - k, k + 1);
}

/** P(X > k) for X ~ Binomial(n, p): I_p(k + 1, n − k), computed directly so a small tail keeps its precision. */
export function binomialSf(k: number, n: number, p: number): number {
  if (k < 0) return 1;
  if (k >= n) return 0;
  return incompleteBeta(p, k + 1, n - k);
}

/** The smallest k in [0, n] for which `holds(k)`, given that it holds from some k on (it holds at n). */
function smallestK(n: number, holds: (k: number) => boolean): number {
  let [lo, hi] = [0, n];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The ranks (1-based) of the order statistics that bound the q-quantile of n observations with two-sided
 * `confidence`, distribution-free: with B ~ Binomial(n, q) and t = (1 − confidence)/2, the lower bound is the
 * ppf(t)-th smallest and the upper the (isf(t) + 1)-th, SciPy's `quantile_test(...).confidence_interval`
 * construction; coverage is at least `confidence`. Null where the rank falls outside 1..n (too few
 * observations for that side to be bounded).
 */
export function orderStatisticRanks(n: number, q: number, confidence: number): { low: number | null; high: number | null } {
  const t = (1 - confidence) / 2;
  const ppf = smallestK(n, (k) => binomialCdf(k, n, q) >= t);
  const isf = smallestK(n, (k) => binomialSf(k, n, q) <= t);
  return { low: ppf >= 1 ? ppf : null, high: isf + 1 <= n ? isf + 1 : null };
}

/** P(T ≤ t) for Student's t with `df` (real) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t, by bisection (to double precision). */
export function studentTQuantile(p: number, df: number): number {
  if (!Number.isFinite(df)) return normalQuantile(p);
  let [lo, hi] = [-1e6, 1e6];
  for (let i = 0; i < 300 && hi - lo > 1e-14 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const varianceOf = (s: MeanStats) => Math.max(0, (s.sumSq - (s.sum * s.sum) / s.n) / (s.n - 1));

/** Welch's interval for mean(current) − mean(baseline); null below two values on either side or with no spread at all. */
export function welchInterval(baseline: MeanStats, current: MeanStats): DeltaInterval | null {
  if (baseline.n < 2 || current.n < 2) return null;
  const [vb, vc] = [varianceOf(baseline) / baseline.n, varianceOf(current) / current.n];
  const se2 = vb + vc;
  if (se2 === 0) return null;
  const df = (se2 * se2) / ((vb * vb) / (baseline.n - 1) + (vc * vc) / (current.n - 1));
  const half = studentTQuantile(1 - (1 - CONFIDENCE) / 2, df) * Math.sqrt(se2);
  const delta = current.sum / current.n - baseline.sum / baseline.n;
  return { low: delta - half, high: delta + half, method: 'WELCH' };
}

/** Newcombe's hybrid score interval for rate(current) − rate(baseline); null when either side is empty. */
export function newcombeInterval(
  baseline: { successes: number; n: number },
  current: { successes: number; n: number },
): DeltaInterval | null {
  const [wb, wc] = [wilsonInterval(baseline.successes, baseline.n), wilsonInterval(current.successes, current.n)];
  if (!wb || !wc) return null;
  const [pb, pc] = [baseline.successes / baseline.n, current.successes / current.n];
  const delta = pc - pb;
  return {
    low: delta - Math.sqrt((pc - wc.low) ** 2 + (wb.high - pb) ** 2),
    high: delta + Math.sqrt((wc.high - pc) ** 2 + (pb - wb.low) ** 2),
    method: 'NEWCOMBE',
  };
}

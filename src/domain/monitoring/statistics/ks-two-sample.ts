/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, with the semantics of scipy.stats.ks_2samp(method='auto').
 * D is the largest gap between the two empirical CDFs evaluated at every observed value (right-continuous,
 * so ties within and across the samples step together, as SciPy's searchsorted(side='right') does).
 * The p-value is exact (the lattice-path count of Hodges 1958, in Viehmann's 2021 stable form for n1 != n2)
 * while the larger sample has at most 10,000 observations, otherwise kstwo.sf(D, round(n1·n2/(n1+n2))).
 * Like SciPy, the exact p-value assumes continuous data: with ties it is conservative.
 */
import { invalid } from '../../errors.js';
import { DRIFT_DEFAULTS } from './constants.js';
import { kolmogorovSf } from './kolmogorov.js';
import { sortedSample, type SortedSample, type WeightedSample } from './samples.js';

export type KsMode = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  readonly method: 'ks';
  readonly statistic: number;
  readonly pValue: number;
  /** The mode that produced the p-value. */
  readonly mode: 'exact' | 'asymp';
  /** A value where the ECDF gap is largest, and whether the reference's ECDF is above (+1) or below (-1) there. */
  readonly location: number;
  readonly sign: 1 | -1;
  readonly referenceSize: number;
  readonly currentSize: number;
}

const INT32_MAX = 2 ** 31 - 1;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Python's round(): half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Pr(D_{n,n} >= h/n): paths leaving the band |x - y| < h, by Horner over the reflection series. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** 1 - the proportion of lattice paths (0,0)→(m,n) staying strictly inside |nx - my|/g < h (Viehmann's recursion). */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 < n0 ? [n0, m0] : [m0, n0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

/** The largest ECDF gaps above and below, computed on the merged distinct values. */
function ecdfGap(a: SortedSample, b: SortedSample) {
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let max = -Infinity;
  let min = Infinity;
  let maxAt = 0;
  let minAt = 0;
  while (i < a.values.length || j < b.values.length) {
    const v = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    while (i < a.values.length && a.values[i] === v) ca += a.counts[i++];
    while (j < b.values.length && b.values[j] === v) cb += b.counts[j++];
    const diff = ca / a.total - cb / b.total;
    if (diff > max) [max, maxAt] = [diff, v];
    if (diff < min) [min, minAt] = [diff, v];
  }
  return { max, maxAt, min: Math.min(Math.max(-min, 0), 1), minAt };
}

export function ksTwoSample(reference: WeightedSample, current: WeightedSample, mode: KsMode = 'auto'): KsResult {
  const a = sortedSample(reference, 'reference');
  const b = sortedSample(current, 'current');
  const n1 = a.total;
  const n2 = b.total;
  const gap = ecdfGap(a, b);
  const below = gap.min > gap.max;
  let d = below ? gap.min : gap.max;
  const g = gcd(n1, n2);
  let chosen: 'exact' | 'asymp' =
    mode === 'auto'
      ? Math.max(n1, n2) <= DRIFT_DEFAULTS.ksExactLimit
        ? 'exact'
        : 'asymp'
      : mode === 'exact' && n1 / g >= INT32_MAX / (n2 / g)
        ? 'asymp'
        : mode;
  if (mode !== 'auto' && mode !== 'exact' && mode !== 'asymp') throw invalid('mode', `must be auto, exact or asymp, got ${String(mode)}`);
  let pValue = NaN;
  if (chosen === 'exact') {
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    d = h / lcm;
    const p = h === 0 ? 1 : n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (Number.isFinite(p) && p >= 0 && p <= 1) pValue = p;
    else chosen = 'asymp';
  }
  if (chosen === 'asymp') {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    pValue = kolmogorovSf(roundHalfEven((m * n) / (m + n)), d);
  }
  return {
    method: 'ks',
    statistic: d,
    pValue: Math.min(1, Math.max(0, pValue)),
    mode: chosen,
    location: below ? gap.minAt : gap.maxAt,
    sign: below ? -1 : 1,
    referenceSize: n1,
    currentSize: n2,
  };
}

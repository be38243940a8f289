/**
 * Aligned reference and current proportions for the distance measures, binned as Evidently's
 * get_binned_data does: a numeric signal whose reference has more than 20 distinct values is cut into
 * Sturges bins over both samples together (numpy.histogram_bin_edges(..., 'sturges'): ceil(log2 n + 1)
 * equal-width bins from the minimum to the maximum, the last bin closed); anything else is counted per
 * category (or per distinct value), over the union of both sides' categories, a category missing on one
 * side counting 0 there. PSI then replaces each 0 by a small share (Evidently's "feel zeroes").
 */
import { DRIFT_DEFAULTS } from './constants.js';
import { alignCategories, valueCounts, type SortedSample } from './samples.js';

export interface Binned {
  readonly reference: number[];
  readonly current: number[];
  /** Category names, or bin edges for a histogram. */
  readonly bins: readonly string[] | readonly number[];
}

export function binCategories(reference: Map<string, number>, current: Map<string, number>): Binned {
  const aligned = alignCategories(reference, current);
  const nRef = aligned.reference.reduce((a, b) => a + b, 0);
  const nCur = aligned.current.reduce((a, b) => a + b, 0);
  return { reference: aligned.reference.map((c) => c / nRef), current: aligned.current.map((c) => c / nCur), bins: aligned.keys };
}

/** numpy.linspace(start, stop, bins + 1) as numpy computes it (i·step + start, the last edge exactly stop). */
function sturgesEdges(min: number, max: number, n: number): number[] {
  let first = min;
  let last = max;
  if (first === last) [first, last] = [first - 0.5, last + 0.5];
  const width = (max - min) / (Math.log2(n) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => i * step + first);
  edges[bins] = last;
  return edges;
}

function histogram(sample: SortedSample, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  sample.values.forEach((v, i) => {
    while (bin < counts.length - 1 && v >= edges[bin + 1]) bin++;
    if (v >= edges[0] && v <= edges[edges.length - 1]) counts[bin] += sample.counts[i];
  });
  return counts.map((c) => c / sample.total);
}

export function binNumeric(reference: SortedSample, current: SortedSample): Binned {
  if (reference.values.length <= DRIFT_DEFAULTS.histogramDistinctLimit) return binCategories(valueCounts(reference), valueCounts(current));
  const min = Math.min(reference.values[0], current.values[0]);
  const max = Math.max(reference.values[reference.values.length - 1], current.values[current.values.length - 1]);
  const edges = sturgesEdges(min, max, reference.total + current.total);
  return { reference: histogram(reference, edges), current: histogram(current, edges), bins: edges };
}

/** Evidently's zero filling: a 0 share becomes min(non-zero)/10⁶ when that minimum is <= 0.0001, else 0.0001. */
export function fillZeroes(shares: readonly number[]): number[] {
  const nonZero = shares.filter((s) => s !== 0);
  const least = Math.min(...nonZero);
  const fill = least <= 0.0001 ? least / 10 ** 6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}

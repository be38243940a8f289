/**
 * The inputs every test takes. Aggregates are binned, so a numeric sample is a list of distinct-or-not
 * values with whole counts (a plain sample is counts of 1); categorical data are counts per category;
 * binary data are successes out of n. Each is checked and brought to one canonical form here.
 */
import { invalid } from '../../errors.js';

export type WeightedSample = ReadonlyArray<{ readonly value: number; readonly count: number }>;
export type CategoryCounts = ReadonlyMap<string, number> | Readonly<Record<string, number>>;
export interface BinaryCounts {
  readonly successes: number;
  readonly n: number;
}

/** A weighted sample sorted by value with equal values merged; `total` is the sum of the counts. */
export interface SortedSample {
  readonly values: Float64Array;
  readonly counts: Float64Array;
  readonly total: number;
}

const isCount = (c: number) => Number.isInteger(c) && c >= 0;

/** Validates and canonicalises a weighted sample; `field` names it in the VALIDATION error. */
export function sortedSample(sample: WeightedSample, field: string): SortedSample {
  const merged = new Map<number, number>();
  for (const { value, count } of sample) {
    if (!Number.isFinite(value)) throw invalid(field, `every value must be a finite number, got ${value}`);
    if (!isCount(count)) throw invalid(field, `every count must be a whole number >= 0, got ${count}`);
    if (count > 0) merged.set(value === 0 ? 0 : value, (merged.get(value) ?? 0) + count);
  }
  const values = Float64Array.from(merged.keys()).sort();
  const counts = values.map((v) => merged.get(v) ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) throw invalid(field, 'the sample is empty (its counts add up to 0)');
  return { values, counts, total };
}

/** Expands a plain list of numbers into a weighted sample (counts of 1). */
export function plainSample(values: readonly number[]): WeightedSample {
  return values.map((value) => ({ value, count: 1 }));
}

/** Category counts as a Map, validated. */
export function categoryMap(counts: CategoryCounts, field: string): Map<string, number> {
  const entries = counts instanceof Map ? [...counts.entries()] : Object.entries(counts as Record<string, number>);
  const out = new Map<string, number>();
  for (const [key, count] of entries) {
    if (!isCount(count)) throw invalid(field, `the count of category "${key}" must be a whole number >= 0, got ${count}`);
    out.set(key, (out.get(key) ?? 0) + count);
  }
  if ([...out.values()].reduce((a, b) => a + b, 0) === 0) throw invalid(field, 'no observations (the category counts add up to 0)');
  return out;
}

export function checkBinary(counts: BinaryCounts, field: string): BinaryCounts {
  const { successes, n } = counts;
  if (!isCount(n) || n === 0) throw invalid(field, `n must be a whole number >= 1, got ${n}`);
  if (!isCount(successes) || successes > n) throw invalid(field, `successes must be a whole number in [0, n], got ${successes} of ${n}`);
  return counts;
}

/**
 * The categories of both samples, in first-seen order (reference first), with the counts of each side
 * aligned to them; a category seen on one side only gets 0 on the other. Categories absent from both are dropped.
 */
export function alignCategories(reference: Map<string, number>, current: Map<string, number>) {
  const keys = [...new Set([...reference.keys(), ...current.keys()])].filter((k) => (reference.get(k) ?? 0) + (current.get(k) ?? 0) > 0);
  return {
    keys,
    reference: keys.map((k) => reference.get(k) ?? 0),
    current: keys.map((k) => current.get(k) ?? 0),
  };
}

/** The number of observations behind category counts. */
export const categoryTotal = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** Counts per distinct value, as categories (used when a numeric signal has only a few distinct values). */
export function valueCounts(sample: SortedSample): Map<string, number> {
  const out = new Map<string, number>();
  sample.values.forEach((v, i) => out.set(String(v), sample.counts[i]));
  return out;
}

/** Weighted mean and population (ddof = 0) standard deviation, two-pass for accuracy. */
export function weightedMoments(sample: SortedSample): { mean: number; std: number } {
  let sum = 0;
  sample.values.forEach((v, i) => (sum += v * sample.counts[i]));
  const mean = sum / sample.total;
  let squares = 0;
  sample.values.forEach((v, i) => (squares += sample.counts[i] * (v - mean) ** 2));
  return { mean, std: Math.sqrt(squares / sample.total) };
}

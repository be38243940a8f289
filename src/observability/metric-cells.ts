import type { Counter, Histogram } from 'prom-client';

/**
 * Per-request metric updates without prom-client's per-call work. `counter.inc(labels)` and
 * `histogram.observe(labels, v)` copy, validate and hash the label object on every call (and
 * `labels(...)` children only bind the same call). A cell resolves one label set once: its first
 * update goes through prom-client's own API, which stores the label set's value object; later
 * updates add to that object, which is exactly what prom-client's own update would have changed.
 * A cell whose value object cannot be found (the metric was reset, or prom-client stores its values
 * differently) keeps using the public API, so the exposition is the same either way
 * (tests/unit/metric-cells.test.ts compares the two).
 */

interface CounterValue {
  value: number;
  labels: Record<string, string | number>;
}
interface HistogramValue {
  labels: Record<string, string | number>;
  bucketValues: Record<string, number>;
  sum: number;
  count: number;
}
/** The part of prom-client's metric objects the cells read (not in its type declarations). */
interface Stored<V> {
  hashMap?: Record<string, V>;
}

/** Label sets per metric before new ones stop being cached (every label here is bounded; this is a backstop). */
const MAX_CELLS = 10_000;

function sameLabels(a: Record<string, string | number>, b: Record<string, string | number>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => String(a[k]) === String(b[k]));
}

function valueOf<V extends { labels: Record<string, string | number> }>(
  metric: Stored<V>,
  labels: Record<string, string | number>,
  wellFormed: (v: V) => boolean,
): { map: Record<string, V>; value: V } | undefined {
  const map = metric.hashMap;
  if (!map) return undefined;
  for (const key in map) {
    const value = map[key];
    if (value && sameLabels(value.labels, labels)) return wellFormed(value) ? { map, value } : undefined;
  }
  return undefined;
}

export class CounterCell {
  private map: Record<string, CounterValue> | undefined;
  private value: CounterValue | undefined;

  constructor(
    private readonly metric: Counter<string>,
    private readonly labels: Record<string, string>,
  ) {}

  inc(by = 1): void {
    const stored = this.metric as unknown as Stored<CounterValue>;
    if (this.value && stored.hashMap === this.map) {
      this.value.value += by;
      return;
    }
    this.metric.inc(this.labels, by);
    const found = valueOf(stored, this.labels, (v) => typeof v.value === 'number');
    this.map = found?.map;
    this.value = found?.value;
  }
}

export class HistogramCell {
  private map: Record<string, HistogramValue> | undefined;
  private value: HistogramValue | undefined;

  constructor(
    private readonly metric: Histogram<string>,
    private readonly labels: Record<string, string>,
    private readonly buckets: readonly number[],
  ) {}

  observe(v: number): void {
    const stored = this.metric as unknown as Stored<HistogramValue>;
    const value = this.value;
    if (value && stored.hashMap === this.map && Number.isFinite(v)) {
      // prom-client's observe: the first bucket whose upper bound holds v (none past the last: +Inf is the count).
      for (const bound of this.buckets) {
        if (v <= bound) {
          value.bucketValues[bound] += 1;
          break;
        }
      }
      value.sum += v;
      value.count += 1;
      return;
    }
    this.metric.observe(this.labels, v);
    const found = valueOf(
      stored,
      this.labels,
      (h) =>
        typeof h.sum === 'number' &&
        typeof h.count === 'number' &&
        typeof h.bucketValues === 'object' &&
        this.buckets.every((b) => typeof h.bucketValues[b] === 'number'),
    );
    this.map = found?.map;
    this.value = found?.value;
  }
}

/** A metric's cells by label values (in the order of `names`). */
class Cells<C> {
  private readonly cells = new Map<string, C>();

  constructor(
    private readonly names: readonly string[],
    private readonly make: (labels: Record<string, string>) => C,
  ) {}

  at(...values: string[]): C {
    const key = values.length === 1 ? values[0] : values.join('\u0000');
    let cell = this.cells.get(key);
    if (!cell) {
      const labels: Record<string, string> = {};
      this.names.forEach((name, i) => (labels[name] = values[i]));
      cell = this.make(labels);
      if (this.cells.size < MAX_CELLS) this.cells.set(key, cell);
    }
    return cell;
  }
}

export const counterCells = (metric: Counter<string>, names: readonly string[]): Cells<CounterCell> =>
  new Cells(names, (labels) => new CounterCell(metric, labels));

export const histogramCells = (metric: Histogram<string>, names: readonly string[], buckets: readonly number[]): Cells<HistogramCell> =>
  new Cells(names, (labels) => new HistogramCell(metric, labels, buckets));

export type { Cells };

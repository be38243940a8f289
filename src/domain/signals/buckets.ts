import { Database, type Tx } from '../../db/database.js';
import { intParam } from '../../db/values.js';
import { DomainError } from '../errors.js';
import { binCount, decodeBins, type BinSpec } from './bins.js';
import type { AggregateType } from './names.js';
import { signalQueries, type AggregateSeries, type AggregateRow } from './queries.js';

/** Most buckets one subject's range may span in one answer (90 days of hourly buckets); an answer costs O(buckets). */
export const MAX_WINDOW_BUCKETS = 2160;

/**
 * The bucket starts [from, to) a window covers as the graph stood at `asOf`: the window widened to
 * whole buckets, and with `asOf` only the buckets that had ended by then (a bucket's aggregate holds
 * whatever came to be within it, so one still open at `asOf` would mix in what came later). Without
 * `asOf`, the open bucket counts as it stands.
 */
export function bucketSpan(window: { from: Date; to: Date }, asOf: Date | null | undefined, width: number): { from: number; to: number } {
  const from = Math.floor(window.from.getTime() / width) * width;
  let to = Math.ceil(window.to.getTime() / width) * width;
  if (asOf) to = Math.min(to, Math.floor(asOf.getTime() / width) * width);
  return { from, to: Math.max(from, to) };
}

export function assertWindow(field: string, window: { from: Date; to: Date }, width: number): void {
  if (!(window.from < window.to))
    throw new DomainError('VALIDATION', `${field}.to: a window ends after it starts.`, { field: `${field}.to` });
  const buckets = Math.ceil((window.to.getTime() - window.from.getTime()) / width);
  if (buckets > MAX_WINDOW_BUCKETS)
    throw new DomainError(
      'VALIDATION',
      `${field}: spans ${buckets} buckets of ${width / 60_000} minutes; at most ${MAX_WINDOW_BUCKETS} per answer. Ask for a shorter window.`,
      { field },
    );
}

/**
 * Each subject's spans as disjoint ranges: a release that served twice within one bucket (A, B, A
 * again) has overlapping spans, and reading each would count A's traffic in that bucket twice.
 */
export function mergedSpans(
  spans: Array<{ subject: string; from: number; to: number }>,
): Array<{ subject: string; from: number; to: number }> {
  const sorted = spans
    .filter((s) => s.from < s.to)
    .sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.from - b.from));
  const merged: Array<{ subject: string; from: number; to: number }> = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && last.subject === s.subject && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/** Reads the aggregates of each subject over its span of bucket starts, every shard (optionally only some signals). */
export async function readBuckets(
  source: Tx | Database,
  spans: Array<{ subject: string; from: number; to: number }>,
  width: number,
  signals: string[] | null,
): Promise<AggregateRow[]> {
  const ranges = mergedSpans(spans).map((s) => ({ subject: s.subject, from: intParam(s.from), to: intParam(s.to) }));
  if (ranges.length === 0) return [];
  const params = { ranges, width: intParam(width), signals };
  const series =
    source instanceof Database ? await source.readQuery(signalQueries.buckets, params) : await source.run(signalQueries.buckets, params);
  return series.flatMap(rowsOf);
}

function rowsOf(c: AggregateSeries): AggregateRow[] {
  const binSpec = c.binSpec === '' ? null : c.binSpec;
  const rows = new Array<AggregateRow>(c.starts.length);
  for (let i = 0; i < rows.length; i++)
    rows[i] = {
      subject: c.subject,
      start: c.starts[i],
      signal: c.signal,
      type: c.type,
      category: c.categories[i],
      n: c.ns[i],
      sum: c.sums[i],
      sumSq: c.sumSqs[i],
      bins: binSpec === null ? null : { index: c.binIdx[i], count: c.binN[i] },
      binSpec,
      folded: c.catNames[i].length === 0 ? null : { names: c.catNames[i], counts: c.catN[i] },
    };
  return rows;
}

/** Decoded bin specs: a series answer sums each bucket apart, and decoding the same text per bucket showed in profiles. */
const decodedSpecs = new Map<string, BinSpec>();
const MAX_DECODED_SPECS = 1000;

function specOf(text: string): BinSpec {
  let spec = decodedSpecs.get(text);
  if (!spec) {
    if (decodedSpecs.size >= MAX_DECODED_SPECS) decodedSpecs.clear();
    decodedSpecs.set(text, (spec = decodeBins(text)));
  }
  return spec;
}

/** One signal's aggregates summed over shards, buckets and subjects. */
export interface SignalTotals {
  type: AggregateType;
  n: number;
  sum: number;
  sumSq: number;
  /** NUMERIC: the bins and their summed counts. */
  histogram: { spec: BinSpec; counts: number[] } | null;
  /** CATEGORICAL and BOOLEAN: count per category. */
  categories: Map<string, number>;
}

/** Sums aggregate rows per signal. */
export function totalsBySignal(rows: AggregateRow[]): Map<string, SignalTotals> {
  const totals = new Map<string, SignalTotals>();
  for (const row of rows) {
    let t = totals.get(row.signal);
    if (!t) {
      t = { type: row.type, n: 0, sum: 0, sumSq: 0, histogram: null, categories: new Map() };
      totals.set(row.signal, t);
    }
    t.n += row.n;
    t.sum += row.sum;
    t.sumSq += row.sumSq;
    if (row.bins && row.binSpec) {
      if (!t.histogram) {
        const spec = specOf(row.binSpec);
        t.histogram = { spec, counts: new Array<number>(binCount(spec)).fill(0) };
      }
      const { index, count } = row.bins;
      for (let i = 0; i < index.length; i++) t.histogram.counts[index[i]] += count[i];
    }
    if (row.folded) {
      const { names, counts } = row.folded;
      for (let j = 0; j < names.length; j++) t.categories.set(names[j], (t.categories.get(names[j]) ?? 0) + counts[j]);
    } else if (row.type === 'CATEGORICAL' || row.type === 'BOOLEAN')
      t.categories.set(row.category, (t.categories.get(row.category) ?? 0) + row.n);
  }
  return totals;
}

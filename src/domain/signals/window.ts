import { DEFAULT_SIGNAL_BUCKET_MS } from '../../config.js';
import type { Database, Tx } from '../../db/database.js';
import { binValue } from './bins.js';
import { assertWindow, bucketSpan, readBuckets, totalsBySignal, type SignalTotals } from './buckets.js';
import type { AggregateRow } from './queries.js';

/** What one signal of one release held over a window: the shape depends on the signal's type. */
export type SignalWindow =
  | {
      type: 'NUMERIC';
      /** Bin representative values with their counts (bins.ts states each signal's bins); empty bins left out. */
      samples: Array<{ value: number; count: number }>;
      count: number;
      sum: number;
      sumSq: number;
    }
  | { type: 'CATEGORICAL'; counts: Map<string, number>; count: number }
  | { type: 'BOOLEAN'; successes: number; n: number }
  | { type: 'COUNT'; count: number }
  /** Nothing was recorded for this signal in the window (so its type is not known from the data). */
  | { type: 'EMPTY'; count: 0 };

export interface SignalWindowQuery {
  release: string;
  /** A signal name (names.ts SIGNALS): `latencyMs`, `score:<name>`, `feature:<name>`, `kpi:<name>`, … */
  signal: string;
  from: Date;
  to: Date;
  /** As the graph stood then: only buckets that had ended by `asOf`. */
  asOf?: Date | null;
  /** The bucket width the aggregates were kept at (the configured PROVENANT_SIGNAL_BUCKET_MS). */
  bucketMs?: number;
}

/**
 * The read monitors use: one signal of one release over [from, to), from the aggregates only (cost
 * O(buckets), whatever the traffic), in the caller's transaction or as one read of `db`. The window is
 * widened to whole buckets; with `asOf`, only buckets ended by then count. No authorisation here: the
 * caller (a monitor check, a metrics query) has done it.
 */
export async function readSignalWindow(source: Tx | Database, q: SignalWindowQuery): Promise<SignalWindow> {
  return (await readSignalWindows(source, [q]))[0];
}

/**
 * Many signal windows in one read (a monitor run's): every query's buckets are read together (the
 * spans of one release merged), and each window is summed from the rows of its own release, signal
 * and buckets. All use one bucket width (the first query's).
 */
export async function readSignalWindows(source: Tx | Database, qs: SignalWindowQuery[]): Promise<SignalWindow[]> {
  if (qs.length === 0) return [];
  const width = qs[0].bucketMs ?? DEFAULT_SIGNAL_BUCKET_MS;
  const spans = qs.map((q) => {
    assertWindow('window', q, width);
    return { subject: q.release, ...bucketSpan(q, q.asOf, width) };
  });
  const rows = await readBuckets(source, spans, width, [...new Set(qs.map((q) => q.signal))]);
  const bySeries = new Map<string, AggregateRow[]>();
  for (const row of rows) {
    const k = seriesKey(row.subject, row.signal);
    const list = bySeries.get(k);
    if (list) list.push(row);
    else bySeries.set(k, [row]);
  }
  return qs.map((q, i) => {
    const { from, to } = spans[i];
    const own = (bySeries.get(seriesKey(q.release, q.signal)) ?? []).filter((r) => r.start >= from && r.start < to);
    return windowOf(totalsBySignal(own).get(q.signal));
  });
}

const seriesKey = (subject: string, signal: string) => `${subject}\u0000${signal}`;

function windowOf(totals: SignalTotals | undefined): SignalWindow {
  if (!totals) return { type: 'EMPTY', count: 0 };
  switch (totals.type) {
    case 'NUMERIC': {
      const h = totals.histogram;
      const samples = h ? h.counts.flatMap((count, i) => (count > 0 ? [{ value: binValue(h.spec, i), count }] : [])) : [];
      return { type: 'NUMERIC', samples, count: totals.n, sum: totals.sum, sumSq: totals.sumSq };
    }
    case 'CATEGORICAL':
      return { type: 'CATEGORICAL', counts: totals.categories, count: totals.n };
    case 'BOOLEAN':
      return { type: 'BOOLEAN', successes: totals.categories.get('true') ?? 0, n: totals.n };
    case 'COUNT':
      return { type: 'COUNT', count: totals.n };
  }
}

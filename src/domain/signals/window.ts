import { DEFAULT_SIGNAL_BUCKET_MS } from '../../config.js';
import type { Database, Tx } from '../../db/database.js';
import { binValue } from './bins.js';
import { assertWindow, bucketSpan, readBuckets, totalsBySignal } from './buckets.js';

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
  const width = q.bucketMs ?? DEFAULT_SIGNAL_BUCKET_MS;
  assertWindow('window', q, width);
  const span = bucketSpan(q, q.asOf, width);
  const totals = totalsBySignal(await readBuckets(source, [{ subject: q.release, ...span }], width, [q.signal])).get(q.signal);
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

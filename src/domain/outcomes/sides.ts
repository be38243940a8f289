import type { Tx } from '../../db/database.js';
import { readBuckets, totalsBySignal } from '../signals/buckets.js';
import type { Totals } from './compare.js';
import { DAY_MS } from './limits.js';
import type { ServiceInterval } from './queries.js';

/** One release's time in an environment, as an answer reads it. */
export interface ServiceSide {
  release: string;
  /** When it first began serving, and when it last stopped (null: still serving at the answer's instant). */
  since: Date;
  until: Date | null;
  /** Days served, summed over its intervals up to the answer's instant. */
  serviceDays: number;
}

/**
 * A release's aggregates over its intervals in service: each interval widened to whole buckets (a
 * bucket in which the alias moved counts for both releases, each with its own traffic) and, with
 * asOf, only buckets ended by then. O(buckets).
 */
export async function readSide(
  tx: Tx,
  release: string,
  intervals: ServiceInterval[],
  at: Date,
  asOf: Date | null,
  width: number,
): Promise<{ side: ServiceSide; totals: Totals }> {
  const end = asOf ? Math.floor(asOf.getTime() / width) * width : Number.POSITIVE_INFINITY;
  const spans = intervals.map((i) => ({
    subject: release,
    from: Math.floor(Date.parse(i.since) / width) * width,
    to: Math.min(end, Math.ceil((i.until === null ? at.getTime() : Date.parse(i.until)) / width) * width),
  }));
  const rows = await readBuckets(tx, spans, width, null);
  const served = intervals.reduce(
    (ms, i) => ms + Math.max(0, (i.until === null ? at.getTime() : Date.parse(i.until)) - Date.parse(i.since)),
    0,
  );
  const last = intervals[intervals.length - 1];
  return {
    side: {
      release,
      since: new Date(intervals[0].since),
      until: last.until === null ? null : new Date(last.until),
      serviceDays: served / DAY_MS,
    },
    totals: totalsBySignal(rows),
  };
}

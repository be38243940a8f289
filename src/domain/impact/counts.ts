import type { Integer } from 'neo4j-driver';
import { dateTimeParam, intParam } from '../../db/values.js';

/**
 * Widths (ms) of the time buckets in which each release's invocations, outputs and decisions are
 * counted at write time (ImpactCount nodes, one per release, width and bucket start), coarsest first,
 * each 32 times the next: about 35 years, 1.1 years, 12.4 days and 9.3 hours. A count as of T sums
 * at most 31 buckets per width and counts the invocations of the last 9.3 hours before T from the
 * index, so its cost follows the recording rate, not the number recorded; a finer width would add a
 * counter node per invocation at sparse traffic. cypher/migrations/011_impact_counts.cypher repeats
 * them to count what was recorded before (a unit test keeps the two equal).
 */
export const COUNT_BUCKET_WIDTHS_MS = [2 ** 40, 2 ** 35, 2 ** 30, 2 ** 25] as const;

/**
 * Kinds that may USED a release besides its invocations, found through the (kind, parent) index
 * rather than by walking a release's invocations. impact.cypher checks the number found against the
 * release's USED degree and walks the release's neighbours in full when they disagree, so a kind
 * missing here costs time, never exactness.
 */
export const RELEASE_USER_KINDS = ['EvaluationRun'] as const;

/** What one recorded invocation adds to its release's counts. */
export interface CountedInvocation {
  release: string;
  at: Date;
  outputs: number;
  decisions: number;
}

/** The sums a batch adds to one ImpactCount bucket (integers, as the counters are stored). */
export interface BucketDelta {
  release: string;
  width: Integer;
  start: Integer;
  invocations: Integer;
  outputs: Integer;
  decisions: Integer;
}

/**
 * A batch's additions to its releases' buckets, one row per (release, width, bucket start): the
 * write sends these few rows instead of widening every invocation into one row per width.
 */
export function bucketDeltas(invocations: CountedInvocation[]): BucketDelta[] {
  const sums = new Map<
    string,
    { release: string; width: number; start: number; invocations: number; outputs: number; decisions: number }
  >();
  for (const inv of invocations) {
    const ms = inv.at.getTime();
    for (const width of COUNT_BUCKET_WIDTHS_MS) {
      const start = Math.floor(ms / width) * width;
      const key = `${inv.release}|${width}|${start}`;
      const sum = sums.get(key) ?? { release: inv.release, width, start, invocations: 0, outputs: 0, decisions: 0 };
      sum.invocations += 1;
      sum.outputs += inv.outputs;
      sum.decisions += inv.decisions;
      sums.set(key, sum);
    }
  }
  return [...sums.values()].map((s) => ({
    release: s.release,
    width: intParam(s.width),
    start: intParam(s.start),
    invocations: intParam(s.invocations),
    outputs: intParam(s.outputs),
    decisions: intParam(s.decisions),
  }));
}

/**
 * The buckets whose sum is a release's count as of `asOf`: per width, the starts from the end of the
 * coarser buckets up to the bucket that holds `asOf`; what lies between the start of the finest
 * bucket holding `asOf` and `asOf` itself (`restFrom`, at most one finest width) is counted from the
 * index. Without `asOf`, the coarsest buckets hold everything.
 */
export function countWindows(asOf: Date | null | undefined) {
  const widths = COUNT_BUCKET_WIDTHS_MS;
  if (!asOf) {
    return {
      topWidth: intParam(widths[0]),
      ranges: [{ width: intParam(widths[0]), from: intParam(Number.MIN_SAFE_INTEGER), to: intParam(Number.MAX_SAFE_INTEGER) }],
      restFrom: null,
    };
  }
  const t = asOf.getTime();
  let from = Number.MIN_SAFE_INTEGER;
  const ranges = widths.map((width) => {
    const to = Math.floor(t / width) * width;
    const range = { width: intParam(width), from: intParam(from), to: intParam(to) };
    from = to;
    return range;
  });
  return { topWidth: intParam(widths[0]), ranges, restFrom: dateTimeParam(new Date(from)) };
}

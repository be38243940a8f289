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

export const bucketWidthParams = () => COUNT_BUCKET_WIDTHS_MS.map((w) => intParam(w));

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

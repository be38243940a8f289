import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { requireId } from '../ids.js';
import { requireNodes } from '../graph-writes.js';
import { aliasId } from '../aliases/service.js';
import { authorize } from '../permissions/permissions.js';
import type { AggregateRow } from './queries.js';
import { signalQueries } from './queries.js';
import { signalBucketMs } from './aggregates.js';
import { assertWindow, bucketSpan, readBuckets, totalsBySignal } from './buckets.js';
import { summarise, type MetricsSummary } from './summaries.js';

/** Most alias moves a systemMetrics window follows. */
export const MAX_SERVING_INTERVALS = 500;

export interface MetricsWindow {
  from: Date;
  to: Date;
}

export interface BucketSummary extends MetricsSummary {
  start: Date;
  end: Date;
}

/** Which release served an environment when (clipped to the answer's buckets). */
export interface Serving {
  release: string;
  from: Date;
  to: Date;
}

export interface Metrics {
  /** The bucket starts covered, [from, to): the window widened to whole buckets, and with asOf only buckets ended by then. */
  from: Date;
  to: Date;
  asOf: Date | null;
  bucketMs: number;
  serving: Serving[];
  summary: MetricsSummary;
  /** One entry per bucket that holds data, oldest first. */
  series: BucketSummary[];
}

/** A release's signals over a window, as series per bucket and one summary, from the aggregates only. */
export async function releaseMetrics(
  ctx: DomainContext,
  q: { release: string; window: MetricsWindow; asOf?: Date | null },
): Promise<Metrics> {
  const { width, span } = prepare(ctx, { field: 'release', id: q.release, kind: 'Release' }, q);
  const rows = await ctx.db.read(async (tx) => {
    await requireNodes(tx, [{ field: 'release', id: q.release, types: ['Release'] }]);
    return readBuckets(tx, [{ subject: q.release, ...span }], width, null);
  });
  return answer(rows, span, q.asOf ?? null, width, [{ release: q.release, from: new Date(span.from), to: new Date(span.to) }]);
}

/**
 * A system's signals in one environment: the alias is followed over the window (as it stood at
 * `asOf`), and each release that served counts over the buckets of its time there (a bucket in which
 * the alias moved counts for both releases, each with its own traffic), plus the system's own KPIs.
 */
export async function systemMetrics(
  ctx: DomainContext,
  q: { system: string; environment: string; window: MetricsWindow; asOf?: Date | null },
): Promise<Metrics> {
  const { width, span } = prepare(ctx, { field: 'system', id: q.system, kind: 'System' }, q);
  const asOf = q.asOf ?? new Date(8.64e15);
  return ctx.db.read(async (tx) => {
    await requireNodes(tx, [{ field: 'system', id: q.system, types: ['System'] }]);
    const intervals = await tx.run(signalQueries.serving, {
      alias: aliasId(q.system, q.environment),
      from: dateTimeParam(new Date(span.from)),
      to: dateTimeParam(new Date(span.to)),
      asOf: dateTimeParam(asOf),
      max: intParam(MAX_SERVING_INTERVALS),
    });
    const serving = intervals
      .map((i) => ({
        release: i.release,
        from: Math.max(span.from, Math.floor(Date.parse(i.since) / width) * width),
        to: Math.min(span.to, i.until === null ? span.to : Math.ceil(Date.parse(i.until) / width) * width),
      }))
      .filter((s) => s.from < s.to);
    const rows = await readBuckets(
      tx,
      [...serving.map((s) => ({ subject: s.release, ...s })), { subject: q.system, ...span }],
      width,
      null,
    );
    return answer(
      rows,
      span,
      q.asOf ?? null,
      width,
      serving.map((s) => ({ release: s.release, from: new Date(s.from), to: new Date(s.to) })),
    );
  });
}

/** Checks a metrics question (who asks, the id, asOf, the window) and the bucket span it covers. */
function prepare(
  ctx: DomainContext,
  subject: { field: string; id: string; kind: 'Release' | 'System' },
  q: { window: MetricsWindow; asOf?: Date | null },
) {
  authorize(ctx.principal, 'catalog.read');
  requireId(subject.field, subject.id, subject.kind);
  checkAsOf(ctx, q.asOf);
  const width = signalBucketMs(ctx.limits);
  assertWindow('window', q.window, width);
  return { width, span: bucketSpan(q.window, q.asOf, width) };
}

function answer(rows: AggregateRow[], span: { from: number; to: number }, asOf: Date | null, width: number, serving: Serving[]): Metrics {
  const byStart = new Map<number, AggregateRow[]>();
  for (const row of rows) {
    const bucket = byStart.get(row.start);
    if (bucket) bucket.push(row);
    else byStart.set(row.start, [row]);
  }
  const series = [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, bucket]) => ({ start: new Date(start), end: new Date(start + width), ...summarise(totalsBySignal(bucket)) }));
  return {
    from: new Date(span.from),
    to: new Date(span.to),
    asOf,
    bucketMs: width,
    serving,
    summary: summarise(totalsBySignal(rows)),
    series,
  };
}

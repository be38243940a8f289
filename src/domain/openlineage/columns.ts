import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import type { DomainContext } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { visible } from '../permissions/redaction.js';
import { requireId } from '../ids.js';
import { checkBounds, lineageBounds } from '../lineage/service.js';
import { columnId } from './keys.js';
import type { ColumnEdge, ColumnNode } from './column-graph.js';
import { openLineageQueries } from './queries.js';

export type ColumnDirection = 'UPSTREAM' | 'DOWNSTREAM';
export const DEFAULT_COLUMN_DIRECTION: ColumnDirection = 'UPSTREAM';

export interface ColumnLineage {
  root: string;
  direction: ColumnDirection;
  depth: number;
  columns: ColumnNode[];
  edges: ColumnEdge[];
  truncated: boolean;
  /**
   * True when columns above the reader's clearance were left out, with their edges. They are left
   * out rather than redacted because a column's id spells its field name.
   */
  withheld: boolean;
}

export interface ColumnLineageArgs {
  version: string;
  field: string;
  direction: ColumnDirection;
  depth?: number | null;
  maxNodes?: number | null;
  asOf?: Date | null;
}

/**
 * Which columns a column came from (UPSTREAM, through which transformations) or feeds (DOWNSTREAM),
 * bounded like `lineage`. A reader not cleared for the version is refused (FORBIDDEN) before anything
 * about its columns is looked at, so the answer does not tell which field names exist.
 */
export async function columnLineage(ctx: DomainContext, args: ColumnLineageArgs): Promise<ColumnLineage> {
  authorize(ctx.principal, 'lineage.read');
  requireId('version', args.version, 'LineageDatasetVersion');
  const { depth, maxNodes } = lineageBounds(ctx.limits, args);
  checkBounds(ctx, depth, maxNodes);
  const root = columnId(args.version, args.field);
  const rows = await ctx.db.readQuery(openLineageQueries.columnLineage, {
    version: args.version,
    id: root,
    relationshipFilter: args.direction === 'UPSTREAM' ? 'DERIVED_FROM_COLUMN>' : '<DERIVED_FROM_COLUMN',
    depth: intParam(depth),
    limit: intParam(maxNodes + 1),
    asOf: args.asOf ? dateTimeParam(args.asOf) : null,
  });
  const row = rows[0];
  if (!row?.versionExists) throw notFound(args.version);
  if (!visible(ctx.principal, { kind: 'LineageDatasetVersion', classification: row.versionClassification })) {
    throw new DomainError('FORBIDDEN', `You are not cleared for the columns of ${args.version}.`, { id: args.version });
  }
  const existed = row.startCreatedAt !== null && !(args.asOf && Date.parse(row.startCreatedAt) > args.asOf.getTime());
  if (!existed) {
    throw new DomainError(
      'NOT_FOUND',
      `${args.version} has no column "${args.field}" with column lineage${args.asOf ? ` at ${args.asOf.toISOString()}` : ''}.`,
      {
        id: args.version,
        field: args.field,
      },
    );
  }
  const inCap = row.columns.slice(0, maxNodes);
  const kept = inCap
    .filter((c) => visible(ctx.principal, { kind: c.kind, classification: c.classification }))
    .map(({ id, name, version, dataset }) => ({ id, name, version, dataset }));
  const ids = new Set(kept.map((c) => c.id));
  return {
    root,
    direction: args.direction,
    depth,
    columns: kept,
    edges: row.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
    truncated: Number(row.visited) > maxNodes,
    withheld: kept.length < inCap.length,
  };
}

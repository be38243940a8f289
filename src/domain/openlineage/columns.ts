import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
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
}

export interface ColumnLineageArgs {
  version: string;
  field: string;
  direction: ColumnDirection;
  depth?: number | null;
  maxNodes?: number | null;
  asOf?: Date | null;
}

/** Which columns a column came from (UPSTREAM, through which transformations) or feeds (DOWNSTREAM), bounded like `lineage`. */
export async function columnLineage(ctx: DomainContext, args: ColumnLineageArgs): Promise<ColumnLineage> {
  authorize(ctx.principal, 'lineage.read');
  requireId('version', args.version, 'LineageDatasetVersion');
  const { depth, maxNodes } = lineageBounds(ctx.limits, args);
  checkBounds(ctx, depth, maxNodes);
  const root = columnId(args.version, args.field);
  const rows = await ctx.db.readQuery(openLineageQueries.columnLineage, {
    id: root,
    relationshipFilter: args.direction === 'UPSTREAM' ? 'DERIVED_FROM_COLUMN>' : '<DERIVED_FROM_COLUMN',
    depth: intParam(depth),
    limit: intParam(maxNodes + 1),
    asOf: args.asOf ? dateTimeParam(args.asOf) : null,
  });
  const row = rows[0];
  const existed = row && !(args.asOf && Date.parse(String(row.startCreatedAt)) > args.asOf.getTime());
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
  const kept = row.columns.slice(0, maxNodes);
  const ids = new Set(kept.map((c) => c.id));
  return {
    root,
    direction: args.direction,
    depth,
    columns: kept,
    edges: row.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
    truncated: Number(row.visited) > maxNodes,
  };
}

import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../auth/permissions.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { requireId } from '../ids.js';
import { lineageNode, requireRootAt, type LineageNode } from '../lineage/service.js';
import { cypher } from '../queries.js';

/**
 * How many hops impact walks downstream. Cypher takes a variable-length bound only as a literal, so
 * impact.cypher writes it out; a unit test keeps the two equal.
 */
export const IMPACT_DEPTH = 12;
/** Nodes of each kind an impact answer shows; `count` is the full number. */
export const IMPACT_SAMPLE = 25;

export interface ImpactGroup {
  kind: string;
  count: number;
  /** Up to IMPACT_SAMPLE of them, for display; `count` is the full number. */
  sample: LineageNode[];
}

export interface Impact {
  root: string;
  groups: ImpactGroup[];
  total: number;
  decisions: number;
  truncated: boolean;
  asOf: string | null;
}

/**
 * What depends on a version: models trained on it, releases using them, and what those produced, as
 * the graph stood at `asOf` (only through what existed then).
 */
export async function impact(ctx: DomainContext, id: string, asOf?: Date | null): Promise<Impact> {
  authorize(ctx.principal, 'lineage.read');
  requireId('id', id);
  checkAsOf(ctx, asOf);
  const row = (
    await ctx.db.readQuery(cypher.impact, {
      id,
      asOf: asOf ? dateTimeParam(asOf) : null,
      limit: intParam(ctx.limits.impactMaxNodes + 1),
      sample: intParam(IMPACT_SAMPLE),
    })
  )[0];
  requireRootAt(id, row, asOf);
  const found = row.groups;
  const groups = found.map((g) => ({
    kind: String(g.kind),
    count: Number(g.total),
    sample: g.sample.map((n) => lineageNode(ctx.principal, n)),
  }));
  const total = groups.reduce((s, g) => s + g.count, 0);
  return {
    root: id,
    groups,
    total,
    decisions: found.reduce((s, g) => s + Number(g.decisions), 0),
    truncated: total > ctx.limits.impactMaxNodes,
    asOf: asOf?.toISOString() ?? null,
  };
}

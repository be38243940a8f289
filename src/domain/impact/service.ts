import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../auth/permissions.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { requireId } from '../ids.js';
import { lineageNode, requireRootAt, type LineageNode } from '../lineage/service.js';
import { cypher } from '../queries.js';

const IMPACT_MAX_NODES = 1_000_000;
const SAMPLE = 25;

export interface ImpactGroup {
  kind: string;
  count: number;
  /** Up to 25 of them, for display; `count` is the full number. */
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
      limit: intParam(IMPACT_MAX_NODES + 1),
      sample: intParam(SAMPLE),
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
    truncated: total > IMPACT_MAX_NODES,
    asOf: asOf?.toISOString() ?? null,
  };
}

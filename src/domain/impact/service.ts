import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { requireId } from '../ids.js';
import { lineageNode, nodeRow, requireRootAt, type LineageNode } from '../lineage/service.js';
import { impactQueries } from './queries.js';
import { countWindows, RELEASE_USER_KINDS } from './counts.js';

/** How many hops impact walks downstream (impact.cypher's $depth). */
export const IMPACT_DEPTH = 12;
/** Nodes of each kind an impact answer shows; `count` is the full number. */
export const IMPACT_SAMPLE = 25;
/** The latest instant a DateTime parameter holds: the sample bound when there is no asOf. */
const END_OF_TIME = new Date(8.64e15);

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
    await ctx.db.readQuery(impactQueries.impact, {
      id,
      asOf: asOf ? dateTimeParam(asOf) : null,
      until: dateTimeParam(asOf ?? END_OF_TIME),
      ...countWindows(asOf),
      releaseUsers: RELEASE_USER_KINDS,
      depth: intParam(IMPACT_DEPTH),
      limit: intParam(ctx.limits.impactMaxNodes + 1),
      sample: intParam(IMPACT_SAMPLE),
    })
  )[0];
  requireRootAt(id, row, asOf);
  const found = row.groups;
  const groups = found
    .map((g) => ({ kind: String(g.kind), count: Number(g.total), sample: g.sample.map((n) => lineageNode(ctx.principal, nodeRow(n))) }))
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return {
    root: id,
    groups,
    total: groups.reduce((s, g) => s + g.count, 0),
    decisions: found.reduce((s, g) => s + Number(g.decisions), 0),
    truncated: row.capped === true,
    asOf: asOf?.toISOString() ?? null,
  };
}

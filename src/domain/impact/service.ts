import { intParam } from '../../db/values.js';
import { authorize } from '../auth/permissions.js';
import { redact } from '../auth/redaction.js';
import type { DomainContext } from '../context.js';
import { notFound } from '../errors.js';
import { requireId } from '../ids.js';
import { relationshipFilter, type LineageNode } from '../lineage/service.js';

const IMPACT_DEPTH = 12;
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
}

/** What depends on a version: models trained on it, releases using them, and what those produced. */
export async function impact(ctx: DomainContext, id: string): Promise<Impact> {
  authorize(ctx.principal, 'lineage.read');
  requireId('id', id);
  const rows = await ctx.db.readQuery('impact', {
    id,
    relationshipFilter: relationshipFilter('DOWNSTREAM'),
    depth: intParam(IMPACT_DEPTH),
    limit: intParam(IMPACT_MAX_NODES + 1),
    sample: intParam(SAMPLE),
  });
  if (rows.length === 0) {
    const exists = await ctx.db.readQuery('nodes-get', { ids: [id] });
    if (exists.length === 0) throw notFound(id);
  }
  const groups = rows.map((r) => ({
    kind: String(r.kind),
    count: Number(r.total),
    sample: (r.sample as LineageNode[]).map((n) => redact(ctx.principal, n) as LineageNode),
  }));
  const total = groups.reduce((s, g) => s + g.count, 0);
  return {
    root: id,
    groups,
    total,
    decisions: rows.reduce((s, r) => s + Number(r.decisions), 0),
    truncated: total >= IMPACT_MAX_NODES,
  };
}

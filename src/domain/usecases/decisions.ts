import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';
import { MAX_PAGE, pageSize } from '../paging.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import { useCaseQueries } from './queries.js';

/** The most use cases of one system whose decisions are read (by id): a system serves a handful. */
export const MAX_USE_CASES_PER_SYSTEM = MAX_PAGE;

/**
 * The strategy decisions on the use cases a system served at `asOf` (default: now), newest first, at
 * most `first`: each as it stood then (a later retraction is not shown), redacted for a reader not
 * cleared for it, exactly as `node(id)` would show it.
 */
export async function systemStrategyDecisions(
  ctx: DomainContext,
  system: string,
  args: { first?: number | null; asOf?: Date | null },
): Promise<Array<NodeOf<'StrategyDecision'>>> {
  authorize(ctx.principal, 'catalog.read');
  checkAsOf(ctx, args.asOf);
  const rows = await ctx.db.readQuery(useCaseQueries.systemDecisions, {
    system,
    view: dateTimeParam(args.asOf ?? ctx.now()),
    useCases: intParam(MAX_USE_CASES_PER_SYSTEM),
    limit: intParam(pageSize(args.first)),
  });
  return rows.map((r) => nodeOf('StrategyDecision', redact(ctx.principal, r.n)));
}

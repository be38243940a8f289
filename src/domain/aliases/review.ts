import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { conflict } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { listNodes, type ListArgs } from '../nodes/read.js';
import { requireOtherThanAuthor } from '../separation-of-duties.js';
import type { Page } from '../paging.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { aliasQueries } from './queries.js';
import { nodeQueries } from '../nodes/queries.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';

export const reviewInput = z.object({ id: idOf('AliasMove'), note: text(4000).min(1, 'say what the review found') });

/**
 * Records the after-the-fact review of a flagged move (an emergency rollback): who reviewed it, when,
 * and what they found. Whoever made the move cannot review it.
 */
export async function reviewAliasMove(ctx: DomainContext, input: unknown): Promise<NodeOf<'AliasMove'>> {
  const cmd = command(ctx, 'alias.review');
  const data = parse(reviewInput, input);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'id', id: data.id, types: ['AliasMove'] }]);
    const move = (await tx.one(nodeQueries.get, { ids: [data.id] }))!.n;
    if (!move.flagged) throw conflict(`${data.id} was not flagged for review.`, { id: data.id });
    if (move.reviewedAt)
      throw conflict(`${data.id} was already reviewed by ${String(move.reviewedBy)} at ${String(move.reviewedAt)}.`, { id: data.id });
    requireOtherThanAuthor(ctx.principal.id, data.id, move.createdBy, `${ctx.principal.id} made ${data.id} and cannot review it.`);
    const row = await tx.one(aliasQueries.review, { id: data.id, at: dateTimeParam(now), actor: ctx.principal.id, note: data.note });
    if (!row) throw conflict(`${data.id} is not awaiting review.`, { id: data.id });
    return { result: nodeOf('AliasMove', row.m), targets: [data.id, String(move.parent)] };
  });
}

/** Flagged moves nobody has reviewed yet, newest first; optionally of one system. */
export async function movesAwaitingReview(
  ctx: DomainContext,
  args: Pick<ListArgs, 'first' | 'after'> & { system?: string | null },
): Promise<Page<NodeOf<'AliasMove'>>> {
  const system = args.system ? parse(z.object({ system: idOf('System') }), { system: args.system }).system : null;
  return listNodes(ctx, 'AliasMove', {
    first: args.first,
    after: args.after,
    filters: [
      { property: 'awaitingReview', value: true },
      { property: 'system', value: system },
    ],
  });
}

import type { Tx } from '../db/database.js';
import { dateTimeParam } from '../db/values.js';
import type { DomainContext } from './context.js';
import type { NodeType } from './kinds.js';
import { nodeOf, type NodeOf, type Registered } from './nodes/types.js';
import { nodeQueries } from './nodes/queries.js';
import { withSearchText } from './search/search-text.js';

/**
 * Creates a node under a client-chosen id once; a repeat with the same id returns the first
 * (idempotent retries from producers and scripts).
 */
export async function mergeNamedNode<K extends NodeType>(
  tx: Tx,
  ctx: DomainContext,
  node: { type: K; id: string; props: Record<string, unknown> },
  now: Date,
): Promise<Registered<NodeOf<K>>> {
  const row = await tx.one(nodeQueries.mergeNamed, {
    id: node.id,
    label: node.type,
    props: withSearchText(node.type, node.props),
    at: dateTimeParam(now),
    actor: ctx.principal.id,
    requestId: ctx.requestId,
  });
  return { node: nodeOf(node.type, row!.n), created: row!.created };
}

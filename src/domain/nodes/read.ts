import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext } from '../context.js';
import { byKeyset, openPage, type Page, type PageArgs } from '../paging.js';
import { parseId } from '../ids.js';
import type { NodeType } from '../kinds.js';
import { nodeQueries } from './queries.js';
import { nodeOf, toNode, type NodeOf, type StoredNode } from './types.js';

/** Loads nodes by id in the order asked, as the principal may see them; a missing (or malformed) id yields null. */
export async function getNodes(ctx: DomainContext, ids: readonly string[]): Promise<Array<StoredNode | null>> {
  authorize(ctx.principal, 'catalog.read');
  const valid = ids.filter((id) => parseId(id) !== null);
  const rows = valid.length === 0 ? [] : await ctx.db.readQuery(nodeQueries.get, { ids: [...new Set(valid)] });
  const byId = new Map(rows.map((r) => [r.n.id, toNode(redact(ctx.principal, r.n))]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface ListArgs extends PageArgs {
  parent?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  includeRetracted?: boolean | null;
  /** Exact-match filters on properties named in code, never by clients. */
  filters?: Array<{ property: string; value: unknown }>;
}

/** One page of a type's nodes, newest first, keyset-paginated by an opaque cursor. */
export async function listNodes<K extends NodeType>(ctx: DomainContext, kind: K, args: ListArgs): Promise<Page<NodeOf<K>>> {
  authorize(ctx.principal, 'catalog.read');
  const filters = (args.filters ?? []).filter((f) => f.value !== undefined && f.value !== null);
  const shape = {
    parent: args.parent ?? null,
    createdAfter: args.createdAfter ?? null,
    createdBefore: args.createdBefore ?? null,
    includeRetracted: args.includeRetracted ?? true,
    filters,
  };
  const paging = openPage(kind, shape, args, byKeyset);
  const rows = await ctx.db.readQuery(nodeQueries.list, {
    ...shape,
    kind,
    createdAfter: args.createdAfter ? dateTimeParam(args.createdAfter) : null,
    createdBefore: args.createdBefore ? dateTimeParam(args.createdBefore) : null,
    cursorAt: paging.after ? dateTimeParam(new Date(paging.after.at)) : null,
    cursorId: paging.after?.id ?? null,
    limit: intParam(paging.fetch),
  });
  return paging.page(
    rows.map((r) => r.n),
    (n) => nodeOf(kind, redact(ctx.principal, n)),
  );
}

import type { Row } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../auth/permissions.js';
import { redact } from '../auth/redaction.js';
import type { DomainContext } from '../context.js';
import { decodeCursor, encodeCursor, listKey } from '../cursor.js';
import { DomainError } from '../errors.js';
import { parseId, type NodeType } from '../ids.js';
import { cypher } from '../queries.js';

/** Loads nodes by id in the order asked; a missing (or malformed) id yields null. */
export async function getNodes(ctx: DomainContext, ids: readonly string[]): Promise<Array<Row | null>> {
  authorize(ctx.principal, 'catalog.read');
  const valid = ids.filter((id) => parseId(id) !== null);
  const rows = valid.length === 0 ? [] : await ctx.db.readQuery(cypher.nodesGet, { ids: [...new Set(valid)] });
  const byId = new Map(rows.map((r) => [String(r.n.id), redact(ctx.principal, r.n)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  parent?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  includeRetracted?: boolean | null;
  /** Exact-match filters on properties named in code, never by clients. */
  filters?: Array<{ property: string; value: unknown }>;
}

export interface Page {
  items: Array<{ node: Row; cursor: string }>;
  hasNextPage: boolean;
}

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

/** One page of a type's nodes, newest first, keyset-paginated by an opaque cursor. */
export async function listNodes(ctx: DomainContext, kind: NodeType, args: ListArgs): Promise<Page> {
  authorize(ctx.principal, 'catalog.read');
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new DomainError('VALIDATION', `first: must be between 1 and ${MAX_PAGE}.`, { field: 'first' });
  }
  const filters = (args.filters ?? []).filter((f) => f.value !== undefined && f.value !== null);
  const list = listKey(kind, {
    parent: args.parent ?? null,
    createdAfter: args.createdAfter ?? null,
    createdBefore: args.createdBefore ?? null,
    includeRetracted: args.includeRetracted ?? true,
    filters,
  });
  const cursor = args.after ? decodeCursor(list, args.after, readKeyset) : null;
  const rows = await ctx.db.readQuery(cypher.nodesList, {
    kind,
    parent: args.parent ?? null,
    createdAfter: args.createdAfter ? dateTimeParam(args.createdAfter) : null,
    createdBefore: args.createdBefore ? dateTimeParam(args.createdBefore) : null,
    includeRetracted: args.includeRetracted ?? true,
    filters,
    cursorAt: cursor ? dateTimeParam(new Date(cursor.at)) : null,
    cursorId: cursor?.id ?? null,
    limit: intParam(first + 1),
  });
  const items = rows.slice(0, first).map((r) => ({ node: redact(ctx.principal, r.n), cursor: keysetCursor(list, r.n) }));
  return { items, hasNextPage: rows.length > first };
}

/** A cursor for a list ordered by (createdAt, id), newest first. */
export const keysetCursor = (list: string, row: Row): string => encodeCursor(list, [row.createdAt, row.id]);

/** The (createdAt, id) position of a keyset cursor; null when it is not one. */
export function readKeyset(p: unknown): { at: string; id: string } | null {
  if (!Array.isArray(p) || p.length !== 2) return null;
  const [at, id] = p as unknown[];
  return typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) ? { at, id } : null;
}

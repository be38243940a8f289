import { createHash } from 'node:crypto';
import { DomainError } from './errors.js';

/**
 * Cursor paging for every list the API serves: the page-size check, opaque cursors bound to the list
 * (and filters) that issued them, and the "one more row than the page" look-ahead.
 */

/** Items a page holds when the client does not say. */
export const DEFAULT_PAGE = 20;
/** The most items one page may hold. */
export const MAX_PAGE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  items: Array<{ node: T; cursor: string }>;
  hasNextPage: boolean;
}

/** The page size asked for, the default when absent; VALIDATION outside 1..MAX_PAGE. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new DomainError('VALIDATION', `first: must be between 1 and ${MAX_PAGE}.`, { field: 'first' });
  }
  return size;
}

/** Where an item sits in its list, as a cursor holds it: `of` writes it, `read` checks it (null: not a position of this list). */
export interface Position<R, P> {
  of: (row: R) => unknown;
  read: (position: unknown) => P | null;
}

/** Lists ordered by (createdAt, id), newest first. */
export const byKeyset: Position<{ createdAt?: unknown; id?: unknown }, { at: string; id: string }> = {
  of: (row) => [row.createdAt, row.id],
  read: (p) => {
    if (!Array.isArray(p) || p.length !== 2) return null;
    const [at, id] = p as unknown[];
    return typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) ? { at, id } : null;
  },
};

/** Lists ordered by a sequence number from 1 (audit events, rejections), newest first. */
export const bySeq = <R>(seqOf: (row: R) => number): Position<R, number> => ({
  of: seqOf,
  read: (p) => (typeof p === 'number' && Number.isSafeInteger(p) && p >= 1 ? p : null),
});

export interface Paging<R, P> {
  /** Items on the page. */
  size: number;
  /** Rows to fetch: one more than the page, to tell whether another page follows. */
  fetch: number;
  /** The position the page starts after (from the client's cursor), null for the first page. */
  after: P | null;
  /** The page of the fetched rows, each with its cursor; `show` turns a row into what the client sees. */
  page<Q extends R, T>(rows: Q[], show: (row: Q) => T): Page<T>;
}

/**
 * Opens a page of the list `list` with these filters: checks the size, and reads the client's cursor,
 * refusing one this API did not issue for the same list and filters.
 */
export function openPage<R, P>(list: string, filters: Record<string, unknown>, args: PageArgs, position: Position<R, P>): Paging<R, P> {
  const size = pageSize(args.first);
  const key = listKey(list, filters);
  return {
    size,
    fetch: size + 1,
    after: args.after ? decodeCursor(key, args.after, position.read) : null,
    page: (rows, show) => ({
      items: rows.slice(0, size).map((row) => ({ node: show(row), cursor: encodeCursor(key, position.of(row)) })),
      hasNextPage: rows.length > size,
    }),
  };
}

/**
 * Which list a cursor pages: the list's name and every filter that shapes it, as a short digest.
 * A cursor carries it, so a cursor from one list (or the same list with other filters) is refused
 * instead of silently paging somewhere else.
 */
function listKey(list: string, filters: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([list, filters]))
    .digest('base64url')
    .slice(0, 12);
}

/** An opaque cursor: the list it belongs to and the position of an item in it. */
function encodeCursor(list: string, position: unknown): string {
  return Buffer.from(JSON.stringify({ l: list, p: position })).toString('base64url');
}

/** The position in a cursor issued for `list`; VALIDATION for anything else. */
function decodeCursor<T>(list: string, cursor: string, read: (position: unknown) => T | null): T {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { l?: unknown; p?: unknown } | null;
    const position = parsed?.l === list ? read(parsed.p) : null;
    if (position !== null) return position;
  } catch {
    // not even JSON: the same typed error
  }
  throw new DomainError(
    'VALIDATION',
    'after: not a cursor this API issued for this list; pass the endCursor of a previous page of the same list, with the same filters.',
    { field: 'after' },
  );
}

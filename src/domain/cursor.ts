import { createHash } from 'node:crypto';
import { DomainError } from './errors.js';

/**
 * Which list a cursor pages: the list's name and every filter that shapes it, as a short digest.
 * A cursor carries it, so a cursor from one list (or the same list with other filters) is refused
 * instead of silently paging somewhere else.
 */
export function listKey(list: string, filters: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify([list, filters])).digest('base64url').slice(0, 12);
}

/** An opaque cursor: the list it belongs to and the position of an item in it. */
export function encodeCursor(list: string, position: unknown): string {
  return Buffer.from(JSON.stringify({ l: list, p: position })).toString('base64url');
}

/** The position in a cursor issued for `list`; VALIDATION for anything else. `read` checks the position's shape (null: not one this list issues). */
export function decodeCursor<T>(list: string, cursor: string, read: (position: unknown) => T | null): T {
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

/** A position that is a sequence number from 1 (audit events, rejections). */
export const readSeq = (p: unknown): number | null => (typeof p === 'number' && Number.isSafeInteger(p) && p >= 1 ? p : null);

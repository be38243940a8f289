import { randomBytes } from 'node:crypto';

/** A fresh key for things the client did not name: sortable by creation time, unique without coordination. */
export function newKey(now: Date): string {
  return `${now.getTime().toString(36).padStart(9, '0')}-${randomBytes(6).toString('hex')}`;
}

import type { Row } from '../../db/database.js';
import { canSee, type Classification, type Principal } from './principal.js';

/**
 * A node the principal is not cleared for keeps its id and type, so lineage is never silently cut,
 * and loses every other field.
 */
export function redact<T extends Row>(principal: Principal, row: T): T & { redacted: boolean } {
  if (canSee(principal, row.classification as Classification | undefined)) return { ...row, redacted: false };
  return { id: row.id, kind: row.kind, redacted: true } as unknown as T & { redacted: boolean };
}

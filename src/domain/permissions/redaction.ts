import type { Row } from '../../db/database.js';
import { canSee, type Classification, type Principal } from './principal.js';

/**
 * A node the principal is not cleared for keeps its id and type, so lineage is never silently cut,
 * and loses every other field. `role` is not the node's: it is the relation's (how a release pins a
 * version), kept so a redacted node stays in its place in a bill of materials.
 */
export function redact<T extends Row>(principal: Principal, row: T): T & { redacted: boolean } {
  if (canSee(principal, row.classification as Classification | undefined)) return { ...row, redacted: false };
  const kept: Row = { id: row.id, kind: row.kind, redacted: true };
  if (row.role !== undefined) kept.role = row.role;
  return kept as T & { redacted: boolean };
}

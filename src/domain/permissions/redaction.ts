import type { Row } from '../../db/database.js';
import { isOpenLineageKind, UNCLASSIFIED_OPENLINEAGE } from '../openlineage/kinds.js';
import { canSee, type Classification, type Principal } from './principal.js';

/**
 * A node the principal is not cleared for keeps its id and type, so lineage is never silently cut,
 * and loses every other field. `role` is not the node's: it is the relation's (how a release pins a
 * version), kept so a redacted node stays in its place in a bill of materials.
 */
export function redact<T extends Row>(principal: Principal, row: T): T & { redacted: boolean } {
  return visible(principal, row) ? { ...row, redacted: false } : hidden(row);
}

/**
 * redact for a row the caller built and no one else holds: a visible row is marked in place rather
 * than copied. Large answers redact thousands of rows, and copying each by spread cost about 5 µs a
 * row, the largest single item of a 500-node lineage answer's time in the API.
 */
export function redactOwned<T extends Row>(principal: Principal, row: T): T & { redacted: boolean } {
  return visible(principal, row) ? Object.assign(row, { redacted: false }) : hidden(row);
}

/**
 * The level a node is read at: its `classification` (for OpenLineage nodes computed when it was
 * recorded or reclassified, see openlineage/classification.ts; in as-of answers the query sends the
 * level as seen then). An OpenLineage node without one predates classification and fails closed.
 */
export function classificationOf(row: Row): Classification | undefined {
  const level = row.classification as Classification | null | undefined;
  if (level) return level;
  return isOpenLineageKind(row.kind) ? UNCLASSIFIED_OPENLINEAGE : undefined;
}

/** Whether the principal may read the node's fields: the one clearance rule every read applies. */
export const visible = (principal: Principal, row: Row): boolean => canSee(principal, classificationOf(row));

function hidden<T extends Row>(row: T): T & { redacted: boolean } {
  const kept: Row = { id: row.id, kind: row.kind, redacted: true };
  if (row.role !== undefined) kept.role = row.role;
  return kept as T & { redacted: boolean };
}

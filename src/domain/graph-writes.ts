import type { Tx, Row } from '../db/database.js';
import { dateTimeParam } from '../db/values.js';
import { assertNotBeforeCreation, type ClientTime } from './clock.js';
import { DomainError } from './errors.js';
import type { NodeType } from './kinds.js';
import { nodeQueries } from './nodes/queries.js';

/** Relationship types a write may create; clients never choose a type directly. */
export type LinkType =
  | 'USED'
  | 'WAS_GENERATED_BY'
  | 'WAS_DERIVED_FROM'
  | 'WAS_ASSOCIATED_WITH'
  | 'WAS_ATTRIBUTED_TO'
  | 'PINS'
  | 'RELEASE_OF'
  | 'APPROVES'
  | 'MEMBER_OF'
  | 'SERVED_BY'
  | 'ALIAS_OF'
  | 'MOVED'
  | 'EVIDENCE'
  | 'FOLLOWED'
  | 'OVERRODE';

export interface Link {
  type: LinkType;
  from: string;
  to: string;
  role?: string;
}

export interface Reference {
  field: string;
  id: string;
  types: NodeType[];
  /** When the client says it used this node (a run's or invocation's startedAt): not before the node was created. */
  usedAt?: ClientTime;
}

/**
 * Fails with NOT_FOUND (or VALIDATION for a wrong kind, or for a client time before the node was
 * created) unless every referenced node exists.
 */
export async function requireNodes(tx: Tx, refs: Reference[]): Promise<Map<string, Row>> {
  const unique = [...new Set(refs.map((r) => r.id))];
  const rows = unique.length === 0 ? [] : await tx.run(nodeQueries.kinds, { ids: unique });
  const found = new Map(rows.map((r) => [String(r.id), r]));
  for (const ref of refs) {
    const row = found.get(ref.id);
    if (!row || row.kind === null) {
      throw new DomainError('NOT_FOUND', `${ref.field}: no ${ref.types.join(' or ')} with id "${ref.id}" exists.`, {
        field: ref.field,
        id: ref.id,
      });
    }
    if (ref.types.length > 0 && !ref.types.some((t) => t === row.kind)) {
      throw new DomainError('VALIDATION', `${ref.field}: "${ref.id}" is a ${String(row.kind)}, expected ${ref.types.join(' or ')}.`, {
        field: ref.field,
      });
    }
    if (ref.usedAt) assertNotBeforeCreation(ref.usedAt, { id: ref.id, createdAt: new Date(String(row.createdAt)) });
  }
  return found;
}

export async function createLinks(tx: Tx, links: Link[], now: Date): Promise<void> {
  if (links.length === 0) return;
  await tx.run(nodeQueries.createLinks, { links: links.map((l) => ({ ...l, role: l.role ?? null })), at: dateTimeParam(now) });
}

/** Drops undefined values: Neo4j properties cannot hold them, and absent reads better than null. */
export function definedProps(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

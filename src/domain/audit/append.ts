import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { canonicalJson, digestOf } from './hash.js';
import { auditQueries } from './queries.js';
import type { AuditEvent } from './event.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: Date;
  actor: string;
  action: string;
  targets: string[];
  input: unknown;
  requestId: string;
}

/** The fields an event's hash covers, in one place so append and verify agree. */
export function eventHash(e: Omit<AuditEvent, 'hash' | 'requestId'>): string {
  return digestOf({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    targets: e.targets,
    inputDigest: e.inputDigest,
    prevHash: e.prevHash,
  });
}

/**
 * The canonical JSON eventHash hashes, split around the two values only the chain head knows under
 * its lock (prevHash and seq), so the database can hash and append in the statement that takes it.
 * Keys sort as action, actor, at, inputDigest, prevHash, seq, targets.
 */
export function eventHashParts(e: Omit<AuditEvent, 'hash' | 'requestId' | 'seq' | 'prevHash'>): {
  before: string;
  between: string;
  after: string;
} {
  const head = canonicalJson({ action: e.action, actor: e.actor, at: e.at, inputDigest: e.inputDigest });
  return { before: `${head.slice(0, -1)},"prevHash":"`, between: '","seq":', after: `,"targets":${canonicalJson(e.targets)}}` };
}

/**
 * Appends one event to the hash chain inside the caller's transaction, in one statement that bumps
 * the head counter (write-locking it, so concurrent writers queue there and the chain has no forks or
 * gaps), hashes the event and creates it.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<number> {
  const at = entry.at.toISOString();
  const inputDigest = digestOf(entry.input ?? null);
  const parts = eventHashParts({ at, actor: entry.actor, action: entry.action, targets: entry.targets, inputDigest });
  const row = await tx.one(auditQueries.append, {
    event: {
      genesis: GENESIS_HASH,
      ...parts,
      at: dateTimeParam(entry.at),
      actor: entry.actor,
      action: entry.action,
      targets: entry.targets,
      inputDigest,
      requestId: entry.requestId,
    },
  });
  return Number(row!.seq);
}

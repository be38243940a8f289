import type { Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { digestOf } from './hash.js';
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
 * Appends one event to the hash chain inside the caller's transaction. Bumping the head counter
 * write-locks it, so concurrent writers queue here and the chain has no forks or gaps.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<number> {
  const head = await tx.one(auditQueries.headLock, { genesis: GENESIS_HASH });
  const seq = Number(head!.seq);
  const prevHash = String(head!.hash);
  const at = entry.at.toISOString();
  const inputDigest = digestOf(entry.input ?? null);
  const hash = eventHash({ seq, at, actor: entry.actor, action: entry.action, targets: entry.targets, inputDigest, prevHash });
  await tx.run(auditQueries.append, {
    seq: intParam(seq),
    at: dateTimeParam(entry.at),
    actor: entry.actor,
    action: entry.action,
    targets: entry.targets,
    inputDigest,
    prevHash,
    hash,
    requestId: entry.requestId,
  });
  return seq;
}

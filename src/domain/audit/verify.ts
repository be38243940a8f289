import { intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import type { DomainContext } from '../context.js';
import { eventHash, GENESIS_HASH } from './append.js';
import type { AuditEvent } from './event.js';
import { auditQueries } from './queries.js';

export interface Verification {
  ok: boolean;
  /** Events checked, from seq 1. */
  checked: number;
  /** The head (last seq) the walk verified up to. */
  headSeq: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Where a walk of the chain stands between batches. */
export interface ChainCursor {
  seq: number;
  hash: string;
}

export type Break = { seq: number; reason: string };

/**
 * Checks one batch of events (in seq order) continuing from `cursor`: every seq follows the last,
 * every prevHash is the previous event's hash, and every hash recomputes from the event's fields.
 */
export function checkBatch(cursor: ChainCursor, events: AuditEvent[]): { cursor: ChainCursor; broken: Break | null } {
  let { seq, hash } = cursor;
  for (const e of events) {
    if (e.seq !== seq + 1)
      return {
        cursor: { seq, hash },
        broken: { seq: seq + 1, reason: `seq ${seq + 1} is missing (the next event found is seq ${e.seq})` },
      };
    if (e.prevHash !== hash) {
      return {
        cursor: { seq, hash },
        broken: { seq: e.seq, reason: `seq ${e.seq}: prevHash does not match the hash of seq ${seq} (the chain was re-linked)` },
      };
    }
    const recomputed = eventHash({ ...e, targets: e.targets ?? [] });
    if (recomputed !== e.hash) {
      return {
        cursor: { seq, hash },
        broken: { seq: e.seq, reason: `seq ${e.seq}: stored hash does not match its fields (an audited field was changed)` },
      };
    }
    seq = e.seq;
    hash = e.hash;
  }
  return { cursor: { seq, hash }, broken: null };
}

const BATCH = 1000;

/**
 * Walks the whole chain in seq order, one bounded read per batch, up to the head as it stood when the
 * walk began (later appends are left for the next run), and reports the first broken link.
 */
export async function verifyAuditTrail(ctx: DomainContext): Promise<Verification> {
  authorize(ctx.principal, 'audit.read');
  const head = (await ctx.db.readQuery(auditQueries.head, { genesis: GENESIS_HASH }))[0];
  const headSeq = Number(head.seq);
  const headHash = String(head.hash);
  let cursor: ChainCursor = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  const result = (broken: Break | null): Verification => ({
    ok: broken === null,
    checked,
    headSeq,
    firstBrokenSeq: broken?.seq ?? null,
    reason: broken?.reason ?? null,
  });
  while (cursor.seq < headSeq) {
    const rows = await ctx.db.readQuery(auditQueries.range, {
      after: intParam(cursor.seq),
      upTo: intParam(headSeq),
      limit: intParam(BATCH),
    });
    const events = rows.map((r) => r.e);
    if (events.length === 0) {
      return result({ seq: cursor.seq + 1, reason: `seq ${cursor.seq + 1} is missing (the chain head is seq ${headSeq})` });
    }
    const step = checkBatch(cursor, events);
    checked += step.cursor.seq - cursor.seq;
    cursor = step.cursor;
    if (step.broken) return result(step.broken);
  }
  if (cursor.hash !== headHash) {
    return result({
      seq: headSeq,
      reason: `the chain head records hash ${headHash.slice(0, 12)}… for seq ${headSeq}, but the event's hash is ${cursor.hash.slice(0, 12)}…`,
    });
  }
  return result(null);
}

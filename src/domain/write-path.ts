import { ConstraintViolation, type Tx } from '../db/database.js';
import { appendAudit } from './audit/append.js';
import { authorize, type Action } from './auth/permissions.js';
import type { DomainContext } from './context.js';
import { conflict } from './errors.js';

export interface WriteOutcome<R> {
  result: R;
  /** Ids the write created or changed; the audit event names them. Empty means nothing changed (an idempotent repeat), and no event is appended. */
  targets: string[];
}

/**
 * The one path every mutation takes: authorise, then run the work and append its audit event in a
 * single transaction, so either all of it lands or none of it does. Each service authorises as its
 * first statement (so a caller without the role learns nothing about validation rules) and validates
 * before this call, so a rejected request never opens a write transaction; the check here is the backstop.
 */
export async function write<R>(
  ctx: DomainContext,
  action: Action,
  input: unknown,
  work: (tx: Tx, now: Date) => Promise<WriteOutcome<R>>,
): Promise<R> {
  authorize(ctx.principal, action);
  const now = ctx.now();
  try {
    return await ctx.db.write(async (tx) => {
      const { result, targets } = await work(tx, now);
      if (targets.length > 0) {
        await appendAudit(tx, { at: now, actor: ctx.principal.id, action, targets, input, requestId: ctx.requestId });
      }
      return result;
    });
  } catch (err) {
    if (err instanceof ConstraintViolation) throw conflict(`The write conflicts with existing data: ${err.message}`);
    throw err;
  }
}

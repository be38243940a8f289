import { ConstraintViolation, type Tx } from '../db/database.js';
import { appendAudit } from './audit/append.js';
import { authorize, type Action } from './permissions/permissions.js';
import type { DomainContext } from './context.js';
import { conflict } from './errors.js';

export interface WriteOutcome<R> {
  result: R;
  /** Ids the write created or changed; the audit event names them. Empty means nothing changed (an idempotent repeat), and no event is appended. */
  targets: string[];
}

/** A mutation the caller has been authorised for; its `write` is the only way to change the graph. */
export interface Command {
  readonly action: Action;
  write<R>(input: unknown, work: (tx: Tx, now: Date) => Promise<WriteOutcome<R>>): Promise<R>;
  /**
   * For a write that is nearly always new (a batch of invocations): `optimistic` creates without
   * first looking for what exists; when a uniqueness constraint refuses it (a resend), that
   * transaction rolls back and `checked` runs in a new one, which looks first and decides.
   */
  writeExpectingNew<R>(
    input: unknown,
    optimistic: (tx: Tx, now: Date) => Promise<WriteOutcome<R>>,
    checked: (tx: Tx, now: Date) => Promise<WriteOutcome<R>>,
  ): Promise<R>;
}

/**
 * The one path every mutation takes. A service starts its command first thing, so a caller without
 * the role is refused before anything else (and learns nothing about validation rules); it then
 * validates its input, so a rejected request never opens a write transaction; and `write` runs the
 * work and appends its audit event in a single transaction, so either all of it lands or none of it.
 */
export function command(ctx: DomainContext, action: Action): Command {
  authorize(ctx.principal, action);
  return {
    action,
    write: (input, work) => runWrite(ctx, action, input, work),
    writeExpectingNew: async (input, optimistic, checked) => {
      try {
        return await inWriteTransaction(ctx, action, input, optimistic);
      } catch (err) {
        if (err instanceof ConstraintViolation) return runWrite(ctx, action, input, checked);
        throw err;
      }
    },
  };
}

async function runWrite<R>(
  ctx: DomainContext,
  action: Action,
  input: unknown,
  work: (tx: Tx, now: Date) => Promise<WriteOutcome<R>>,
): Promise<R> {
  try {
    return await inWriteTransaction(ctx, action, input, work);
  } catch (err) {
    if (err instanceof ConstraintViolation) throw constraintConflict(err.message);
    throw err;
  }
}

/** The work and its audit event in one transaction. */
function inWriteTransaction<R>(
  ctx: DomainContext,
  action: Action,
  input: unknown,
  work: (tx: Tx, now: Date) => Promise<WriteOutcome<R>>,
): Promise<R> {
  const now = ctx.now();
  return ctx.db.write(async (tx) => {
    const { result, targets } = await work(tx, now);
    if (targets.length > 0) {
      await appendAudit(tx, { at: now, actor: ctx.principal.id, action, targets, input, requestId: ctx.requestId });
    }
    return result;
  });
}

/**
 * A uniqueness constraint refused the write (two writers raced for one key, or a key reused for
 * different content). Neo4j's message names the node by its internal element id ("Node(52840)"),
 * which clients must never see: name the business key instead, and only that.
 */
function constraintConflict(neo4jMessage: string) {
  const taken = /property `(\w+)` = '((?:[^'\\]|\\.){1,300})'/.exec(neo4jMessage);
  if (!taken) return conflict('The write conflicts with data that already exists (a uniqueness rule refused it); nothing was written.');
  const [, field, value] = taken;
  return conflict(`${field} "${value}" already exists; nothing was written. Use another key, or read the existing one.`, {
    field,
    [field]: value,
  });
}

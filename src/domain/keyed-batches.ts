import { z } from 'zod';
import type { Tx } from '../db/database.js';
import type { DomainContext } from './context.js';
import { conflict, DomainError } from './errors.js';
import { keyOf } from './ids.js';
import type { Command, WriteOutcome } from './write-path.js';
import { parse } from './validate.js';

/** A record a batch creates under a client key: its id, and the digest of what a resend must repeat. */
export interface KeyedRecord {
  id: string;
  digest: string;
}

/** How one kind of keyed batch (invocations, scores, KPI observations) is checked, looked up and created. */
export interface KeyedBatch<R extends KeyedRecord, Result, Checked = unknown> {
  /** The field a key conflict names, e.g. `invocations.key`. */
  keyField: string;
  /** What a resend must repeat exactly, and what a different one is (for the CONFLICT message). */
  repeat: { what: string; noun: string };
  rows: R[];
  /** What the audit event records as the input. */
  auditInput: unknown;
  /** Checks the batch's references (NOT_FOUND, VALIDATION) and returns what creating needs of them; must change nothing. */
  check(tx: Tx): Promise<Checked>;
  /** The batch's records already recorded, with the digest each was recorded with (null: recorded before digests were kept). */
  recorded(tx: Tx, ids: string[]): Promise<Map<string, string | null>>;
  /**
   * Creates these new records; returns how many dependent things it created (an invocation's outputs).
   * It may start before the check ends (invocations do, and a failed check rolls them back), or await
   * `checked` first when it needs what the check found.
   */
  create(tx: Tx, fresh: R[], checked: Promise<Checked>): Promise<number>;
  /**
   * For a batch whose creating statements check the references themselves (from what they report) and
   * throw the same typed refusals as `check`, in the same order: the first attempt runs this alone, with
   * no separate check. `check` and `create` then run only before creating what a resend left new.
   */
  createChecking?(tx: Tx, fresh: R[]): Promise<number>;
  outcome(fresh: R[], created: number): WriteOutcome<Result>;
}

/**
 * Records a batch of keyed records in one transaction. Most batches are new: the first attempt
 * creates without looking for what exists, and checks the references in the same breath (both go out
 * together; a failed check rolls the creation back with the transaction). A resend makes the unique
 * id constraint refuse it, and the second attempt looks first: the same content again creates
 * nothing, a key recorded with different content is a CONFLICT.
 */
export function recordKeyedBatch<R extends KeyedRecord, Result, Checked>(
  cmd: Command,
  batch: KeyedBatch<R, Result, Checked>,
): Promise<Result> {
  assertUnique(
    batch.keyField,
    batch.rows.map((r) => r.id),
  );
  const optimistic = async (tx: Tx) => {
    if (batch.createChecking) return batch.outcome(batch.rows, await batch.createChecking(tx, batch.rows));
    const checking = batch.check(tx);
    const [, created] = await allSettledOrFirstFailure([checking.then(() => 0), batch.create(tx, batch.rows, checking)]);
    return batch.outcome(batch.rows, created);
  };
  const checked = async (tx: Tx) => {
    const checking = batch.check(tx);
    await checking;
    const existing = await batch.recorded(
      tx,
      batch.rows.map((r) => r.id),
    );
    assertSameContent(batch, existing);
    const fresh = batch.rows.filter((r) => !existing.has(r.id));
    return batch.outcome(fresh, fresh.length === 0 ? 0 : await batch.create(tx, fresh, checking));
  };
  return cmd.writeExpectingNew(batch.auditInput, optimistic, checked);
}

/** Parses a batch sent as `{ [field]: [...] }`: at least one item, at most PROVENANT_MAX_BATCH. */
export function parseBatch<S extends z.ZodType>(ctx: DomainContext, field: string, item: S, input: unknown): Array<z.output<S>> {
  const max = ctx.limits.maxBatch;
  const data = parse(z.object({ [field]: z.array(item).min(1).max(max, `at most ${max} ${field} per call`) }), input);
  return data[field] as Array<z.output<S>>;
}

/** Sends a batch as statements of `size` rows, all at once, in one transaction; sums what each returns. */
export async function inSlices<R>(rows: R[], size: number, send: (slice: R[]) => Promise<number>): Promise<number> {
  return (await sendInSlices(rows, size, send)).reduce((sum, n) => sum + n, 0);
}

/** Sends the rows in slices of `size`, all at once, and returns each slice's answer in order. */
export async function sendInSlices<R, T>(rows: R[], size: number, send: (slice: R[]) => Promise<T>): Promise<T[]> {
  // Neo4j creates the first slice while the driver is still packing the next, where one statement
  // for the whole batch would wait for all of it.
  const slices: Array<Promise<T>> = [];
  for (let i = 0; i < rows.length; i += size) slices.push(send(rows.slice(i, i + size)));
  return allSettledOrFirstFailure(slices);
}

/**
 * Waits for every statement sent together, then fails with the first failure in the order given (a
 * reference check before a constraint violation), so the transaction never ends with one in flight.
 */
export async function allSettledOrFirstFailure<T>(work: Array<Promise<T>>): Promise<T[]> {
  const values: T[] = [];
  for (const settled of await Promise.allSettled(work)) {
    if (settled.status === 'rejected') throw settled.reason;
    values.push(settled.value);
  }
  return values;
}

/** A resend must repeat what was recorded; a record kept before digests were (null) is taken as a resend. */
function assertSameContent<R extends KeyedRecord>(
  batch: { keyField: string; repeat: { what: string; noun: string }; rows: R[] },
  existing: Map<string, string | null>,
): void {
  const conflicting = batch.rows.filter((r) => existing.has(r.id) && (existing.get(r.id) ?? r.digest) !== r.digest);
  if (conflicting.length === 0) return;
  const keys = conflicting.map((r) => keyOf(r.id));
  throw conflict(
    `${batch.keyField}: "${keys[0]}"${keys.length > 1 ? ` and ${keys.length - 1} more` : ''} was already recorded with different content. ` +
      `A resend must repeat ${batch.repeat.what} exactly; record a different ${batch.repeat.noun} under a new key.`,
    { field: batch.keyField, keys: keys.slice(0, 20) },
  );
}

export function assertUnique(field: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DomainError('VALIDATION', `${field}: "${id}" appears twice in one batch.`, { field });
    seen.add(id);
  }
}

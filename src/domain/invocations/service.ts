import { z } from 'zod';
import { intParam } from '../../db/values.js';
import { sha256 } from '../audit/hash.js';
import { bucketDeltas } from '../impact/counts.js';
import { assertNotInFuture } from '../clock.js';
import type { DomainContext } from '../context.js';
import { conflict, DomainError } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { newKey } from '../keys.js';
import { idOf, key, parse, sha256Hex, text, timestamp } from '../validate.js';
import { command, type WriteOutcome } from '../write-path.js';
import type { Tx } from '../../db/database.js';
import { OUTPUT_KINDS, type OutputKind } from './output-kinds.js';
import { invocationQueries, type InvocationTuple, type OutputTuple } from './queries.js';
import { keyOf, nodeId } from '../ids.js';

export const outputInput = z.object({
  key: key.optional(),
  outputKind: z.enum(OUTPUT_KINDS).default('TEXT'),
  contentDigest: sha256Hex.optional(),
  summary: text(2000).optional(),
  decision: text(200).optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export const invocationInput = z.object({
  key: key.optional(),
  release: idOf('Release'),
  startedAt: timestamp,
  latencyMs: z.number().min(0).max(86_400_000).optional(),
  costUsd: z.number().min(0).max(1_000_000).optional(),
  inputDigest: sha256Hex.optional(),
  retrievedDocuments: z.array(text(500)).max(100).default([]),
  outputs: z.array(outputInput).min(1, 'an invocation produces at least one output').max(20),
});

/** One invocation as the service prepared it: its content, its start and the digest a resend must match. */
interface InvocationRow {
  id: string;
  release: string;
  startedAt: Date;
  latencyMs: number | null;
  costUsd: number | null;
  inputDigest: string | null;
  retrievedDocuments: string[];
  outputs: Array<{
    id: string;
    outputKind: OutputKind;
    contentDigest: string | null;
    summary: string | null;
    decision: string | null;
    confidence: number | null;
  }>;
  digest: string;
}

/**
 * Rows per invocations-create statement. A batch goes out as several statements in one transaction,
 * so Neo4j works on one slice while the next is packed; at 250, a 5,000-row batch is twenty statements.
 */
const CREATE_SLICE_ROWS = 250;

export interface InvocationBatchResult {
  invocationIds: string[];
  outputIds: string[];
  /** How many invocations (and their outputs) this call created; resent ones are not counted. */
  createdInvocations: number;
  createdOutputs: number;
}

/**
 * Records many invocations with their outputs in one transaction. Invocation keys make a resend
 * idempotent (the same ids back, nothing created); a key already recorded with different content is
 * a CONFLICT. A batch with any bad row is refused whole.
 */
export async function recordInvocations(ctx: DomainContext, input: unknown): Promise<InvocationBatchResult> {
  const cmd = command(ctx, 'invocation.record');
  const data = parse(
    z.object({
      invocations: z.array(invocationInput).min(1).max(ctx.limits.maxBatch, `at most ${ctx.limits.maxBatch} invocations per call`),
    }),
    input,
  );
  const now = ctx.now();
  const rows = data.invocations.map((inv, i) => {
    assertNotInFuture(now, `invocations.${i}.startedAt`, inv.startedAt);
    const invocationKey = inv.key ?? newKey(now);
    const content = {
      release: inv.release,
      startedAt: inv.startedAt.toISOString(),
      latencyMs: inv.latencyMs ?? null,
      costUsd: inv.costUsd ?? null,
      inputDigest: inv.inputDigest ?? null,
      retrievedDocuments: inv.retrievedDocuments,
      outputs: inv.outputs.map((o, j) => ({
        id: nodeId('Output', o.key ?? `${invocationKey}.${j + 1}`),
        outputKind: o.outputKind,
        contentDigest: o.contentDigest ?? null,
        summary: o.summary ?? null,
        decision: o.decision ?? null,
        confidence: o.confidence ?? null,
      })),
    };
    // The digest covers what a resend must repeat exactly: the invocation and every output, ids
    // included. `content` is built field by field above, so its JSON has one fixed key order.
    const row: InvocationRow = {
      id: nodeId('Invocation', invocationKey),
      ...content,
      startedAt: inv.startedAt,
      digest: sha256(JSON.stringify(content)),
    };
    return row;
  });
  assertUnique(
    'invocations.key',
    rows.map((r) => r.id),
  );
  assertUnique(
    'outputs.key',
    rows.flatMap((r) => r.outputs.map((o) => o.id)),
  );

  const ids = rows.map((r) => r.id);
  const releases = [...new Set(rows.map((r) => r.release))];
  // Most batches are new: the first attempt creates without looking for what exists. A resend makes
  // the unique id constraint refuse it, and the second attempt looks the batch up under the releases'
  // lock, so a concurrent resend of the same batch also waits, finds it and creates nothing.
  const references = rows.map((r, i) => ({
    field: `invocations.${i}.release`,
    id: r.release,
    types: ['Release' as const],
    usedAt: { field: `invocations.${i}.startedAt`, at: r.startedAt },
  }));
  const outcome = (fresh: number, outputs: number): WriteOutcome<InvocationBatchResult> => ({
    result: {
      invocationIds: ids,
      outputIds: rows.flatMap((r) => r.outputs.map((o) => o.id)),
      createdInvocations: fresh,
      createdOutputs: outputs,
    },
    targets: fresh > 0 ? releases : [],
  });
  const create = async (tx: Tx, fresh: typeof rows): Promise<number> => {
    // One statement per slice, all sent at once: Neo4j creates the first slice while the driver is
    // still packing the next, where one statement for the whole batch would wait for all of it.
    const slices: Array<Promise<number>> = [];
    for (let i = 0; i < fresh.length; i += CREATE_SLICE_ROWS)
      slices.push(createSlice(tx, fresh.slice(i, i + CREATE_SLICE_ROWS), ctx.principal.id));
    return (await allSettledOrFirstFailure(slices)).reduce((sum, n) => sum + n, 0);
  };

  // Most batches are new: the first attempt creates without looking for what exists, and checks the
  // references in the same breath (both statements go out together; a failed check rolls the
  // creation back with the transaction). A resend makes the unique id constraint refuse it, and the
  // second attempt looks the batch up under the releases' lock, so a concurrent resend of the same
  // batch also waits, finds it and creates nothing.
  const optimistic = async (tx: Tx) => {
    const [, created] = await allSettledOrFirstFailure([requireNodes(tx, references).then(() => 0), create(tx, rows)]);
    return outcome(rows.length, created);
  };
  const checked = async (tx: Tx) => {
    await requireNodes(tx, references);
    const existing = await recordedDigests(tx, releases, ids);
    assertSameContent(rows, existing);
    const fresh = rows.filter((r) => !existing.has(r.id));
    return outcome(fresh.length, await create(tx, fresh));
  };
  return cmd.writeExpectingNew({ count: rows.length, ids }, optimistic, checked);
}

/**
 * Creates one slice of new invocations and adds them to their releases' impact counts. Each row goes
 * to Cypher as a positional list (invocations-create.cypher names the positions) with its start as
 * epoch milliseconds: the driver then packs no field names and no temporal structure per row, which
 * was most of its work on a large batch.
 */
async function createSlice(tx: Tx, slice: InvocationRow[], actor: string): Promise<number> {
  const buckets = bucketDeltas(
    slice.map((row) => ({
      release: row.release,
      at: row.startedAt,
      outputs: row.outputs.length,
      decisions: row.outputs.filter((o) => o.outputKind === 'DECISION').length,
    })),
  );
  const rows: InvocationTuple[] = slice.map((r) => [
    r.id,
    r.release,
    intParam(r.startedAt.getTime()),
    r.latencyMs,
    r.costUsd,
    r.inputDigest,
    r.retrievedDocuments,
    r.digest,
    r.outputs.map((o): OutputTuple => [o.id, o.outputKind, o.contentDigest, o.summary, o.decision, o.confidence]),
  ]);
  const releases = [...new Set(slice.map((r) => r.release))];
  const created = await tx.one(invocationQueries.create, { releases, rows, actor, buckets });
  return Number(created?.outputs ?? 0);
}

/**
 * Waits for every statement sent together, then fails with the first failure in the order given (a
 * reference check before a constraint violation), so the transaction never ends with one in flight.
 */
async function allSettledOrFirstFailure<T>(work: Array<Promise<T>>): Promise<T[]> {
  const values: T[] = [];
  for (const settled of await Promise.allSettled(work)) {
    if (settled.status === 'rejected') throw settled.reason;
    values.push(settled.value);
  }
  return values;
}

/** The batch's invocations already recorded, with the content digest each was recorded with. */
async function recordedDigests(tx: Tx, releases: string[], ids: string[]): Promise<Map<string, string | null>> {
  const recorded = await tx.run(invocationQueries.lock, { releases, ids });
  return new Map(recorded.map((e) => [e.id, e.digest]));
}

/** A resend must repeat what was recorded; an invocation recorded before digests were kept (null) is taken as a resend. */
function assertSameContent(rows: Array<{ id: string; digest: string }>, existing: Map<string, string | null>): void {
  const conflicting = rows.filter((r) => existing.has(r.id) && (existing.get(r.id) ?? r.digest) !== r.digest);
  if (conflicting.length === 0) return;
  const keys = conflicting.map((r) => keyOf(r.id));
  throw conflict(
    `invocations.key: "${keys[0]}"${keys.length > 1 ? ` and ${keys.length - 1} more` : ''} was already recorded with different content. ` +
      'A resend must repeat the invocation and its outputs exactly; record a different invocation under a new key.',
    { field: 'invocations.key', keys: keys.slice(0, 20) },
  );
}

function assertUnique(field: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DomainError('VALIDATION', `${field}: "${id}" appears twice in one batch.`, { field });
    seen.add(id);
  }
}

import { z } from 'zod';
import { intParam } from '../../db/values.js';
import { sha256 } from '../audit/hash.js';
import { bucketDeltas } from '../impact/counts.js';
import { assertNotInFuture } from '../clock.js';
import type { DomainContext } from '../context.js';
import { requireNodes } from '../graph-writes.js';
import { newKey } from '../keys.js';
import { idOf, key, sha256Hex, text, timestamp } from '../validate.js';
import { command } from '../write-path.js';
import type { Tx } from '../../db/database.js';
import { allSettledOrFirstFailure, assertUnique, inSlices, parseBatch, recordKeyedBatch } from '../keyed-batches.js';
import { addSignals, signalBucketMs } from '../signals/aggregates.js';
import {
  invocationObservations,
  invocationSignalContent,
  invocationSignalFields,
  type InvocationSignals,
} from '../signals/invocation-signals.js';
import { OUTPUT_KINDS, type OutputKind } from './output-kinds.js';
import { invocationQueries, type InvocationTuple, type OutputTuple } from './queries.js';
import { nodeId } from '../ids.js';

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
  ...invocationSignalFields,
});

/** One invocation as the service prepared it: its content, its start and the digest a resend must match. */
interface InvocationRow extends InvocationSignals {
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
 * Records many invocations with their outputs in one transaction, and adds their signals (latency,
 * cost, tokens, features, decisions) to their releases' aggregates in the same transaction. Invocation
 * keys make a resend idempotent (the same ids back, nothing created); a key already recorded with
 * different content is a CONFLICT. A batch with any bad row is refused whole.
 */
export async function recordInvocations(ctx: DomainContext, input: unknown): Promise<InvocationBatchResult> {
  const cmd = command(ctx, 'invocation.record');
  const invocations = parseBatch(ctx, 'invocations', invocationInput, input);
  const now = ctx.now();
  const rows = invocations.map((inv, i) => {
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
      // Only when sent, so an invocation recorded before signals existed digests as it did then.
      ...invocationSignalContent(inv, `invocations.${i}`),
    };
    // The digest covers what a resend must repeat exactly: the invocation and every output, ids
    // included. `content` is built field by field above, so its JSON has one fixed key order.
    const row: InvocationRow = {
      id: nodeId('Invocation', invocationKey),
      inputTokens: null,
      outputTokens: null,
      numericFeatures: null,
      categoricalFeatures: null,
      ...content,
      startedAt: inv.startedAt,
      digest: sha256(JSON.stringify(content)),
    };
    return row;
  });
  assertUnique(
    'outputs.key',
    rows.flatMap((r) => r.outputs.map((o) => o.id)),
  );

  const ids = rows.map((r) => r.id);
  const releases = [...new Set(rows.map((r) => r.release))];
  const references = rows.map((r, i) => ({
    field: `invocations.${i}.release`,
    id: r.release,
    types: ['Release' as const],
    usedAt: { field: `invocations.${i}.startedAt`, at: r.startedAt },
  }));
  const bucketMs = signalBucketMs(ctx.limits);
  return recordKeyedBatch(cmd, {
    keyField: 'invocations.key',
    repeat: { what: 'the invocation and its outputs', noun: 'invocation' },
    rows,
    auditInput: { count: rows.length, ids },
    check: (tx) => requireNodes(tx, references),
    // Looked up under the releases' lock, so a concurrent resend of the same batch also waits, finds it and creates nothing.
    recorded: async (tx, batchIds) =>
      new Map((await tx.run(invocationQueries.lock, { releases, ids: batchIds })).map((e) => [e.id, e.digest])),
    create: async (tx, fresh) => {
      const [outputs] = await allSettledOrFirstFailure([
        inSlices(fresh, CREATE_SLICE_ROWS, (slice) => createSlice(tx, slice, ctx.principal.id)),
        addSignals(tx, invocationObservations(fresh), bucketMs),
      ]);
      return outputs;
    },
    outcome: (fresh, outputs) => ({
      result: {
        invocationIds: ids,
        outputIds: rows.flatMap((r) => r.outputs.map((o) => o.id)),
        createdInvocations: fresh.length,
        createdOutputs: outputs,
      },
      targets: fresh.length > 0 ? releases : [],
    }),
  });
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
    r.inputTokens === null ? null : intParam(r.inputTokens),
    r.outputTokens === null ? null : intParam(r.outputTokens),
    r.numericFeatures?.map((f) => f.name) ?? null,
    r.numericFeatures?.map((f) => f.value) ?? null,
    r.categoricalFeatures?.map((f) => f.name) ?? null,
    r.categoricalFeatures?.map((f) => f.value) ?? null,
  ]);
  const releases = [...new Set(slice.map((r) => r.release))];
  const created = await tx.one(invocationQueries.create, { releases, rows, actor, buckets });
  return Number(created?.outputs ?? 0);
}

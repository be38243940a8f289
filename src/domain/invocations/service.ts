import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
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
import { cypher } from '../queries.js';
import { keyOf, nodeId } from '../ids.js';

/** A plain output, or a business decision (a risk flag). */
export const OUTPUT_KINDS = ['TEXT', 'DECISION'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

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
    const { startedAt: _, ...stored } = content;
    // The digest covers what a resend must repeat exactly: the invocation and every output, ids
    // included. `content` is built field by field above, so its JSON has one fixed key order.
    return {
      id: nodeId('Invocation', invocationKey),
      ...stored,
      at: dateTimeParam(inv.startedAt),
      digest: sha256(JSON.stringify(content)),
    };
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
  const record =
    (lookUp: boolean) =>
    async (tx: Tx): Promise<WriteOutcome<InvocationBatchResult>> => {
      await requireNodes(
        tx,
        rows.map((r, i) => ({
          field: `invocations.${i}.release`,
          id: r.release,
          types: ['Release'],
          usedAt: { field: `invocations.${i}.startedAt`, at: data.invocations[i].startedAt },
        })),
      );
      const existing = lookUp ? await recordedDigests(tx, releases, ids) : new Map<string, string | null>();
      assertSameContent(rows, existing);
      const fresh = rows.flatMap((row, i) => (existing.has(row.id) ? [] : [{ row, at: data.invocations[i].startedAt }]));
      const buckets = bucketDeltas(
        fresh.map(({ row, at }) => ({
          release: row.release,
          at,
          outputs: row.outputs.length,
          decisions: row.outputs.filter((o) => o.outputKind === 'DECISION').length,
        })),
      );
      const created =
        fresh.length > 0
          ? await tx.one(cypher.invocationsCreate, { releases, rows: fresh.map((f) => f.row), actor: ctx.principal.id, buckets })
          : null;
      const result: InvocationBatchResult = {
        invocationIds: ids,
        outputIds: rows.flatMap((r) => r.outputs.map((o) => o.id)),
        createdInvocations: fresh.length,
        createdOutputs: Number(created?.outputs ?? 0),
      };
      return { result, targets: fresh.length > 0 ? releases : [] };
    };
  return cmd.writeExpectingNew({ count: rows.length, ids }, record(false), record(true));
}

/** The batch's invocations already recorded, with the content digest each was recorded with. */
async function recordedDigests(tx: Tx, releases: string[], ids: string[]): Promise<Map<string, string | null>> {
  const recorded = await tx.run(cypher.invocationsLock, { releases, ids });
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

import { dateTimeParam, intParam } from '../../db/values.js';
import { documentQueries } from './queries.js';
import { modelKey, type Embedder } from '../../llm/embeddings.js';
import type { DomainContext } from '../context.js';
import { command } from '../write-path.js';
import { embedOrFail } from './embed.js';
import { ensureVectorIndex, vectorIndexDimensions } from './vector-index.js';

export const REEMBED_BATCH = 32;

export interface ReembedProgress {
  done: number;
  total: number;
}

export interface ReembedResult extends ReembedProgress {
  model: string;
  /** The models whose vectors were replaced, with how many chunks each had. */
  replaced: Array<{ modelKey: string; chunks: number }>;
  indexRebuilt: boolean;
}

/**
 * Re-embeds every chunk another model embedded with the configured one, batch by batch (each batch
 * one audited transaction, so an interrupted run resumes where it stopped). When the new model's
 * vectors have other dimensions, the vector index is dropped first and rebuilt at the new size.
 */
export async function reembedChunks(
  ctx: DomainContext,
  embedder: Embedder,
  onProgress: (p: ReembedProgress) => void = () => {},
): Promise<ReembedResult> {
  // Re-embedding rewrites what version registration derived, so it is audited under the same action.
  const cmd = command(ctx, 'version.register');
  const key = modelKey(embedder.model);
  const replaced = (await ctx.db.readQuery(documentQueries.chunksForeignModel, { modelKey: key })).map((r) => ({
    modelKey: String(r.modelKey),
    chunks: Number(r.chunks),
  }));
  const total = replaced.reduce((n, r) => n + r.chunks, 0);
  let done = 0;
  let indexRebuilt = false;
  onProgress({ done, total });
  while (done < total) {
    const batch = await ctx.db.readQuery(documentQueries.chunksReembedBatch, { modelKey: key, limit: intParam(REEMBED_BATCH) });
    if (batch.length === 0) break;
    const vectors = await embedOrFail(
      embedder,
      batch.map((r) => String(r.text)),
      'passage',
    );
    const dimensions = await vectorIndexDimensions(ctx.db);
    if (dimensions !== undefined && dimensions !== vectors[0].length) {
      await ctx.db.write((tx) => tx.run(documentQueries.chunkVectorIndexDrop));
      indexRebuilt = true;
    }
    const rows = batch.map((r, i) => ({ id: String(r.id), embedding: vectors[i] }));
    await cmd.write({ reembed: true, model: key, chunks: rows.map((r) => r.id) }, async (tx, now) => {
      await tx.run(documentQueries.chunksReembedSet, {
        rows,
        model: embedder.model.name,
        modelVersion: embedder.model.version,
        modelKey: key,
        at: dateTimeParam(now),
      });
      return { result: null, targets: rows.map((r) => r.id) };
    });
    done += rows.length;
    onProgress({ done, total });
  }
  if (total > 0) {
    const probe = await embedOrFail(embedder, ['dimensions'], 'passage');
    await ensureVectorIndex(ctx.db, probe[0].length);
  }
  return { done, total, model: key, replaced, indexRebuilt };
}

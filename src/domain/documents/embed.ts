import type { Database } from '../../db/database.js';
import { documentQueries } from './queries.js';
import { EmbeddingError, modelKey, type Embedder, type EmbeddingUse } from '../../llm/embeddings.js';
import { DomainError } from '../errors.js';

/** The embedding endpoint (or the local model) failed: nothing was written, and the caller may retry. */
export function embeddingUnavailable(err: unknown): DomainError {
  const detail = err instanceof Error ? err.message : String(err);
  return new DomainError(
    'UNAVAILABLE',
    `The embedding model could not be reached (${detail.slice(0, 300)}); nothing was written. Retry, or check the embedding configuration.`,
    {
      cause: err instanceof EmbeddingError ? 'embeddings' : 'embedding-server',
    },
  );
}

export async function embedOrFail(embedder: Embedder, texts: string[], use: EmbeddingUse): Promise<number[][]> {
  try {
    return await embedder.embed(texts, use);
  } catch (err) {
    throw embeddingUnavailable(err);
  }
}

/**
 * Vectors for passages: reused from chunks this model already embedded with the same text (a new
 * version re-embeds only what changed), the rest from the model. Runs outside any transaction.
 */
export async function passageVectors(
  db: Database,
  embedder: Embedder,
  items: Array<{ text: string; textDigest: string }>,
): Promise<number[][]> {
  const key = modelKey(embedder.model);
  const known = new Map<string, number[]>();
  const rows = await db.readQuery(documentQueries.chunkVectorReuse, {
    digests: [...new Set(items.map((i) => i.textDigest))],
    modelKey: key,
  });
  for (const r of rows) if (Array.isArray(r.embedding)) known.set(String(r.digest), r.embedding.map(Number));
  const missing = items.filter((i) => !known.has(i.textDigest));
  const fresh =
    missing.length === 0
      ? []
      : await embedOrFail(
          embedder,
          missing.map((i) => i.text),
          'passage',
        );
  missing.forEach((item, i) => known.set(item.textDigest, fresh[i]));
  return items.map((i) => known.get(i.textDigest) ?? []);
}

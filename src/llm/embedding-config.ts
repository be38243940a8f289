import { z } from 'zod';

/** Most texts sent to the embeddings endpoint in one request. */
export const EMBEDDING_BATCH_MAX = 256;

const schema = z.object({
  PROVENANT_EMBEDDING_MODEL: z.string().min(1).max(200).optional(),
  PROVENANT_EMBEDDING_MODEL_VERSION: z.string().min(1).max(100).default('unversioned'),
  PROVENANT_EMBEDDING_BASE_URL: z.string().url().optional(),
  PROVENANT_EMBEDDING_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  PROVENANT_EMBEDDING_BATCH: z.coerce.number().int().min(1).max(EMBEDDING_BATCH_MAX).default(16),
  PROVENANT_LOCAL_EMBEDDING_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

/** An OpenAI-compatible `/v1/embeddings` endpoint, or the project's local model (started on demand). */
export type EmbeddingConfig =
  | { kind: 'remote'; baseUrl?: string; apiKey: string; model: string; version: string; batch: number }
  /** `port` only when PROVENANT_LOCAL_EMBEDDING_PORT names it; else the server picks its own (src/embeddings/local/server.ts). */
  | { kind: 'local'; port?: number; batch: number };

export class EmbeddingConfigError extends Error {}

/**
 * Remote when PROVENANT_EMBEDDING_MODEL is set (endpoint PROVENANT_EMBEDDING_BASE_URL, else
 * OPENAI_BASE_URL, else OpenAI's own; key PROVENANT_EMBEDDING_API_KEY, else OPENAI_API_KEY);
 * otherwise the local model. A chat endpoint alone (OPENAI_BASE_URL) does not switch embeddings.
 */
export function loadEmbeddingConfig(env: NodeJS.ProcessEnv = process.env): EmbeddingConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new EmbeddingConfigError(
      `invalid embedding configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const e = parsed.data;
  if (!e.PROVENANT_EMBEDDING_MODEL) return { kind: 'local', port: e.PROVENANT_LOCAL_EMBEDDING_PORT, batch: e.PROVENANT_EMBEDDING_BATCH };
  return {
    kind: 'remote',
    baseUrl: e.PROVENANT_EMBEDDING_BASE_URL ?? e.OPENAI_BASE_URL,
    // Local OpenAI-compatible servers accept any key; the SDK insists on one.
    apiKey: e.PROVENANT_EMBEDDING_API_KEY ?? e.OPENAI_API_KEY ?? 'not-needed',
    model: e.PROVENANT_EMBEDDING_MODEL,
    version: e.PROVENANT_EMBEDDING_MODEL_VERSION,
    batch: e.PROVENANT_EMBEDDING_BATCH,
  };
}

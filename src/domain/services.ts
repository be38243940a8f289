import type { Config } from '../config.js';
import { llmClientOf } from '../llm/client.js';
import { embedderFor } from '../llm/embeddings.js';
import type { Services } from './context.js';

/** The chat model, the embedder and the bounds a process's operations share, built once at start from its configuration. */
export function servicesFrom(config: Pick<Config, 'llm' | 'embedding' | 'limits'>, log?: (line: string) => void): Services {
  return { llm: llmClientOf(config.llm), embedder: embedderFor(config.embedding, log), limits: config.limits };
}

import type { Limits } from '../config.js';
import type { Database } from '../db/database.js';
import type { LlmClient } from '../llm/client.js';
import type { Embedder } from '../llm/embeddings.js';
import type { Principal } from './permissions/principal.js';
import type { ProvNamespace } from './prov/model.js';

/** The bounds every domain operation reads; declared once, with the configuration that sets them. */
export type { Limits };

/**
 * What every domain operation needs: the database, the chat model and the embedder (built once at
 * start from the configuration), who is acting, the clock, and the request's correlation id.
 */
export interface DomainContext {
  db: Database;
  /** The chat model the narrator and `ask` use (PROVENANT_LLM_MODEL); null: their deterministic paths answer. */
  llm: LlmClient | null;
  /** What embeds document passages and retrieval queries. */
  embedder: Embedder;
  principal: Principal;
  now: () => Date;
  requestId: string;
  limits: Limits;
  /** The namespace PROV exports put ids under (config); the documented default when absent. */
  prov?: ProvNamespace;
}

/** What every operation of a process shares (services.ts builds it from the configuration at start). */
export type Services = Pick<DomainContext, 'llm' | 'embedder' | 'limits'>;

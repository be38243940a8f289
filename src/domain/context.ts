import type { Database } from '../db/database.js';
import type { Principal } from './permissions/principal.js';
import type { ProvNamespace } from './prov/model.js';

export interface Limits {
  lineageMaxDepth: number;
  lineageMaxNodes: number;
  /** Most downstream nodes `impact` counts before it answers truncated. */
  impactMaxNodes: number;
  /** Most model versions a provenance answer follows (the pinned one and the bases it derives from). */
  provenanceMaxChain: number;
  maxBatch: number;
  /** Most tool calls one `ask` may make (PROVENANT_ASK_MAX_TOOL_CALLS); past it the answer says the bound was hit. */
  askMaxToolCalls: number;
  /** Longest one `ask` may take, in ms (PROVENANT_ASK_TIMEOUT_MS), tool calls and model turns together. */
  askTimeoutMs: number;
}

/** What every domain operation needs: the database, who is acting, the clock, and the request's correlation id. */
export interface DomainContext {
  db: Database;
  principal: Principal;
  now: () => Date;
  requestId: string;
  limits: Limits;
  /** The namespace PROV exports put ids under (config); the documented default when absent. */
  prov?: ProvNamespace;
}

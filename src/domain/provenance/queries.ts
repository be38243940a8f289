import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At, Iso, NodeRow } from '../query-types.js';

/** An output's bill of materials. */
export const provenanceQueries = {
  provenance: defineQuery<
    { id: string; view: At; maxChain: Integer },
    {
      output: NodeRow;
      invocation: NodeRow;
      release: NodeRow;
      pinned: NodeRow[];
      modelChain: Array<NodeRow & { trainingRuns: Array<NodeRow & { used: NodeRow[] }> }>;
      truncated: boolean;
      servedBy: Array<{ id: string; system: string; environment: string; since: Iso; until: Iso | null }>;
      approvals: NodeRow[];
      evaluations: NodeRow[];
    }
  >('provenance'),
};

import type { Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../../db/named-query.js';
import type { At, AtOrNull, Iso, NodeRow } from '../query-types.js';

/** Relationship links as createLinks sends them. */
interface LinkParam {
  type: string;
  from: string;
  to: string;
  role: string | null;
}

/** Reading, naming, linking and retracting nodes of any kind. */
export const nodeQueries = {
  get: defineQuery<{ ids: string[] }, { n: NodeRow }>('nodes-get'),
  kinds: defineQuery<{ ids: string[] }, { id: string; kind: string | null; retractedAt: Iso | null; createdAt: Iso | null }>('nodes-kinds'),
  list: defineQuery<
    {
      kind: string;
      parent: string | null;
      createdAfter: AtOrNull;
      createdBefore: AtOrNull;
      includeRetracted: boolean;
      filters: Array<{ property: string; value: unknown }>;
      cursorAt: AtOrNull;
      cursorId: string | null;
      limit: Integer;
    },
    { n: NodeRow }
  >('nodes-list'),
  mergeNamed: defineQuery<
    { id: string; label: string; props: Row; at: At; actor: string; requestId: string },
    { n: NodeRow; created: boolean }
  >('named-node-merge'),
  retract: defineQuery<{ id: string; at: At; actor: string; reason: string }, { n: NodeRow }>('node-retract'),
  createLinks: defineQuery<{ links: LinkParam[]; at: At }, { created: number }>('links-create'),
  graphHasNodes: defineQuery<Record<string, never>, { id: string }>('graph-has-nodes'),
};

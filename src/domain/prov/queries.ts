import { defineQuery, type Row } from '../../db/named-query.js';
import type { NodeType } from '../kinds.js';
import type { AtOrNull, Iso } from '../query-types.js';

/** What a PROV export adds to an answer: activity times and agents. */
export const provQueries = {
  details: defineQuery<
    { ids: string[]; agentKinds: NodeType[]; asOf: AtOrNull },
    {
      times: Array<{ id: string; startedAt: Iso; endedAt: Iso | null }>;
      agents: Row[];
      links: Array<{ from: string; to: string; type: string; since: Iso | null }>;
    }
  >('prov-details'),
};

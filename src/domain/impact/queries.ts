import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At, AtOrNull, Iso, NodeRow } from '../query-types.js';

/** What lies downstream of a node, counted by kind. */
export const impactQueries = {
  impact: defineQuery<
    {
      id: string;
      asOf: AtOrNull;
      until: At;
      topWidth: Integer;
      ranges: Array<{ width: Integer; from: Integer; to: Integer }>;
      restFrom: AtOrNull;
      releaseUsers: readonly string[];
      depth: Integer;
      limit: Integer;
      sample: Integer;
    },
    {
      startId: string;
      startCreatedAt: Iso;
      capped: boolean;
      groups: Array<{ kind: string; total: number; decisions: number; sample: NodeRow[] }>;
    }
  >('impact'),
};

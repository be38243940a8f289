import type { DateTime } from 'neo4j-driver';
import { defineQuery } from '../src/db/named-query.js';

/** A DateTime as read back: an ISO-8601 string (src/db/values.ts toPlain). */
type Iso = string;
type At = DateTime<number>;

/** The seed's own named queries (cypher/queries/seed-load-*.cypher): the record of a demo load's progress. */
export const seedCypher = {
  seedLoadGet: defineQuery<{ prefix: string }, { start: Iso; startedAt: Iso; finishedAt: Iso | null }>('seed-load-get'),
  seedLoadBegin: defineQuery<{ prefix: string; start: At; now: At }, { start: Iso }>('seed-load-begin'),
  seedLoadFinish: defineQuery<{ prefix: string; now: At }, { finishedAt: Iso }>('seed-load-finish'),
};

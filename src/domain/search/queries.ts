import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { NodeRow } from '../query-types.js';

/** Full-text search over nodes. */
export const searchQueries = {
  search: defineQuery<{ text: string; limit: Integer }, { n: NodeRow; score: number }>('search'),
};

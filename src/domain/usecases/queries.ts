import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At, NodeRow } from '../query-types.js';

/** Use cases: what was decided for them, read from the systems that serve them. */
export const useCaseQueries = {
  systemDecisions: defineQuery<{ system: string; view: At; useCases: Integer; limit: Integer }, { n: NodeRow }>(
    'system-strategy-decisions',
  ),
};

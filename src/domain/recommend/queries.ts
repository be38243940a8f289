import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At } from '../query-types.js';
import type { EvidenceRow } from './evidence-rows.js';

/** The evidence a strategy recommendation weighs. */
export const recommendQueries = {
  evidence: defineQuery<
    {
      useCase: string;
      view: At;
      freshFrom: At;
      systems: Integer;
      releases: Integer;
      evaluations: Integer;
      events: Integer;
      decisions: Integer;
    },
    EvidenceRow
  >('recommend-evidence'),
};

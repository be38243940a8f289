import type { Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../../db/named-query.js';
import type { AtOrNull, Iso } from '../query-types.js';

/** A lineage node as lineage.cypher sends it: positional, which the driver decodes twice as fast as a map. */
export type LineageNodeTuple = [
  id: string,
  kind: string,
  name: unknown,
  version: unknown,
  parent: unknown,
  classification: unknown,
  createdAt: string | null,
  labelFacts: Row | null,
  retractedAt: string | null,
];

/** A lineage edge as lineage.cypher sends it. */
export type LineageEdgeTuple = [from: string, to: string, type: string, role: string | null];

/** The bounded lineage traversal. */
export const lineageQueries = {
  lineage: defineQuery<
    { id: string; direction: string; depth: Integer; limit: Integer; slice: Integer; asOf: AtOrNull },
    { startId: string; startCreatedAt: Iso; visited: number; nodes: LineageNodeTuple[]; edges: LineageEdgeTuple[] }
  >('lineage'),
};

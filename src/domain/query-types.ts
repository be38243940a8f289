import type { DateTime } from 'neo4j-driver';
import type { Row } from '../db/named-query.js';

/**
 * Each feature declares the named queries it runs in its own `queries.ts`: one entry per file under
 * cypher/queries, with its parameters and the row its RETURN clause yields (defineQuery). Call sites
 * pass an entry (`tx.one(aliasQueries.lock, {...})`), so a misspelt name or a missing parameter fails
 * the type check, and "find references" on an entry shows every caller. A unit test keeps the entries
 * and the files one to one. These are the types the tables share.
 */

/** A DateTime parameter (values.ts dateTimeParam). */
export type At = DateTime<number>;
/** A nullable DateTime parameter. */
export type AtOrNull = At | null;
/** A DateTime as read back: an ISO-8601 string (values.ts toPlain). */
export type Iso = string;
/** A stored node's properties (a node row, as returned by `RETURN n`): every node has an id and a kind. */
export type NodeRow = Row & { id: string; kind: string };

/**
 * Parameters sent in one map. Neo4j caches a statement's plan per size bucket (0, 1, 10, 100, 1000, …)
 * of each list and string parameter, so a statement whose lists or texts vary in size is planned again
 * for every new bucket, at hundreds of ms of CPU for a large statement, and a statement that runs while
 * holding contended locks plans inside them. A map's contents are not bucketed: one plan serves every size.
 */
export type InOneMap<Name extends string, P> = { [K in Name]: P };

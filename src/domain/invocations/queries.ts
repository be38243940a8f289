import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { BucketDelta } from '../impact/counts.js';
import type { OutputKind } from './output-kinds.js';

/** An output as invocations-create.cypher reads it (positions named there). */
export type OutputTuple = [
  id: string,
  outputKind: OutputKind,
  contentDigest: string | null,
  summary: string | null,
  decision: string | null,
  confidence: number | null,
];

/** An invocation as invocations-create.cypher reads it: its start is epoch milliseconds. */
export type InvocationTuple = [
  id: string,
  release: string,
  startedAtMs: Integer,
  latencyMs: number | null,
  costUsd: number | null,
  inputDigest: string | null,
  retrievedDocuments: string[],
  digest: string,
  outputs: OutputTuple[],
  inputTokens: Integer | null,
  outputTokens: Integer | null,
  numericFeatureNames: string[] | null,
  numericFeatureValues: number[] | null,
  categoricalFeatureNames: string[] | null,
  categoricalFeatureValues: string[] | null,
];

/** Recording invocations and their outputs in batches. */
export const invocationQueries = {
  lock: defineQuery<{ releases: string[]; ids: string[] }, { id: string; digest: string | null }>('invocations-lock'),
  create: defineQuery<{ releases: string[]; rows: InvocationTuple[]; actor: string; buckets: BucketDelta[] }, { outputs: number }>(
    'invocations-create',
  ),
};

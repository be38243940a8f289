import { randomInt } from 'node:crypto';
import type { Integer } from 'neo4j-driver';
import { DEFAULT_SIGNAL_BUCKET_MS, type Limits } from '../../config.js';
import type { Tx } from '../../db/database.js';
import { intParam } from '../../db/values.js';
import { binCount, binIndex, encodeBins, type BinSpec } from './bins.js';
import type { AggregateType } from './names.js';
import { signalQueries, type AggregateDelta } from './queries.js';

/**
 * Aggregate nodes per (subject, bucket, signal, category): each batch adds to one of this many shards,
 * so concurrent batches for one release touch different nodes instead of queueing on one; reads sum
 * the shards.
 */
export const SIGNAL_SHARDS = 8;

/**
 * The shard the next batch of this process adds to: they take turns, from a random start per process.
 * Drawn at random, two of four concurrent batches shared a shard more often than not (1 − 8·7·6·5/8⁴ ≈
 * 59 %), and the second then waited for the first's commit; in turn, batches in flight together in one
 * process never share one until more than SIGNAL_SHARDS are.
 */
let nextShard = randomInt(SIGNAL_SHARDS);
function takeShard(): number {
  const shard = nextShard;
  nextShard = (nextShard + 1) % SIGNAL_SHARDS;
  return shard;
}

/** The configured bucket width (ms). */
export const signalBucketMs = (limits: Pick<Limits, 'signalBucketMs'>): number => limits.signalBucketMs ?? DEFAULT_SIGNAL_BUCKET_MS;

/** One value of one signal, as a write adds it to the aggregate of its subject (a release, or a system for system-wide KPIs). */
export type Observation = {
  subject: string;
  signal: string;
  /** When it happened (its node's createdAt), epoch ms: which bucket it falls in. */
  at: number;
} & (
  | { type: 'COUNT' }
  | { type: 'NUMERIC'; value: number; bins: BinSpec }
  | { type: 'CATEGORICAL'; category: string }
  | { type: 'BOOLEAN'; value: boolean }
);

/**
 * The order in which a transaction locks aggregates: writers add their deltas in it, and the fold
 * (fold.ts) locks a bucket's shards in it, so neither waits on the other in a cycle.
 */
export const aggregateLockOrder = (subject: string, start: number, signal: string, category: string): string =>
  JSON.stringify([subject, start, signal, category]);

/** The category an aggregate of a numeric or count signal is kept under. */
const NO_CATEGORY = '';

/**
 * A batch's additions, one row per (subject, bucket, signal, category), sorted by that key: two
 * transactions that touch the same aggregates then lock them in the same order and cannot deadlock.
 */
export function aggregateDeltas(observations: Observation[], bucketMs: number): AggregateDelta[] {
  const sums = new Map<string, Sum>();
  for (const o of observations) {
    const start = Math.floor(o.at / bucketMs) * bucketMs;
    const category = o.type === 'CATEGORICAL' ? o.category : o.type === 'BOOLEAN' ? String(o.value) : NO_CATEGORY;
    const key = aggregateLockOrder(o.subject, start, o.signal, category);
    let sum = sums.get(key);
    if (!sum) {
      sum = { subject: o.subject, start, signal: o.signal, category, type: o.type, n: 0, sum: 0, sumSq: 0, bins: null };
      if (o.type === 'NUMERIC') sum.bins = { spec: encodeBins(o.bins), counts: new Array<number>(binCount(o.bins)).fill(0) };
      sums.set(key, sum);
    }
    const value = o.type === 'NUMERIC' ? o.value : o.type === 'BOOLEAN' ? Number(o.value) : 0;
    sum.n += 1;
    sum.sum += value;
    sum.sumSq += value * value;
    if (o.type === 'NUMERIC' && sum.bins) sum.bins.counts[binIndex(o.bins, o.value)] += 1;
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, s]) => ({
      subject: s.subject,
      start: intParam(s.start),
      signal: s.signal,
      category: s.category,
      type: s.type,
      n: intParam(s.n),
      sum: s.sum,
      sumSq: s.sumSq,
      ...sparseBins(s.bins?.counts ?? null),
      binSpec: s.bins?.spec ?? null,
    }));
}

/**
 * A histogram's non-empty bins as the aggregate statement takes them: their indices, their counts, and
 * the counts by index (for adding to a stored histogram). A value lands in one bin of 50 to 243, so
 * sending and keeping only the non-empty ones keeps a batch's parameters and an answer's rows small.
 * `bins`: [index, count] pairs in index order, counts above zero (null for a signal without bins).
 */
export function sparseBinParams(bins: Array<[number, number]> | null): Pick<AggregateDelta, 'binIdx' | 'binN' | 'binAt'> {
  if (!bins) return { binIdx: null, binN: null, binAt: null };
  const binIdx: Integer[] = [];
  const binN: Integer[] = [];
  const binAt: Record<string, Integer> = {};
  for (const [i, count] of bins) {
    const n = intParam(count);
    binIdx.push(intParam(i));
    binN.push(n);
    binAt[String(i)] = n;
  }
  return { binIdx, binN, binAt };
}

/** A dense histogram's non-empty bins (sparseBinParams). */
const sparseBins = (counts: number[] | null) =>
  sparseBinParams(counts && counts.flatMap((n, i): Array<[number, number]> => (n === 0 ? [] : [[i, n]])));

interface Sum {
  subject: string;
  start: number;
  signal: string;
  category: string;
  type: AggregateType;
  n: number;
  sum: number;
  sumSq: number;
  bins: { spec: string; counts: number[] } | null;
}

/** Adds observations to their aggregates, in the caller's transaction, on the shard whose turn it is. */
export async function addSignals(tx: Tx, observations: Observation[], bucketMs: number): Promise<number> {
  if (observations.length === 0) return 0;
  const deltas = aggregateDeltas(observations, bucketMs);
  await tx.run(signalQueries.addAggregates, { deltas, width: intParam(bucketMs), shard: intParam(takeShard()) });
  return 0;
}

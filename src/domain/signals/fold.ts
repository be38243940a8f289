import type { Database, Tx } from '../../db/database.js';
import { intParam } from '../../db/values.js';
import { repeatInProcess } from '../schedule.js';
import { SIGNAL_SHARDS, aggregateLockOrder, sparseBinParams } from './aggregates.js';
import type { AggregateType } from './names.js';
import { signalQueries, type AggregateDelta, type CategoryFold, type DueFoldKey, type FoldKey, type TakenShard } from './queries.js';

/**
 * The shard a closed bucket's aggregates are folded into. Writers add to shards 0 to SIGNAL_SHARDS - 1
 * and never to this one, so only the fold writes it; readers sum every shard of a key, this one with
 * whatever shards late arrivals added since.
 */
export const FOLDED_SHARD = -1;

/**
 * Signals counted per category (CATEGORICAL, BOOLEAN): a closed bucket's aggregates of one such signal,
 * all categories together, fold into one node (shard -1, category ''), the categories in parallel lists
 * (catNames sorted, catN), so a folded bucket costs one node per signal however many categories it saw.
 */
export const foldsCategories = (type: AggregateType): boolean => type === 'CATEGORICAL' || type === 'BOOLEAN';

/**
 * A shard the fold has emptied is moved aside to a tombstone key, shard -(2 + 8·t + s) for a fold at t
 * (epoch ms) of shard s, and deleted by a later fold once t is at or before that fold's `settledBy`.
 */
const tombstoneBase = (at: Date): number => -(2 + SIGNAL_SHARDS * at.getTime());
/**
 * The time a fold transaction stamps its tombstones with: never one used before in this process, so a
 * shard re-created by a late writer and emptied again gets a tombstone key of its own.
 */
let lastTombstoneMs = 0;
function tombstoneTime(now: Date): Date {
  lastTombstoneMs = Math.max(now.getTime(), Date.now(), lastTombstoneMs + 1);
  return new Date(lastTombstoneMs);
}

/** The lowest tombstone shard of a fold at or before `at`. */
const settledFrom = (at: Date): number => tombstoneBase(at) - (SIGNAL_SHARDS - 1);

/** Aggregate keys folded per transaction: a few hundred keep each fold's locks few and short. */
export const FOLD_KEYS_PER_TRANSACTION = 500;

export interface FoldResult {
  /** Aggregate keys whose shards were folded. */
  keys: number;
  /** Shard nodes folded (and deleted). */
  shards: number;
}

/**
 * Folds the shards of every bucket that ended by `closedBy` into one aggregate per (subject, bucket,
 * signal, category): the read cost of a bucket becomes one node per signal and category instead of up to
 * SIGNAL_SHARDS. Sums, sums of squares, counts and histogram bins add, so the answers do not change;
 * running it again, or after late arrivals added to shards again, folds only what is new (idempotent).
 *
 * Each transaction locks the shards it folds in the writers' key order (signal-fold-lock.cypher), reads
 * them only then, adds their sums to the folded aggregate with the writers' own add
 * (signal-aggregates-add.cypher, on FOLDED_SHARD; categorical and boolean signals: foldCategories), and empties them and moves them aside to tombstone
 * keys (signal-fold-take.cypher): a writer that found a shard just before waits for the fold's lock and
 * then adds to the tombstone, which readers sum like any shard; a writer that comes later creates the
 * shard afresh. So no row is lost, and no writer meets a deleted node. Tombstones made at or before
 * `settledBy` (a grace ago: no writer still waits on one) are folded and deleted, so a bucket ends as
 * one aggregate per signal and category after two folds. `closedBy`: the buckets that ended by then. `subjects` (releases, systems)
 * limits it to their aggregates; null folds every subject's.
 */
export async function foldSignalAggregates(
  db: Database,
  t: { closedBy: Date; settledBy: Date; now: Date },
  subjects: string[] | null = null,
): Promise<FoldResult> {
  if (!(t.settledBy < t.now)) throw new Error('foldSignalAggregates: tombstones settle before now');
  const result: FoldResult = { keys: 0, shards: 0 };
  const settled = intParam(settledFrom(t.settledBy));
  for (;;) {
    const due = await db.readQuery(signalQueries.foldDue, {
      closedBy: intParam(t.closedBy.getTime()),
      settledFrom: settled,
      subjects,
      max: intParam(FOLD_KEYS_PER_TRANSACTION),
    });
    if (due.length === 0) return result;
    for (const [width, keys] of byWidth(due)) {
      const shards = await db.write(async (tx) => {
        const params = { keys, width: intParam(width), settledFrom: settled };
        await tx.run(signalQueries.foldLock, params);
        const taken = await tx.run(signalQueries.foldTake, { ...params, tombstone: intParam(tombstoneBase(tombstoneTime(t.now))) });
        const numeric = taken.filter((s) => !foldsCategories(s.type));
        if (numeric.length > 0)
          await tx.run(signalQueries.addAggregates, {
            deltas: foldedDeltas(numeric),
            width: intParam(width),
            shard: intParam(FOLDED_SHARD),
          });
        await foldCategories(
          tx,
          taken.filter((s) => foldsCategories(s.type)),
          width,
        );
        return taken.length;
      });
      result.keys += keys.length;
      result.shards += shards;
    }
  }
}

/**
 * Adds taken shards of categorical and boolean signals to their bucket's one folded aggregate: locks
 * those aggregates (after the shards, in one order), reads what they hold, and sets the sums per
 * category computed here.
 */
async function foldCategories(tx: Tx, shards: TakenShard[], width: number): Promise<void> {
  if (shards.length === 0) return;
  const groups = new Map<string, { first: TakenShard; counts: Map<string, number>; sum: number; sumSq: number }>();
  const add = (key: string, category: string, n: number, sum: number, sumSq: number) => {
    const g = groups.get(key)!;
    g.counts.set(category, (g.counts.get(category) ?? 0) + n);
    g.sum += sum;
    g.sumSq += sumSq;
  };
  for (const s of shards) {
    const key = aggregateLockOrder(s.subject, s.start, s.signal, '');
    if (!groups.has(key)) groups.set(key, { first: s, counts: new Map(), sum: 0, sumSq: 0 });
    add(key, s.category, s.n, s.sum, s.sumSq);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const held = await tx.run(signalQueries.foldCategoriesLock, {
    groups: ordered.map(([, { first: s }]) => ({ subject: s.subject, start: intParam(s.start), signal: s.signal, type: s.type })),
    width: intParam(width),
  });
  for (const h of held) {
    const key = aggregateLockOrder(h.subject, h.start, h.signal, '');
    if (h.perCategory) add(key, '', h.n, h.sum, h.sumSq);
    else for (let j = 0; j < h.catNames.length; j++) add(key, h.catNames[j], h.catN[j], j === 0 ? h.sum : 0, j === 0 ? h.sumSq : 0);
  }
  const folds: CategoryFold[] = ordered.map(([, g]) => {
    const names = [...g.counts.keys()].sort();
    const counts = names.map((name) => g.counts.get(name)!);
    return {
      subject: g.first.subject,
      start: intParam(g.first.start),
      signal: g.first.signal,
      catNames: names,
      catN: counts.map((n) => intParam(n)),
      n: intParam(counts.reduce((a, b) => a + b, 0)),
      sum: g.sum,
      sumSq: g.sumSq,
    };
  });
  await tx.run(signalQueries.foldCategoriesSet, { folds, width: intParam(width) });
}

/** Due keys grouped by bucket width, each group sorted in the writers' lock order. */
function byWidth(due: DueFoldKey[]): Map<number, FoldKey[]> {
  const groups = new Map<number, DueFoldKey[]>();
  for (const k of due) {
    const list = groups.get(k.width);
    if (list) list.push(k);
    else groups.set(k.width, [k]);
  }
  const sorted = new Map<number, FoldKey[]>();
  for (const [width, keys] of groups)
    sorted.set(
      width,
      keys
        .map((k) => ({ order: aggregateLockOrder(k.subject, k.start, k.signal, k.category), k }))
        .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
        .map(({ k }) => ({ subject: k.subject, start: intParam(k.start), signal: k.signal, category: k.category })),
    );
  return sorted;
}

/** The taken shards summed per key, as deltas for the folded aggregate, in the writers' lock order. */
export function foldedDeltas(shards: TakenShard[]): AggregateDelta[] {
  const sums = new Map<string, { first: TakenShard; n: number; sum: number; sumSq: number; bins: Map<number, number> | null }>();
  for (const s of shards) {
    const order = aggregateLockOrder(s.subject, s.start, s.signal, s.category);
    let t = sums.get(order);
    if (!t) sums.set(order, (t = { first: s, n: 0, sum: 0, sumSq: 0, bins: s.binSpec === null ? null : new Map() }));
    t.n += s.n;
    t.sum += s.sum;
    t.sumSq += s.sumSq;
    if (t.bins) for (let i = 0; i < s.binIdx.length; i++) t.bins.set(s.binIdx[i], (t.bins.get(s.binIdx[i]) ?? 0) + s.binN[i]);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => {
      const bins = t.bins && [...t.bins.entries()].sort(([a], [b]) => a - b);
      return {
        subject: t.first.subject,
        start: intParam(t.first.start),
        signal: t.first.signal,
        category: t.first.category,
        type: t.first.type,
        n: intParam(t.n),
        sum: t.sum,
        sumSq: t.sumSq,
        ...sparseBinParams(bins),
        binSpec: t.first.binSpec,
      };
    });
}

export interface FoldSchedule {
  db: Database;
  /** PROVENANT_SIGNAL_FOLD_INTERVAL_MS; 0: no schedule. */
  intervalMs: number;
  /** PROVENANT_SIGNAL_FOLD_GRACE_MS: a bucket is folded once it ended this long ago. */
  graceMs: number;
  now?: () => Date;
  onFolded?: (result: FoldResult) => void;
  onError?: (err: unknown) => void;
}

/** Folds, every `intervalMs` in process, the buckets that ended at least `graceMs` ago; returns the function that stops it. */
export function startSignalFoldSchedule(s: FoldSchedule): () => void {
  const now = s.now ?? (() => new Date());
  return repeatInProcess(s.intervalMs, async () => {
    try {
      const at = now();
      const result = await foldSignalAggregates(s.db, foldTimes(at, s.graceMs));
      if (result.shards > 0) s.onFolded?.(result);
    } catch (err) {
      s.onError?.(err);
    }
  });
}

/** A fold at `now`: buckets that ended a grace ago, and tombstones made a grace ago (at least 1 ms). */
export const foldTimes = (now: Date, graceMs: number) => {
  const past = new Date(now.getTime() - Math.max(graceMs, 1));
  return { closedBy: past, settledBy: past, now };
};

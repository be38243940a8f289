import type { DateTime, Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { Iso } from '../query-types.js';
import type { AggregateType, KpiDirection, ScoreDataType, ScoreSource } from './names.js';

/** What one batch adds to one aggregate (signal-aggregates-add.cypher). */
export interface AggregateDelta {
  subject: string;
  start: Integer;
  signal: string;
  category: string;
  type: AggregateType;
  n: Integer;
  sum: number;
  sumSq: number;
  /** NUMERIC signals: the non-empty bins' indices and counts (parallel lists), and the counts keyed by index. */
  binIdx: Integer[] | null;
  binN: Integer[] | null;
  binAt: Record<string, Integer> | null;
  binSpec: string | null;
}

/** One aggregate, as readBuckets hands it on. */
export interface AggregateRow {
  subject: string;
  start: number;
  signal: string;
  type: AggregateType;
  category: string;
  n: number;
  sum: number;
  sumSq: number;
  /** NUMERIC: the non-empty bins' indices and their counts. */
  bins: { index: number[]; count: number[] } | null;
  binSpec: string | null;
  /**
   * A folded categorical or boolean aggregate (fold.ts): every category it holds and its count (`n`,
   * `sum`, `sumSq` are over all of them; `category` is ''); null on any other aggregate.
   */
  folded: { names: string[]; counts: number[] } | null;
}

/**
 * One subject's aggregates of one signal as signal-buckets.cypher returns them, column by column (entry
 * i of every list is one aggregate; integers come as floats, all exact below 2^53): a few thousand
 * aggregates decode as a few hundred rows of lists instead of as many records of boxed integers and
 * repeated names.
 */
export interface AggregateSeries {
  subject: string;
  signal: string;
  type: AggregateType;
  /** '' for a signal without bins. */
  binSpec: string;
  starts: number[];
  categories: string[];
  ns: number[];
  sums: number[];
  sumSqs: number[];
  binIdx: number[][];
  binN: number[][];
  /** A folded categorical or boolean aggregate's categories and their counts (parallel lists); empty on any other. */
  catNames: string[][];
  catN: number[][];
}

/** A range of bucket starts [from, to) of one subject. */
export interface BucketRange {
  subject: string;
  from: Integer;
  to: Integer;
}

/** An aggregate key (all but the shard) that the fold folds; one bucket width per fold statement. */
export interface FoldKey {
  subject: string;
  start: Integer;
  signal: string;
  category: string;
}

/** A key with shards still to fold, as signal-fold-due.cypher finds it (integers as floats). */
export interface DueFoldKey {
  subject: string;
  width: number;
  start: number;
  signal: string;
  category: string;
}

/** One shard as signal-fold-take.cypher reads it before deleting it (integers as floats). */
export interface TakenShard {
  subject: string;
  start: number;
  signal: string;
  category: string;
  type: AggregateType;
  n: number;
  sum: number;
  sumSq: number;
  binSpec: string | null;
  binIdx: number[];
  binN: number[];
}

/** A categorical or boolean bucket's folded aggregate, as the fold locks and sets it (signal-fold-categories-*.cypher). */
export interface FoldedCategories {
  subject: string;
  start: Integer;
  signal: string;
  type: AggregateType;
}

/** What a folded categorical aggregate holds, as signal-fold-categories-lock.cypher reads it (integers as floats). */
export interface HeldCategories {
  subject: string;
  start: number;
  signal: string;
  /** A node of category '' folded per category (before categories were folded together): `n` is that category's count. */
  perCategory: boolean;
  catNames: string[];
  catN: number[];
  n: number;
  sum: number;
  sumSq: number;
}

/** The folded aggregate's new sums (signal-fold-categories-set.cypher). */
export interface CategoryFold {
  subject: string;
  start: Integer;
  signal: string;
  catNames: string[];
  catN: Integer[];
  n: Integer;
  sum: number;
  sumSq: number;
}

/** A score as signal-scores-create.cypher reads it (its release and data type come from its target and config there). */
export interface ScoreRow {
  id: string;
  target: string;
  name: string;
  value: number | null;
  category: string | null;
  source: ScoreSource;
  comment: string | null;
  at: Integer;
  digest: string;
}

/** A KPI observation as signal-kpis-create.cypher reads it. */
export interface KpiRow {
  id: string;
  system: string;
  release: string | null;
  kpi: string;
  value: number;
  from: Integer;
  to: Integer;
  digest: string;
}

/** What a score or KPI observation refers to, as a check sees it: kind null when it does not exist; createdAt in epoch ms. */
export interface Referent {
  id: string;
  kind: string | null;
  createdAt: number | null;
  parent: string | null;
}

/** What signal-scores-create.cypher reports of one slice of scores. */
export interface CreatedScores {
  created: number;
  /** Each row's target's release ('' for a missing target), in row order. */
  releases: string[];
  /** The targets it refuses: missing, of another kind, or recorded after their score. */
  refused: Referent[];
}

/** What signal-kpis-create.cypher reports: the systems and releases of the rows it refuses (none: every row is fine). */
export interface CreatedKpis {
  created: number;
  refused: Referent[];
}

export interface DefinitionRow {
  id: string;
  kind: 'ScoreConfig' | 'Kpi';
  name: string;
  dataType: ScoreDataType | null;
  min: number | null;
  max: number | null;
  categories: string[] | null;
  unit: string | null;
  direction: KpiDirection | null;
  description: string | null;
}

/** Signals: recording scores and KPIs, and reading the per-release aggregates kept at write time. */
export const signalQueries = {
  addAggregates: defineQuery<{ deltas: AggregateDelta[]; width: Integer; shard: Integer }, { aggregates: number }>('signal-aggregates-add'),
  foldDue: defineQuery<{ closedBy: Integer; settledFrom: Integer; subjects: string[] | null; max: Integer }, DueFoldKey>('signal-fold-due'),
  foldLock: defineQuery<{ keys: FoldKey[]; width: Integer; settledFrom: Integer }, { shards: number }>('signal-fold-lock'),
  foldTake: defineQuery<{ keys: FoldKey[]; width: Integer; settledFrom: Integer; tombstone: Integer }, TakenShard>('signal-fold-take'),
  foldCategoriesLock: defineQuery<{ groups: FoldedCategories[]; width: Integer }, HeldCategories>('signal-fold-categories-lock'),
  foldCategoriesSet: defineQuery<{ folds: CategoryFold[]; width: Integer }, { folded: number }>('signal-fold-categories-set'),
  buckets: defineQuery<{ ranges: BucketRange[]; width: Integer; signals: string[] | null }, AggregateSeries>('signal-buckets'),
  serving: defineQuery<
    { alias: string; from: DateTime<number>; to: DateTime<number>; asOf: DateTime<number>; max: Integer },
    { release: string; since: Iso; until: Iso | null }
  >('signal-serving'),
  referents: defineQuery<{ ids: string[] }, Referent>('signal-referents'),
  definitions: defineQuery<{ ids: string[] }, DefinitionRow>('signal-definitions'),
  recorded: defineQuery<{ ids: string[] }, { id: string; digest: string | null }>('signal-recorded'),
  createScores: defineQuery<{ rows: ScoreRow[]; configs: string[]; actor: string }, CreatedScores>('signal-scores-create'),
  createKpis: defineQuery<{ rows: KpiRow[]; actor: string }, CreatedKpis>('signal-kpis-create'),
};

import type { z } from 'zod';
import { defineKpi, defineScoreConfig, kpiInput, scoreConfigInput } from '../domain/signals/definitions.js';
import { kpiObservationInput, recordTypedKpis, type KpiBatchResult } from '../domain/signals/kpis.js';
import { releaseMetrics, systemMetrics, type BucketSummary, type Metrics, type Serving } from '../domain/signals/metrics.js';
import { KPI_DIRECTIONS, SCORE_DATA_TYPES, SCORE_SOURCES } from '../domain/signals/names.js';
import { recordTypedScores, scoreInput, type ScoreBatchResult } from '../domain/signals/scores.js';
import type { CategoryCount, Interval, KpiSummary, MetricsSummary, ScoreSummary } from '../domain/signals/summaries.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { priced } from './cost.js';
import { sameFields } from './input-check.js';
import { nodeRef, registeredPayload } from './node-type.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

const ScoreDataType = builder.enumType('ScoreDataType', { values: SCORE_DATA_TYPES });
const ScoreSource = builder.enumType('ScoreSource', { values: SCORE_SOURCES });
const KpiDirection = builder.enumType('KpiDirection', { values: KPI_DIRECTIONS });

/** An input object without GraphQL's explicit nulls (withoutNulls), typed: a field that may be null becomes optional. */
type Present<T> = { [K in keyof T as null extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as null extends T[K] ? K : never]?: Exclude<T[K], null | undefined>;
};
const present = <T extends object>(input: T): Present<T> => withoutNulls(input) as Present<T>;

/** A metrics answer reads at most MAX_WINDOW_BUCKETS buckets per release: priced like a few provenance reads. */
const METRICS_COST = 500;

export const ScoreConfig = nodeRef('ScoreConfig', 'What a score of this name must be: its data type and allowed range or categories.');
export const Score = nodeRef(
  'Score',
  'A score given to an output or an invocation: user feedback, a grader, human review or a system check.',
);
export const Kpi = nodeRef('Kpi', 'A business KPI: its unit and which direction is better.');
export const KpiObservation = nodeRef('KpiObservation', 'A KPI value observed for a system (optionally one release) over a time window.');

builder.objectFields(ScoreConfig, (t) => ({
  name: t.exposeString('name'),
  dataType: t.expose('dataType', { type: ScoreDataType }),
  min: t.exposeFloat('min'),
  max: t.exposeFloat('max'),
  categories: t.exposeStringList('categories'),
  description: t.exposeString('description'),
}));

builder.objectFields(Score, (t) => ({
  targetId: t.exposeString('parent', { description: 'The output or invocation scored.' }),
  releaseId: t.exposeString('release'),
  name: t.exposeString('name'),
  dataType: t.expose('dataType', { type: ScoreDataType }),
  value: t.exposeFloat('value', { description: 'NUMERIC: the value; BOOLEAN: 1 or 0.' }),
  stringValue: t.exposeString('category', { description: 'CATEGORICAL: the category; BOOLEAN: "true" or "false".' }),
  source: t.expose('source', { type: ScoreSource }),
  comment: t.exposeString('comment'),
}));

builder.objectFields(Kpi, (t) => ({
  name: t.exposeString('name'),
  unit: t.exposeString('unit'),
  direction: t.expose('direction', { type: KpiDirection }),
  description: t.exposeString('description'),
}));

builder.objectFields(KpiObservation, (t) => ({
  systemId: t.exposeString('parent'),
  releaseId: t.exposeString('release'),
  kpi: t.exposeString('kpi'),
  value: t.exposeFloat('value'),
  windowStart: t.expose('windowStart', { type: DateTime }),
  windowEnd: t.expose('windowEnd', { type: DateTime }),
}));

const ScoreConfigInput = builder.inputType('DefineScoreConfigInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'The score name; the id becomes "scoreconfig:<name>".' }),
    dataType: t.field({ type: ScoreDataType, required: true }),
    min: t.float({ description: 'NUMERIC: the least allowed value.' }),
    max: t.float({ description: 'NUMERIC: the greatest allowed value.' }),
    categories: t.stringList({ description: 'CATEGORICAL: the allowed categories.' }),
    description: t.string(),
  }),
});
sameFields<typeof ScoreConfigInput.$inferInput, z.input<typeof scoreConfigInput>>(true);

const KpiInput = builder.inputType('DefineKpiInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'The KPI name; the id becomes "kpi:<name>".' }),
    unit: t.string({ required: true }),
    direction: t.field({ type: KpiDirection, required: true, description: 'Which way is better.' }),
    description: t.string(),
  }),
});
sameFields<typeof KpiInput.$inferInput, z.input<typeof kpiInput>>(true);

const ScoreInput = builder.inputType('ScoreInput', {
  fields: (t) => ({
    key: t.string({ description: 'Client key; resending a score with the same key does nothing.' }),
    target: t.id({ required: true, description: 'The output or invocation scored.' }),
    name: t.string({ required: true, description: 'A defined score config.' }),
    value: t.float({ description: 'NUMERIC: within the config range; BOOLEAN: 1 (true) or 0 (false).' }),
    stringValue: t.string({ description: 'CATEGORICAL: one of the config categories.' }),
    source: t.field({ type: ScoreSource, required: true }),
    at: t.field({ type: DateTime, required: true, description: 'When it was given: not before its target, not in the future.' }),
    comment: t.string(),
  }),
});
sameFields<typeof ScoreInput.$inferInput, z.input<typeof scoreInput>>(true);

const KpiObservationInput = builder.inputType('KpiObservationInput', {
  fields: (t) => ({
    key: t.string({ description: 'Client key; resending an observation with the same key does nothing.' }),
    kpi: t.string({ required: true, description: 'A defined KPI.' }),
    system: t.id({ required: true }),
    release: t.id({ description: 'When the observation is one release’s.' }),
    from: t.field({ type: DateTime, required: true }),
    to: t.field({ type: DateTime, required: true, description: 'The window is [from, to); the observation comes to be at `to`.' }),
    value: t.float({ required: true }),
  }),
});
sameFields<typeof KpiObservationInput.$inferInput, z.input<typeof kpiObservationInput>>(true);

const RecordScoresPayload = builder.objectRef<ScoreBatchResult>('RecordScoresPayload').implement({
  fields: (t) => ({
    scoreIds: t.exposeStringList('scoreIds', { nullable: false }),
    created: t.exposeInt('created', { nullable: false, description: 'Scores new in this call (resent ones are skipped).' }),
  }),
});

const RecordKpisPayload = builder.objectRef<KpiBatchResult>('RecordKpisPayload').implement({
  fields: (t) => ({
    observationIds: t.exposeStringList('observationIds', { nullable: false }),
    created: t.exposeInt('created', { nullable: false, description: 'Observations new in this call (resent ones are skipped).' }),
  }),
});

builder.mutationFields((t) => ({
  defineScoreConfig: t.field({
    type: registeredPayload('DefineScoreConfigPayload', 'scoreConfig', ScoreConfig, 'False when the same config was already defined.'),
    nullable: false,
    description: 'Defines what scores of a name must be. A definition never changes: a different one under the same name is a CONFLICT.',
    args: { input: t.arg({ type: ScoreConfigInput, required: true }) },
    resolve: (_, { input }, ctx) => defineScoreConfig(ctx.domain, withoutNulls(input)),
  }),
  defineKpi: t.field({
    type: registeredPayload('DefineKpiPayload', 'kpi', Kpi, 'False when the same KPI was already defined.'),
    nullable: false,
    description: 'Defines a business KPI (unit, better direction). A definition never changes.',
    args: { input: t.arg({ type: KpiInput, required: true }) },
    resolve: (_, { input }, ctx) => defineKpi(ctx.domain, withoutNulls(input)),
  }),
  recordScores: t.field({
    type: RecordScoresPayload,
    nullable: false,
    description: 'Records many scores in one transaction, with their releases’ aggregates: all land or none.',
    args: { scores: t.arg({ type: [ScoreInput], required: true }) },
    extensions: priced({ kind: 'rows', arg: 'scores' }),
    resolve: (_, { scores }, ctx) =>
      recordTypedScores(
        ctx.domain,
        scores.map((s) => present(s)),
      ),
  }),
  recordKpis: t.field({
    type: RecordKpisPayload,
    nullable: false,
    description: 'Records many KPI observations in one transaction, with their aggregates: all land or none.',
    args: { observations: t.arg({ type: [KpiObservationInput], required: true }) },
    extensions: priced({ kind: 'rows', arg: 'observations' }),
    resolve: (_, { observations }, ctx) =>
      recordTypedKpis(
        ctx.domain,
        observations.map((o) => present(o)),
      ),
  }),
}));

const IntervalType = builder.objectRef<Interval>('ConfidenceInterval').implement({
  description: 'A two-sided 95 % confidence interval.',
  fields: (t) => ({ low: t.exposeFloat('low', { nullable: false }), high: t.exposeFloat('high', { nullable: false }) }),
});

const CategoryCountType = builder.objectRef<CategoryCount>('CategoryCount').implement({
  fields: (t) => ({ category: t.exposeString('category', { nullable: false }), count: t.exposeInt('count', { nullable: false }) }),
});

const ScoreSummaryType = builder.objectRef<ScoreSummary>('ScoreSummary').implement({
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    dataType: t.field({ type: ScoreDataType, nullable: false, resolve: (s) => s.dataType }),
    n: t.exposeInt('n', { nullable: false }),
    mean: t.exposeFloat('mean', { description: 'NUMERIC: the mean; BOOLEAN: the rate of true.' }),
    interval: t.field({
      type: IntervalType,
      description: 'NUMERIC: normal interval of the mean; BOOLEAN: Wilson interval of the rate.',
      resolve: (s) => s.interval,
    }),
    categories: t.field({ type: [CategoryCountType], nullable: false, resolve: (s) => s.categories }),
  }),
});

const KpiSummaryType = builder.objectRef<KpiSummary>('KpiSummary').implement({
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    n: t.exposeInt('n', { nullable: false, description: 'Observations.' }),
    mean: t.exposeFloat('mean'),
    interval: t.field({ type: IntervalType, resolve: (s) => s.interval }),
    sum: t.exposeFloat('sum', { nullable: false }),
  }),
});

const MetricsSummaryType = builder.objectRef<MetricsSummary>('MetricsSummary').implement({
  description: 'Signals summed over buckets. Latency quantiles come from log bins (20 per decade): within ±5.9 % of the true value.',
  fields: (t) => ({
    invocations: t.exposeInt('invocations', { nullable: false }),
    outputs: t.exposeInt('outputs', { nullable: false }),
    latencyP50Ms: t.exposeFloat('latencyP50Ms'),
    latencyP95Ms: t.exposeFloat('latencyP95Ms'),
    latencyMeanMs: t.exposeFloat('latencyMeanMs'),
    costUsd: t.exposeFloat('costUsd', { nullable: false }),
    costPer1kUsd: t.exposeFloat('costPer1kUsd', { description: 'Cost per 1,000 invocations (of those that reported a cost).' }),
    inputTokens: t.exposeFloat('inputTokens', { nullable: false }),
    outputTokens: t.exposeFloat('outputTokens', { nullable: false }),
    scores: t.field({ type: [ScoreSummaryType], nullable: false, resolve: (s) => s.scores }),
    kpis: t.field({ type: [KpiSummaryType], nullable: false, resolve: (s) => s.kpis }),
    decisions: t.field({ type: [CategoryCountType], nullable: false, resolve: (s) => s.decisions }),
  }),
});

const BucketSummaryType = builder.objectRef<BucketSummary>('MetricsBucket').implement({
  fields: (t) => ({
    start: t.field({ type: DateTime, nullable: false, resolve: (b) => b.start }),
    end: t.field({ type: DateTime, nullable: false, resolve: (b) => b.end }),
    summary: t.field({ type: MetricsSummaryType, nullable: false, resolve: (b) => b }),
  }),
});

const ServingType = builder.objectRef<Serving>('ReleaseServing').implement({
  fields: (t) => ({
    releaseId: t.exposeString('release', { nullable: false }),
    from: t.field({ type: DateTime, nullable: false, resolve: (s) => s.from }),
    to: t.field({ type: DateTime, nullable: false, resolve: (s) => s.to }),
  }),
});

const MetricsType = builder.objectRef<Metrics>('Metrics').implement({
  description: 'Series per bucket and a summary, read from the per-release aggregates kept at write time (never from invocations).',
  fields: (t) => ({
    from: t.field({ type: DateTime, nullable: false, description: 'The first bucket’s start.', resolve: (m) => m.from }),
    to: t.field({
      type: DateTime,
      nullable: false,
      description: 'The end of the last bucket counted: with asOf, only buckets that had ended by then.',
      resolve: (m) => m.to,
    }),
    asOf: t.field({ type: DateTime, resolve: (m) => m.asOf }),
    bucketSeconds: t.int({ nullable: false, resolve: (m) => Math.round(m.bucketMs / 1000) }),
    serving: t.field({
      type: [ServingType],
      nullable: false,
      description: 'Which release counted over which buckets.',
      resolve: (m) => m.serving,
    }),
    summary: t.field({ type: MetricsSummaryType, nullable: false, resolve: (m) => m.summary }),
    series: t.field({ type: [BucketSummaryType], nullable: false, resolve: (m) => m.series }),
  }),
});

const MetricsWindow = builder.inputType('MetricsWindow', {
  description: '[from, to), widened to whole buckets.',
  fields: (t) => ({ from: t.field({ type: DateTime, required: true }), to: t.field({ type: DateTime, required: true }) }),
});

builder.queryFields((t) => ({
  releaseMetrics: t.field({
    type: MetricsType,
    nullable: false,
    description: 'A release’s latency, cost, tokens, scores and KPIs over a window, per bucket and in sum.',
    args: {
      release: t.arg.id({ required: true }),
      window: t.arg({ type: MetricsWindow, required: true }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    extensions: priced({ kind: 'fixed', price: METRICS_COST }),
    resolve: (_, args, ctx) => releaseMetrics(ctx.domain, { release: String(args.release), window: args.window, asOf: args.asOf }),
  }),
  systemMetrics: t.field({
    type: MetricsType,
    nullable: false,
    description: 'A system’s signals in one environment: the releases its alias pointed at over the window, each over its time there.',
    args: {
      system: t.arg.id({ required: true }),
      environment: t.arg.string({ required: true }),
      window: t.arg({ type: MetricsWindow, required: true }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    extensions: priced({ kind: 'fixed', price: METRICS_COST }),
    resolve: (_, args, ctx) =>
      systemMetrics(ctx.domain, { system: String(args.system), environment: args.environment, window: args.window, asOf: args.asOf }),
  }),
}));

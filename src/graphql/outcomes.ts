import type { DeltaInterval } from '../domain/outcomes/intervals.js';
import type { Comparison, OutcomeDelta } from '../domain/outcomes/compare.js';
import type { BuildRunRow } from '../domain/outcomes/queries.js';
import { releaseOutcome, type ReleaseOutcome } from '../domain/outcomes/release-outcome.js';
import type { CostPerSuccess, Payback } from '../domain/outcomes/roi.js';
import type { ServiceSide } from '../domain/outcomes/sides.js';
import { strategyOutcomes, type StrategyOutcome, type StrategyOutcomes } from '../domain/outcomes/strategy-outcomes.js';
import type { Strategy as StrategyName } from '../domain/recommend/strategies.js';
import { Classification } from './artifacts.js';
import { builder } from './builder.js';
import { priced } from './cost.js';
import { Strategy } from './recommendations.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

/** A release outcome reads a few hundred buckets per side; strategyOutcomes up to MAX_POOLED_RELEASES of them. */
const OUTCOME_COST = 500;
const STRATEGY_OUTCOMES_COST = 5000;

const DeltaIntervalType = builder.objectRef<DeltaInterval>('DeltaInterval').implement({
  description:
    'A 95 % interval for a difference: WELCH (Welch t, for means), NEWCOMBE (hybrid score, for rates) or ORDER_STATISTICS (p95, Bonferroni).',
  fields: (t) => ({
    low: t.exposeFloat('low', { nullable: false }),
    high: t.exposeFloat('high', { nullable: false }),
    method: t.exposeString('method', { nullable: false }),
  }),
});

const OutcomeDeltaType = builder.objectRef<OutcomeDelta>('OutcomeDelta').implement({
  description: 'One measure of a release beside the release it replaced: delta = current − previous, with sample sizes.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    current: t.exposeFloat('current'),
    previous: t.exposeFloat('previous'),
    delta: t.exposeFloat('delta'),
    interval: t.field({ type: DeltaIntervalType, resolve: (d) => d.interval }),
    currentN: t.exposeInt('currentN', { nullable: false }),
    previousN: t.exposeInt('previousN', { nullable: false }),
  }),
});

const ComparisonType = builder.objectRef<Comparison>('OutcomeComparison').implement({
  description: "Measures of a release (or a strategy's releases) beside those of the release(s) replaced, from the signal aggregates.",
  fields: (t) => ({
    invocations: t.int({ nullable: false, resolve: (o) => o.invocations.current }),
    previousInvocations: t.int({ nullable: false, resolve: (o) => o.invocations.previous }),
    scores: t.field({
      type: [OutcomeDeltaType],
      nullable: false,
      description: 'NUMERIC scores: mean (Welch); BOOLEAN: rate of true (Newcombe).',
      resolve: (o) => o.scores,
    }),
    latencyP95Ms: t.field({ type: OutcomeDeltaType, nullable: false, resolve: (o) => o.latencyP95Ms }),
    costPer1kUsd: t.field({
      type: OutcomeDeltaType,
      nullable: false,
      description: 'Mean cost of an invocation that reported one, × 1,000 (Welch).',
      resolve: (o) => o.costPer1kUsd,
    }),
    kpis: t.field({ type: [OutcomeDeltaType], nullable: false, description: 'Mean observation per KPI (Welch).', resolve: (o) => o.kpis }),
  }),
});

const ServiceType = builder.objectRef<ServiceSide & { strategy?: StrategyName }>('ReleaseService').implement({
  fields: (t) => ({
    releaseId: t.exposeString('release', { nullable: false }),
    strategy: t.field({ type: Strategy, resolve: (s) => s.strategy ?? null }),
    since: t.field({ type: DateTime, nullable: false, resolve: (s) => s.since }),
    until: t.field({ type: DateTime, resolve: (s) => s.until }),
    serviceDays: t.exposeFloat('serviceDays', { nullable: false }),
  }),
});

const BuildRunType = builder.objectRef<BuildRunRow>('BuildRun').implement({
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false }),
    kind: t.exposeString('kind', { nullable: false }),
    costUsd: t.exposeFloat('costUsd'),
  }),
});

const BuildCostType = builder.objectRef<ReleaseOutcome['buildCost']>('BuildCost').implement({
  description: 'What building the release cost: its training, indexing and evaluation runs, amortised over its time in service.',
  fields: (t) => ({
    totalUsd: t.exposeFloat('totalUsd', { nullable: false }),
    perDayUsd: t.exposeFloat('perDayUsd'),
    per1kInvocationsUsd: t.exposeFloat('per1kInvocationsUsd'),
    runs: t.field({ type: [BuildRunType], nullable: false, resolve: (b) => b.runs }),
  }),
});

const CostPerSuccessType = builder.objectRef<CostPerSuccess>('CostPerSuccess').implement({
  description: '(Serving cost + build cost) / (invocations × rate of the named BOOLEAN score being true).',
  fields: (t) => ({
    score: t.exposeString('score'),
    successRate: t.exposeFloat('successRate'),
    usd: t.exposeFloat('usd'),
    reason: t.exposeString('reason', { description: 'Why usd is null.' }),
  }),
});

const PaybackType = builder.objectRef<Payback>('Payback').implement({
  description: 'When the value KPI gained over the replaced release (per day served, × usdPerUnit) covers the build cost.',
  fields: (t) => ({
    kpi: t.exposeString('kpi'),
    usdPerUnit: t.exposeFloat('usdPerUnit', { nullable: false }),
    gainPerDayUsd: t.exposeFloat('gainPerDayUsd'),
    days: t.exposeFloat('days'),
    at: t.field({ type: DateTime, resolve: (p) => p.at }),
    paidBack: t.exposeBoolean('paidBack'),
    reason: t.exposeString('reason', { description: 'Why payback is not computable.' }),
  }),
});

const ReleaseOutcomeType = builder.objectRef<ReleaseOutcome>('ReleaseOutcome').implement({
  description: 'A release against the release it replaced in one environment, from the signal aggregates, as of an instant.',
  fields: (t) => ({
    releaseId: t.exposeString('release', { nullable: false }),
    environment: t.exposeString('environment', { nullable: false }),
    asOf: t.field({ type: DateTime, resolve: (o) => o.asOf }),
    strategy: t.field({
      type: Strategy,
      nullable: false,
      description: 'From its pins, as the recommender derives it.',
      resolve: (o) => o.strategy,
    }),
    service: t.field({ type: ServiceType, resolve: (o) => o.service }),
    previous: t.field({ type: ServiceType, description: 'The release it replaced there.', resolve: (o) => o.previous }),
    comparison: t.field({ type: ComparisonType, nullable: false, resolve: (o) => o }),
    buildCost: t.field({ type: BuildCostType, nullable: false, resolve: (o) => o.buildCost }),
    costPerSuccess: t.field({ type: CostPerSuccessType, nullable: false, resolve: (o) => o.costPerSuccess }),
    payback: t.field({ type: PaybackType, nullable: false, resolve: (o) => o.payback }),
    evidenceWithheld: t.exposeBoolean('evidenceWithheld', { nullable: false }),
    classification: t.field({ type: Classification, nullable: false, resolve: (o) => o.classification }),
  }),
});

const StrategyOutcomeType = builder.objectRef<StrategyOutcome>('StrategyOutcome').implement({
  description: 'One strategy’s releases that replaced another, pooled against their predecessors.',
  fields: (t) => ({
    strategy: t.field({ type: Strategy, nullable: false, resolve: (s) => s.strategy }),
    releaseIds: t.stringList({ nullable: false, resolve: (s) => s.releases }),
    buildCostUsd: t.exposeFloat('buildCostUsd', { nullable: false }),
    comparison: t.field({ type: ComparisonType, nullable: false, resolve: (o) => o }),
  }),
});

const StrategyOutcomesType = builder.objectRef<StrategyOutcomes>('StrategyOutcomes').implement({
  fields: (t) => ({
    environment: t.exposeString('environment', { nullable: false }),
    asOf: t.field({ type: DateTime, resolve: (o) => o.asOf }),
    strategies: t.field({ type: [StrategyOutcomeType], nullable: false, resolve: (o) => o.strategies }),
    truncated: t.exposeBoolean('truncated', { nullable: false }),
    evidenceWithheld: t.exposeBoolean('evidenceWithheld', { nullable: false }),
    classification: t.field({ type: Classification, nullable: false, resolve: (o) => o.classification }),
  }),
});

builder.queryFields((t) => ({
  releaseOutcome: t.field({
    type: ReleaseOutcomeType,
    nullable: false,
    description:
      'A release against the release it replaced in an environment (default production): quality, p95 latency, cost per 1k and KPI deltas with 95 % intervals, build cost amortised, cost per success, payback.',
    args: {
      release: t.arg.id({ required: true }),
      environment: t.arg.string(),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
      successScore: t.arg.string({ description: 'A BOOLEAN score whose true value is a successful outcome.' }),
      valueKpi: t.arg.string({ description: 'A KPI whose observations are value, for payback.' }),
      usdPerUnit: t.arg.float({ description: 'USD per unit of valueKpi (default 1).' }),
    },
    extensions: priced({ kind: 'fixed', price: OUTCOME_COST }),
    resolve: (_, args, ctx) =>
      releaseOutcome(ctx.domain, {
        release: String(args.release),
        environment: args.environment,
        asOf: args.asOf,
        successScore: args.successScore,
        valueKpi: args.valueKpi,
        usdPerUnit: args.usdPerUnit,
      }),
  }),
  strategyOutcomes: t.field({
    type: StrategyOutcomesType,
    nullable: false,
    description: 'Per strategy, the organisation’s releases that replaced another in an environment, pooled, with sample sizes.',
    args: { environment: t.arg.string(), asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }) },
    extensions: priced({ kind: 'fixed', price: STRATEGY_OUTCOMES_COST }),
    resolve: (_, args, ctx) => strategyOutcomes(ctx.domain, { environment: args.environment, asOf: args.asOf }),
  }),
}));

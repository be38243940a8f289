import { listNodes } from '../domain/nodes/read.js';
import { recordEvaluation, recordTrainingRun } from '../domain/runs/service.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { nodeRef, prop, registeredPayload, type Registered } from './node-type.js';
import { DateTime } from './scalars.js';

export const TrainingRun = nodeRef(
  'TrainingRun',
  'A training activity: the dataset versions and base model it used. Model versions name the run that produced them.',
);
export const EvaluationRun = nodeRef(
  'EvaluationRun',
  'An evaluation of a release or version against an evaluation dataset, with its metrics.',
);
const RunStatus = builder.enumType('RunStatus', { values: ['RUNNING', 'SUCCEEDED', 'FAILED'] as const });

const Metric = builder.objectRef<{ name: string; value: number }>('Metric').implement({
  fields: (t) => ({ name: t.exposeString('name', { nullable: false }), value: t.exposeFloat('value', { nullable: false }) }),
});

builder.objectFields(TrainingRun, (t) => ({
  status: t.field({ type: RunStatus, resolve: (n) => (n.status as 'SUCCEEDED') ?? null }),
  startedAt: t.field({ type: DateTime, resolve: (n) => n.startedAt as string | null }),
  endedAt: t.field({ type: DateTime, resolve: (n) => n.endedAt as string | null }),
  parameters: t.string({ description: 'JSON text.', resolve: prop.string('parameters') }),
  notes: t.string({ resolve: prop.string('notes') }),
}));

builder.objectFields(EvaluationRun, (t) => ({
  subjectId: t.string({ description: 'The release or version evaluated.', resolve: prop.string('parent') }),
  metrics: t.field({
    type: [Metric],
    resolve: (n) => ((n.metricNames as string[] | undefined) ?? []).map((name, i) => ({ name, value: (n.metricValues as number[])[i] })),
  }),
  primaryMetric: t.string({ resolve: prop.string('primaryMetric') }),
  score: t.float({ description: 'The primary metric.', resolve: prop.float('score') }),
  threshold: t.float({ resolve: prop.float('threshold') }),
  passed: t.boolean({ description: 'Whether the score reached the threshold; null without a threshold.', resolve: prop.bool('passed') }),
  startedAt: t.field({ type: DateTime, resolve: (n) => n.startedAt as string | null }),
  notes: t.string({ resolve: prop.string('notes') }),
}));

const TrainingRunInput = builder.inputType('RecordTrainingRunInput', {
  fields: (t) => ({
    key: t.string({ description: 'Optional client key; the id becomes "training:<key>" and a resend returns the first.' }),
    datasets: t.idList({ required: true }),
    baseModel: t.id(),
    status: t.field({ type: RunStatus }),
    startedAt: t.field({ type: DateTime, required: true }),
    endedAt: t.field({ type: DateTime }),
    parameters: t.string({ description: 'JSON text.' }),
    notes: t.string(),
  }),
});

const MetricInput = builder.inputType('MetricInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.float({ required: true }) }),
});

const EvaluationInput = builder.inputType('RecordEvaluationInput', {
  fields: (t) => ({
    key: t.string(),
    subject: t.id({ required: true, description: 'A release or a model, prompt or retrieval config version.' }),
    dataset: t.id({ description: 'The evaluation dataset version.' }),
    metrics: t.field({ type: [MetricInput], required: true }),
    primaryMetric: t.string({ description: 'Defaults to the first metric.' }),
    threshold: t.float(),
    startedAt: t.field({ type: DateTime, required: true }),
    notes: t.string(),
  }),
});

const runPayload = (name: string, field: string, type: typeof TrainingRun) =>
  registeredPayload(name, field, type, 'False when the key was already recorded.');

const isoInput = <T extends { startedAt?: Date | null; endedAt?: Date | null }>(input: T) =>
  withoutNulls({ ...input, startedAt: input.startedAt?.toISOString(), endedAt: input.endedAt?.toISOString() });

builder.mutationFields((t) => ({
  recordTrainingRun: t.field({
    type: runPayload('RecordTrainingRunPayload', 'trainingRun', TrainingRun),
    nullable: false,
    args: { input: t.arg({ type: TrainingRunInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await recordTrainingRun(ctx.domain, isoInput(input))) as Registered,
  }),
  recordEvaluation: t.field({
    type: runPayload('RecordEvaluationPayload', 'evaluationRun', EvaluationRun),
    nullable: false,
    args: { input: t.arg({ type: EvaluationInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await recordEvaluation(ctx.domain, isoInput(input))) as Registered,
  }),
}));

builder.queryFields((t) => ({
  trainingRuns: t.connection({
    type: TrainingRun,
    nullable: false,
    args: { window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'TrainingRun', { ...forwardArgs(args), ...windowArgs(args.window) })),
  }),
  evaluationRuns: t.connection({
    type: EvaluationRun,
    nullable: false,
    description: 'Evaluations, newest first: the metric history of a release or version.',
    args: { subject: t.arg.id({ description: 'Only evaluations of this release or version.' }), window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'EvaluationRun', { ...forwardArgs(args), ...windowArgs(args.window), parent: args.subject ?? null }),
      ),
  }),
}));

import type { z } from 'zod';
import { listNodes } from '../domain/nodes/read.js';
import { recordEvaluation, recordTrainingRun, trainingInput, metricInput, evaluationInput } from '../domain/runs/service.js';
import { RUN_STATUSES } from '../domain/runs/statuses.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { nodeRef, registeredPayload, type NodeRef } from './node-type.js';
import { DateTime } from './scalars.js';

export const TrainingRun = nodeRef(
  'TrainingRun',
  'A training activity: the dataset versions and base model it used. Model versions name the run that produced them.',
);
export const EvaluationRun = nodeRef(
  'EvaluationRun',
  'An evaluation of a release or version against an evaluation dataset, with its metrics.',
);
const RunStatus = builder.enumType('RunStatus', { values: RUN_STATUSES });

const Metric = builder.objectRef<{ name: string; value: number }>('Metric').implement({
  fields: (t) => ({ name: t.exposeString('name', { nullable: false }), value: t.exposeFloat('value', { nullable: false }) }),
});

builder.objectFields(TrainingRun, (t) => ({
  status: t.expose('status', { type: RunStatus }),
  startedAt: t.expose('startedAt', { type: DateTime }),
  endedAt: t.expose('endedAt', { type: DateTime }),
  parameters: t.exposeString('parameters', { description: 'JSON text.' }),
  notes: t.exposeString('notes'),
  computeCostUsd: t.exposeFloat('computeCostUsd', { description: 'Build cost: what the run cost to compute (USD).' }),
}));

builder.objectFields(EvaluationRun, (t) => ({
  computeCostUsd: t.exposeFloat('computeCostUsd', { description: 'Build cost: what the evaluation cost to compute (USD).' }),
  subjectId: t.exposeString('parent', { description: 'The release or version evaluated.' }),
  metrics: t.field({
    type: [Metric],
    resolve: (n) => (n.metricNames ?? []).map((name, i) => ({ name, value: (n.metricValues ?? [])[i] })),
  }),
  primaryMetric: t.exposeString('primaryMetric'),
  score: t.exposeFloat('score', { description: 'The primary metric.' }),
  threshold: t.exposeFloat('threshold'),
  passed: t.exposeBoolean('passed', { description: 'Whether the score reached the threshold; null without a threshold.' }),
  startedAt: t.expose('startedAt', { type: DateTime }),
  notes: t.exposeString('notes'),
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
    computeCostUsd: t.float({ description: 'What the run cost to compute (USD), a build cost ROI amortises.' }),
  }),
});
sameFields<typeof TrainingRunInput.$inferInput, z.input<typeof trainingInput>>(true);

const MetricInput = builder.inputType('MetricInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.float({ required: true }) }),
});
sameFields<typeof MetricInput.$inferInput, z.input<typeof metricInput>>(true);

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
    computeCostUsd: t.float({ description: 'What the evaluation cost to compute (USD), a build cost ROI amortises.' }),
  }),
});
sameFields<typeof EvaluationInput.$inferInput, z.input<typeof evaluationInput>>(true);

const runPayload = <K extends 'TrainingRun' | 'EvaluationRun'>(name: string, field: string, type: NodeRef<K>) =>
  registeredPayload(name, field, type, 'False when the key was already recorded.');

const isoInput = <T extends { startedAt?: Date | null; endedAt?: Date | null }>(input: T) =>
  withoutNulls({ ...input, startedAt: input.startedAt?.toISOString(), endedAt: input.endedAt?.toISOString() });

builder.mutationFields((t) => ({
  recordTrainingRun: t.field({
    type: runPayload('RecordTrainingRunPayload', 'trainingRun', TrainingRun),
    nullable: false,
    args: { input: t.arg({ type: TrainingRunInput, required: true }) },
    resolve: (_, { input }, ctx) => recordTrainingRun(ctx.domain, isoInput(input)),
  }),
  recordEvaluation: t.field({
    type: runPayload('RecordEvaluationPayload', 'evaluationRun', EvaluationRun),
    nullable: false,
    args: { input: t.arg({ type: EvaluationInput, required: true }) },
    resolve: (_, { input }, ctx) => recordEvaluation(ctx.domain, isoInput(input)),
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

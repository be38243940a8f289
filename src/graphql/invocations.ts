import type { z } from 'zod';
import { OUTPUT_KINDS } from '../domain/invocations/output-kinds.js';
import { recordInvocations, type InvocationBatchResult, outputInput, invocationInput } from '../domain/invocations/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { priced } from './cost.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { nodeRef } from './node-type.js';
import { Release } from './releases.js';
import { DateTime } from './scalars.js';

export const Invocation = nodeRef('Invocation', 'One call of a release: it used the release and its inputs and generated outputs.');
export const Output = nodeRef('Output', 'What an invocation produced; a DECISION output is a business decision such as a risk flag.');
const OutputKind = builder.enumType('OutputKind', { values: OUTPUT_KINDS });

const NumericFeature = builder.objectRef<{ name: string; value: number }>('NumericFeature').implement({
  description: 'A named numeric feature of an invocation (e.g. input length), aggregated per release for drift checks.',
  fields: (t) => ({ name: t.exposeString('name', { nullable: false }), value: t.exposeFloat('value', { nullable: false }) }),
});
const CategoricalFeature = builder.objectRef<{ name: string; value: string }>('CategoricalFeature').implement({
  description: 'A named categorical feature of an invocation (e.g. language, intent), aggregated per release for drift checks.',
  fields: (t) => ({ name: t.exposeString('name', { nullable: false }), value: t.exposeString('value', { nullable: false }) }),
});
const NumericFeatureInput = builder.inputType('NumericFeatureInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.float({ required: true }) }),
});
const CategoricalFeatureInput = builder.inputType('CategoricalFeatureInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

builder.objectFields(Invocation, (t) => ({
  release: t.field({ type: Release, resolve: (n) => n.parent }),
  startedAt: t.expose('startedAt', { type: DateTime }),
  latencyMs: t.exposeFloat('latencyMs'),
  costUsd: t.exposeFloat('costUsd'),
  inputDigest: t.exposeString('inputDigest'),
  retrievedDocuments: t.exposeStringList('retrievedDocuments'),
  inputTokens: t.exposeInt('inputTokens'),
  outputTokens: t.exposeInt('outputTokens'),
  numericFeatures: t.field({
    type: [NumericFeature],
    nullable: false,
    resolve: (n) => (n.numericFeatureNames ?? []).map((name, i) => ({ name, value: n.numericFeatureValues?.[i] ?? NaN })),
  }),
  categoricalFeatures: t.field({
    type: [CategoricalFeature],
    nullable: false,
    resolve: (n) => (n.categoricalFeatureNames ?? []).map((name, i) => ({ name, value: n.categoricalFeatureValues?.[i] ?? '' })),
  }),
}));

builder.objectFields(Output, (t) => ({
  outputKind: t.expose('outputKind', { type: OutputKind }),
  invocation: t.field({ type: Invocation, resolve: (n) => n.invocation }),
  release: t.field({ type: Release, resolve: (n) => n.parent }),
  contentDigest: t.exposeString('contentDigest'),
  summary: t.exposeString('summary'),
  decision: t.exposeString('decision', { description: 'For DECISION outputs: the decision taken, e.g. "flag".' }),
  confidence: t.exposeFloat('confidence'),
}));

const OutputInput = builder.inputType('OutputInput', {
  fields: (t) => ({
    key: t.string({ description: 'Optional; defaults to "<invocation key>.<n>".' }),
    outputKind: t.field({ type: OutputKind }),
    contentDigest: t.string(),
    summary: t.string(),
    decision: t.string(),
    confidence: t.float(),
  }),
});
sameFields<typeof OutputInput.$inferInput, z.input<typeof outputInput>>(true);

const InvocationInput = builder.inputType('InvocationInput', {
  fields: (t) => ({
    key: t.string({ description: 'Client key; resending an invocation with the same key does nothing.' }),
    release: t.id({ required: true }),
    startedAt: t.field({ type: DateTime, required: true }),
    latencyMs: t.float(),
    costUsd: t.float(),
    inputDigest: t.string(),
    retrievedDocuments: t.stringList(),
    outputs: t.field({ type: [OutputInput], required: true }),
    inputTokens: t.int(),
    outputTokens: t.int(),
    numericFeatures: t.field({ type: [NumericFeatureInput], description: 'Named numeric features for drift checks (at most 20).' }),
    categoricalFeatures: t.field({
      type: [CategoricalFeatureInput],
      description: 'Named categorical features for drift checks, e.g. language or intent (at most 20).',
    }),
  }),
});
sameFields<typeof InvocationInput.$inferInput, z.input<typeof invocationInput>>(true);

const RecordInvocationsResult = builder.objectRef<InvocationBatchResult>('RecordInvocationsPayload').implement({
  fields: (t) => ({
    invocationIds: t.exposeStringList('invocationIds', { nullable: false }),
    outputIds: t.exposeStringList('outputIds', { nullable: false }),
    createdInvocations: t.exposeInt('createdInvocations', {
      nullable: false,
      description: 'Invocations new in this call (resent ones are skipped).',
    }),
    createdOutputs: t.exposeInt('createdOutputs', { nullable: false }),
  }),
});

builder.mutationField('recordInvocations', (t) =>
  t.field({
    type: RecordInvocationsResult,
    nullable: false,
    description: 'Records many invocations with their outputs in one transaction: all land or none.',
    args: { invocations: t.arg({ type: [InvocationInput], required: true }) },
    extensions: priced({ kind: 'rows', arg: 'invocations' }),
    resolve: (_, { invocations }, ctx) =>
      recordInvocations(ctx.domain, {
        invocations: invocations.map((i) => ({
          ...withoutNulls(i),
          startedAt: i.startedAt.toISOString(),
          outputs: i.outputs.map(withoutNulls),
        })),
      }),
  }),
);

builder.queryFields((t) => ({
  invocations: t.connection({
    type: Invocation,
    nullable: false,
    args: { release: t.arg.id(), window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'Invocation', { ...forwardArgs(args), ...windowArgs(args.window), parent: args.release ?? null }),
      ),
  }),
  outputs: t.connection({
    type: Output,
    nullable: false,
    args: { release: t.arg.id(), outputKind: t.arg({ type: OutputKind }), window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'Output', {
          ...forwardArgs(args),
          ...windowArgs(args.window),
          parent: args.release ?? null,
          filters: [{ property: 'outputKind', value: args.outputKind }],
        }),
      ),
  }),
}));

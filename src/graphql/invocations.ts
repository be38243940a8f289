import { recordInvocations } from '../domain/invocations/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { priced } from './cost.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { nodeRef, prop } from './node-type.js';
import { Release } from './releases.js';
import { DateTime } from './scalars.js';

export const Invocation = nodeRef('Invocation', 'One call of a release: it used the release and its inputs and generated outputs.');
export const Output = nodeRef('Output', 'What an invocation produced; a DECISION output is a business decision such as a risk flag.');
const OutputKind = builder.enumType('OutputKind', { values: ['TEXT', 'DECISION'] as const });

builder.objectFields(Invocation, (t) => ({
  release: t.field({ type: Release, resolve: (n) => n.parent as string | null }),
  startedAt: t.field({ type: DateTime, resolve: (n) => n.startedAt as string | null }),
  latencyMs: t.float({ resolve: prop.float('latencyMs') }),
  costUsd: t.float({ resolve: prop.float('costUsd') }),
  inputDigest: t.string({ resolve: prop.string('inputDigest') }),
  retrievedDocuments: t.stringList({ resolve: prop.strings('retrievedDocuments') }),
}));

builder.objectFields(Output, (t) => ({
  outputKind: t.field({ type: OutputKind, resolve: (n) => (n.outputKind as 'TEXT') ?? null }),
  invocation: t.field({ type: Invocation, resolve: (n) => n.invocation as string | null }),
  release: t.field({ type: Release, resolve: (n) => n.parent as string | null }),
  contentDigest: t.string({ resolve: prop.string('contentDigest') }),
  summary: t.string({ resolve: prop.string('summary') }),
  decision: t.string({ description: 'For DECISION outputs: the decision taken, e.g. "flag".', resolve: prop.string('decision') }),
  confidence: t.float({ resolve: prop.float('confidence') }),
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
  }),
});

const RecordInvocationsResult = builder
  .objectRef<{ invocationIds: string[]; outputIds: string[]; createdInvocations: number; createdOutputs: number }>(
    'RecordInvocationsPayload',
  )
  .implement({
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

import { listNodes } from '../domain/nodes/read.js';
import { registerUseCase } from '../domain/usecases/service.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef, prop, ALREADY_REGISTERED, registeredPayload, type Registered } from './node-type.js';

export const UseCase = nodeRef(
  'UseCase',
  'A business use case and the factors that decide its strategy (prompting, retrieval, adapters, fine-tuning).',
);

export const Level = builder.enumType('Level', { values: ['LOW', 'MEDIUM', 'HIGH'] as const });
export const Need = builder.enumType('Need', { values: ['LOW', 'MEDIUM', 'HIGH', 'STRICT'] as const });
export const DataAvailability = builder.enumType('DataAvailability', { values: ['SCARCE', 'MODERATE', 'ABUNDANT'] as const });
export const DomainStability = builder.enumType('DomainStability', { values: ['VOLATILE', 'EVOLVING', 'STABLE'] as const });
export const KnowledgeFreshness = builder.enumType('KnowledgeFreshness', { values: ['STATIC', 'PERIODIC', 'CONTINUOUS'] as const });

builder.objectFields(UseCase, (t) => ({
  name: t.string({ resolve: prop.string('name') }),
  description: t.string({ resolve: prop.string('description') }),
  dataAvailability: t.field({ type: DataAvailability, resolve: (n) => (n.dataAvailability as 'SCARCE') ?? null }),
  labelQuality: t.field({ type: Level, resolve: (n) => (n.labelQuality as 'LOW') ?? null }),
  domainStability: t.field({ type: DomainStability, resolve: (n) => (n.domainStability as 'STABLE') ?? null }),
  knowledgeFreshness: t.field({ type: KnowledgeFreshness, resolve: (n) => (n.knowledgeFreshness as 'STATIC') ?? null }),
  traceabilityNeed: t.field({ type: Need, resolve: (n) => (n.traceabilityNeed as 'LOW') ?? null }),
  rollbackNeed: t.field({ type: Need, resolve: (n) => (n.rollbackNeed as 'LOW') ?? null }),
  valueRoi: t.field({ type: Level, resolve: (n) => (n.valueRoi as 'LOW') ?? null }),
  latencyBudgetMs: t.int({ resolve: prop.int('latencyBudgetMs') }),
  costBudgetUsdPer1k: t.float({ resolve: prop.float('costBudgetUsdPer1k') }),
  labelledExamples: t.int({ description: 'How many labelled examples exist, when known.', resolve: prop.int('labelledExamples') }),
  labelAgreement: t.float({ description: 'Label agreement (0..1), when known.', resolve: prop.float('labelAgreement') }),
}));

const UseCaseInput = builder.inputType('RegisterUseCaseInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    name: t.string({ required: true }),
    description: t.string(),
    dataAvailability: t.field({ type: DataAvailability, required: true }),
    labelQuality: t.field({ type: Level, required: true }),
    domainStability: t.field({ type: DomainStability, required: true }),
    knowledgeFreshness: t.field({ type: KnowledgeFreshness, required: true }),
    traceabilityNeed: t.field({ type: Need, required: true }),
    rollbackNeed: t.field({ type: Need, required: true }),
    valueRoi: t.field({ type: Level, required: true }),
    latencyBudgetMs: t.int(),
    costBudgetUsdPer1k: t.float(),
    labelledExamples: t.int({
      description: 'How many labelled examples exist; when given, it decides the data level the recommender uses.',
    }),
    labelAgreement: t.float({
      description: 'Label agreement from 0 to 1; when given, it decides the label-quality level the recommender uses.',
    }),
    systems: t.idList({ description: 'Systems that serve this use case.' }),
  }),
});

const UseCasePayload = registeredPayload('RegisterUseCasePayload', 'useCase', UseCase, ALREADY_REGISTERED);

builder.mutationField('registerUseCase', (t) =>
  t.field({
    type: UseCasePayload,
    nullable: false,
    args: { input: t.arg({ type: UseCaseInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await registerUseCase(ctx.domain, withoutNulls(input))) as Registered,
  }),
);

builder.queryField('useCases', (t) =>
  t.connection({
    type: UseCase,
    nullable: false,
    resolve: async (_, a, ctx) => toConnection(await listNodes(ctx.domain, 'UseCase', forwardArgs(a))),
  }),
);

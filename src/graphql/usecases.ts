import { listNodes } from '../domain/nodes/read.js';
import type { z } from 'zod';
import { systemStrategyDecisions } from '../domain/usecases/decisions.js';
import { registerUseCase, useCaseInput } from '../domain/usecases/service.js';
import { DATA_AVAILABILITIES, DOMAIN_STABILITIES, KNOWLEDGE_FRESHNESSES, LEVELS, NEEDS } from '../domain/usecases/factors.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, toConnection } from './connection.js';
import { sameFields } from './input-check.js';
import { nodeRef, ALREADY_REGISTERED, registeredPayload } from './node-type.js';
import { System } from './releases.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

export const UseCase = nodeRef(
  'UseCase',
  'A business use case and the factors that decide its strategy (prompting, retrieval, adapters, fine-tuning).',
);

/** Declared here, beside the use cases decided for, so a system can list the decisions on its use cases. */
export const StrategyDecision = nodeRef(
  'StrategyDecision',
  "A person's strategy decision on a recommendation: followed or overrode, and why.",
);

const Level = builder.enumType('Level', { values: LEVELS });
const Need = builder.enumType('Need', { values: NEEDS });
const DataAvailability = builder.enumType('DataAvailability', { values: DATA_AVAILABILITIES });
const DomainStability = builder.enumType('DomainStability', { values: DOMAIN_STABILITIES });
const KnowledgeFreshness = builder.enumType('KnowledgeFreshness', { values: KNOWLEDGE_FRESHNESSES });

builder.objectFields(UseCase, (t) => ({
  name: t.exposeString('name'),
  description: t.exposeString('description'),
  dataAvailability: t.expose('dataAvailability', { type: DataAvailability }),
  labelQuality: t.expose('labelQuality', { type: Level }),
  domainStability: t.expose('domainStability', { type: DomainStability }),
  knowledgeFreshness: t.expose('knowledgeFreshness', { type: KnowledgeFreshness }),
  traceabilityNeed: t.expose('traceabilityNeed', { type: Need }),
  rollbackNeed: t.expose('rollbackNeed', { type: Need }),
  valueRoi: t.expose('valueRoi', { type: Level }),
  latencyBudgetMs: t.exposeInt('latencyBudgetMs'),
  costBudgetUsdPer1k: t.exposeFloat('costBudgetUsdPer1k'),
  labelledExamples: t.exposeInt('labelledExamples', { description: 'How many labelled examples exist, when known.' }),
  labelAgreement: t.exposeFloat('labelAgreement', { description: 'Label agreement (0..1), when known.' }),
  groundedInDocuments: t.exposeBoolean('groundedInDocuments', {
    description: 'Whether answers are grounded in a document corpus, when stated.',
  }),
}));

type InputFields = Parameters<NonNullable<Parameters<typeof builder.inputType>[1]['fields']>>[0];

/** A use case's profile as input: the same fields for a stored use case and an inline what-if profile. */
export const profileInputFields = (t: InputFields) => ({
  dataAvailability: t.field({ type: DataAvailability, required: true }),
  labelQuality: t.field({ type: Level, required: true }),
  domainStability: t.field({ type: DomainStability, required: true }),
  knowledgeFreshness: t.field({ type: KnowledgeFreshness, required: true }),
  traceabilityNeed: t.field({
    type: Need,
    required: true,
    description:
      'How traceable the AI must be. The recommender weighs it as "the model artifact must be swappable and quick to roll back" (served by prompts and adapters) and, when answers are grounded in documents, also as "answers must cite their sources" (served by retrieval).',
  }),
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
  groundedInDocuments: t.boolean({
    description:
      'Whether answers are grounded in a document corpus (and so can cite it). Absent, the recommender reads it from the graph: the use case’s systems pinning retrieval configs over document versions.',
  }),
});

const UseCaseInput = builder.inputType('RegisterUseCaseInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    name: t.string({ required: true }),
    description: t.string(),
    ...profileInputFields(t),
    systems: t.idList({ description: 'Systems that serve this use case.' }),
  }),
});
sameFields<typeof UseCaseInput.$inferInput, z.input<typeof useCaseInput>>(true);

const UseCasePayload = registeredPayload('RegisterUseCasePayload', 'useCase', UseCase, ALREADY_REGISTERED);

builder.mutationField('registerUseCase', (t) =>
  t.field({
    type: UseCasePayload,
    nullable: false,
    args: { input: t.arg({ type: UseCaseInput, required: true }) },
    resolve: (_, { input }, ctx) => registerUseCase(ctx.domain, withoutNulls(input)),
  }),
);

builder.queryField('useCases', (t) =>
  t.connection({
    type: UseCase,
    nullable: false,
    resolve: async (_, a, ctx) => toConnection(await listNodes(ctx.domain, 'UseCase', forwardArgs(a))),
  }),
);

builder.objectField(System, 'strategyDecisions', (t) =>
  t.field({
    type: [StrategyDecision],
    nullable: false,
    description:
      'Strategy decisions on the use cases this system served at `asOf` (default: now), newest first: each as it stood then (a later retraction is not shown), redacted where you are not cleared, as `node` shows it.',
    args: {
      first: t.arg.int({ description: 'At most this many (default 20, at most 100).' }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    resolve: (n, args, ctx) => systemStrategyDecisions(ctx.domain, n.id, args),
  }),
);

import { registerArtifact, registerVersion } from '../domain/artifacts/service.js';
import type { ArtifactFamily } from '../domain/artifacts/kinds.js';
import { CLASSIFICATIONS } from '../domain/permissions/principal.js';
import { listNodes } from '../domain/nodes/read.js';
import { builder } from './builder.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { nodeRef, prop, ALREADY_REGISTERED, registeredPayload, type Registered } from './node-type.js';

export const Classification = builder.enumType('Classification', { values: CLASSIFICATIONS });
export const PromptKind = builder.enumType('PromptKind', { values: ['SYSTEM_PROMPT', 'USER_TEMPLATE', 'AGENT_POLICY'] as const });
export const ModelKind = builder.enumType('ModelKind', { values: ['BASE', 'FINE_TUNED', 'ADAPTER'] as const });
export const ChunkStrategy = builder.enumType('ChunkStrategy', { values: ['FIXED', 'SENTENCE', 'SEMANTIC', 'HEADING'] as const });

export const Dataset = nodeRef('Dataset', 'A named dataset; its content lives in immutable versions.');
export const DatasetVersion = nodeRef('DatasetVersion', 'An immutable, content-addressed version of a dataset.');
export const Prompt = nodeRef('Prompt', 'A named prompt: a system prompt, user template or agent policy.');
export const PromptVersion = nodeRef('PromptVersion', 'An immutable version of a prompt, with its commit message.');
export const Model = nodeRef('Model', 'A named model line: a base model and the fine-tunes and adapters built on it.');
export const ModelVersion = nodeRef('ModelVersion', 'An immutable model version: base, fine-tuned, or an adapter of a base.');
export const RetrievalConfig = nodeRef('RetrievalConfig', 'A named retrieval configuration.');
export const RetrievalConfigVersion = nodeRef(
  'RetrievalConfigVersion',
  'An immutable retrieval setting: index, embedding model, chunking, top-k.',
);

type ArtifactRef = typeof Dataset;

/** Each family: its artifact and version types and the names its API uses. */
const FAMILIES: Array<{ family: ArtifactFamily; artifact: ArtifactRef; version: ArtifactRef; one: string; plural: string }> = [
  { family: 'dataset', artifact: Dataset, version: DatasetVersion, one: 'Dataset', plural: 'datasets' },
  { family: 'prompt', artifact: Prompt, version: PromptVersion, one: 'Prompt', plural: 'prompts' },
  { family: 'model', artifact: Model, version: ModelVersion, one: 'Model', plural: 'models' },
  { family: 'retrieval', artifact: RetrievalConfig, version: RetrievalConfigVersion, one: 'RetrievalConfig', plural: 'retrievalConfigs' },
];

const versionCommon = {
  version: prop.int('version'),
  digest: prop.string('digest'),
  message: prop.string('message'),
};

builder.objectFields(DatasetVersion, (t) => ({
  version: t.int({ resolve: versionCommon.version }),
  digest: t.string({ resolve: versionCommon.digest }),
  message: t.string({ resolve: versionCommon.message }),
  dataset: t.field({ type: Dataset, resolve: (n) => n.parent as string | null }),
  uri: t.string({ resolve: prop.string('uri') }),
  schema: t.string({ description: 'JSON text of the dataset schema.', resolve: prop.string('schema') }),
  rowCount: t.float({ description: 'Rows in this version (Float: counts may exceed 32-bit).', resolve: prop.float('rowCount') }),
  labelQuality: t.float({ description: 'Share of labels that passed review, 0 to 1.', resolve: prop.float('labelQuality') }),
  classification: t.field({ type: Classification, resolve: (n) => (n.classification as (typeof CLASSIFICATIONS)[number]) ?? null }),
  derivedFrom: t.field({
    type: [DatasetVersion],
    description: 'The dataset versions this one was derived from.',
    resolve: (n) => prop.strings('derivedFrom')(n) ?? [],
  }),
}));

builder.objectFields(PromptVersion, (t) => ({
  version: t.int({ resolve: versionCommon.version }),
  digest: t.string({ resolve: versionCommon.digest }),
  message: t.string({ resolve: versionCommon.message }),
  prompt: t.field({ type: Prompt, resolve: (n) => n.parent as string | null }),
  template: t.string({ resolve: prop.string('template') }),
  variables: t.stringList({ resolve: prop.strings('variables') }),
  promptKind: t.field({ type: PromptKind, resolve: (n) => (n.promptKind as 'SYSTEM_PROMPT') ?? null }),
}));

builder.objectFields(ModelVersion, (t) => ({
  version: t.int({ resolve: versionCommon.version }),
  digest: t.string({ resolve: versionCommon.digest }),
  message: t.string({ resolve: versionCommon.message }),
  model: t.field({ type: Model, resolve: (n) => n.parent as string | null }),
  provider: t.string({ resolve: prop.string('provider') }),
  modelKind: t.field({ type: ModelKind, resolve: (n) => (n.modelKind as 'BASE') ?? null }),
  baseVersion: t.field({
    type: ModelVersion,
    description: 'For a fine-tune or adapter: the version it was built on.',
    resolve: (n) => n.baseVersion as string | null,
  }),
  trainingRunId: t.string({ description: 'The training run that produced it, if recorded.', resolve: prop.string('trainingRun') }),
  uri: t.string({ resolve: prop.string('uri') }),
  parameters: t.string({ description: 'JSON text of training or serving parameters.', resolve: prop.string('parameters') }),
}));

builder.objectFields(RetrievalConfigVersion, (t) => ({
  version: t.int({ resolve: versionCommon.version }),
  digest: t.string({ resolve: versionCommon.digest }),
  message: t.string({ resolve: versionCommon.message }),
  retrievalConfig: t.field({ type: RetrievalConfig, resolve: (n) => n.parent as string | null }),
  index: t.string({ resolve: prop.string('index') }),
  embeddingModel: t.string({ resolve: prop.string('embeddingModel') }),
  chunkStrategy: t.field({ type: ChunkStrategy, resolve: (n) => (n.chunkStrategy as 'FIXED') ?? null }),
  chunkSize: t.int({ resolve: prop.int('chunkSize') }),
  chunkOverlap: t.int({ resolve: prop.int('chunkOverlap') }),
  topK: t.int({ resolve: prop.int('topK') }),
  corpus: t.field({
    type: [DatasetVersion],
    description: 'The dataset versions the index was built from.',
    resolve: (n) => prop.strings('corpus')(n) ?? [],
  }),
}));

export const RegisterArtifactInput = builder.inputType('RegisterArtifactInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: 'Lower-case key; the id becomes "<family>:<key>".' }),
    name: t.string({ required: true }),
    description: t.string(),
  }),
});

const versionInputs: Record<ArtifactFamily, ReturnType<typeof builder.inputType>> = {
  dataset: builder.inputType('RegisterDatasetVersionInput', {
    fields: (t) => ({
      artifact: t.id({ required: true, description: 'The dataset, e.g. "dataset:claims".' }),
      uri: t.string({ required: true }),
      digest: t.string({ description: 'sha256 of the data; computed from the metadata when omitted.' }),
      schema: t.string({ description: 'JSON text.' }),
      rowCount: t.int(),
      labelQuality: t.float(),
      classification: t.field({ type: Classification }),
      derivedFrom: t.idList({ description: 'Dataset versions this one was derived from.' }),
      message: t.string(),
    }),
  }),
  prompt: builder.inputType('RegisterPromptVersionInput', {
    fields: (t) => ({
      artifact: t.id({ required: true, description: 'The prompt, e.g. "prompt:policy-qa-system".' }),
      template: t.string({ required: true }),
      variables: t.stringList(),
      promptKind: t.field({ type: PromptKind, required: true }),
      message: t.string(),
    }),
  }),
  model: builder.inputType('RegisterModelVersionInput', {
    fields: (t) => ({
      artifact: t.id({ required: true, description: 'The model, e.g. "model:claims-classifier".' }),
      provider: t.string({ required: true }),
      modelKind: t.field({ type: ModelKind, required: true }),
      baseVersion: t.id({ description: 'Required for FINE_TUNED and ADAPTER.' }),
      trainingRun: t.id({ description: 'The training run that produced this version.' }),
      uri: t.string(),
      digest: t.string(),
      parameters: t.string({ description: 'JSON text.' }),
      message: t.string(),
    }),
  }),
  retrieval: builder.inputType('RegisterRetrievalConfigVersionInput', {
    fields: (t) => ({
      artifact: t.id({ required: true, description: 'The retrieval config, e.g. "retrieval:policy-index".' }),
      index: t.string({ required: true }),
      embeddingModel: t.string({ required: true }),
      chunkStrategy: t.field({ type: ChunkStrategy }),
      chunkSize: t.int({ required: true }),
      chunkOverlap: t.int(),
      topK: t.int({ required: true }),
      corpus: t.idList({ description: 'The dataset versions the index was built from.' }),
      documents: t.idList({
        description: 'The document versions the index covers (retrievePassages with retrievalConfig searches exactly these).',
      }),
      message: t.string(),
    }),
  }),
};

/** Drops GraphQL's explicit nulls so the domain's defaults apply to omitted optional fields. */
export function withoutNulls<T extends object>(input: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

for (const { family, artifact, version, one, plural } of FAMILIES) {
  const lower = one[0].toLowerCase() + one.slice(1);
  builder.objectFields(artifact, (t) => ({
    name: t.string({ resolve: prop.string('name') }),
    description: t.string({ resolve: prop.string('description') }),
    versionCount: t.int({ resolve: (n) => (n.versionCount as number | undefined) ?? 0 }),
    versions: t.connection({
      type: version,
      description: 'Versions, newest first.',
      resolve: async (n, args, ctx) =>
        toConnection(await listNodes(ctx.domain, version.name as never, { ...forwardArgs(args), parent: n.id })),
    }),
  }));

  const ArtifactPayload = registeredPayload(`Register${one}Payload`, lower, artifact, ALREADY_REGISTERED);
  const VersionPayload = registeredPayload(
    `Register${one}VersionPayload`,
    'version',
    version,
    'False when a version with the same digest existed: it is returned instead.',
  );

  builder.mutationField(`register${one}`, (t) =>
    t.field({
      type: ArtifactPayload,
      nullable: false,
      args: { input: t.arg({ type: RegisterArtifactInput, required: true }) },
      resolve: async (_, { input }, ctx) => (await registerArtifact(ctx.domain, family, withoutNulls(input))) as Registered,
    }),
  );
  builder.mutationField(`register${one}Version`, (t) =>
    t.field({
      type: VersionPayload,
      nullable: false,
      args: { input: t.arg({ type: versionInputs[family], required: true }) },
      resolve: async (_, { input }, ctx) => (await registerVersion(ctx.domain, family, withoutNulls(input as object))) as Registered,
    }),
  );

  builder.queryField(plural, (t) =>
    t.connection({
      type: artifact,
      nullable: false,
      args: { window: t.arg({ type: TimeWindow }) },
      resolve: async (_, args, ctx) =>
        toConnection(await listNodes(ctx.domain, artifact.name as never, { ...forwardArgs(args), ...windowArgs(args.window) })),
    }),
  );
  builder.queryField(`${lower}Versions`, (t) =>
    t.connection({
      type: version,
      nullable: false,
      args: {
        [lower]: t.arg.id({ description: `Only versions of this ${lower}.` }),
        window: t.arg({ type: TimeWindow }),
        includeRetracted: t.arg.boolean({ defaultValue: true }),
      },
      resolve: async (_, args, ctx) =>
        toConnection(
          await listNodes(ctx.domain, version.name as never, {
            ...forwardArgs(args),
            ...windowArgs(args.window as never),
            parent: (args[lower] as string | null | undefined) ?? null,
            includeRetracted: args.includeRetracted as boolean,
          }),
        ),
    }),
  );
}

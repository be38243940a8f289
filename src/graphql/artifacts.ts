import type { z } from 'zod';
import { artifactInput, registerArtifact, registerVersion, versionEnvelope } from '../domain/artifacts/service.js';
import {
  ARTIFACT_KINDS,
  MODEL_KINDS,
  PROMPT_KINDS,
  RETRIEVAL_CHUNK_STRATEGIES,
  type ArtifactFamily,
  type ArtifactOf,
  type VersionOf,
} from '../domain/artifacts/kinds.js';
import { CLASSIFICATIONS } from '../domain/permissions/principal.js';
import { listNodes } from '../domain/nodes/read.js';
import { builder } from './builder.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { sameFields } from './input-check.js';
import { nodeRef, ALREADY_REGISTERED, registeredPayload, type NodeRef } from './node-type.js';

export const Classification = builder.enumType('Classification', { values: CLASSIFICATIONS });
export const PromptKind = builder.enumType('PromptKind', { values: PROMPT_KINDS });
export const ModelKind = builder.enumType('ModelKind', { values: MODEL_KINDS });
export const ChunkStrategy = builder.enumType('ChunkStrategy', { values: RETRIEVAL_CHUNK_STRATEGIES });

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

/** Each family: its artifact and version types and the names its API uses. */
const FAMILIES: Array<{ family: ArtifactFamily; artifact: NodeRef<ArtifactOf>; version: NodeRef<VersionOf>; one: string; plural: string }> =
  [
    { family: 'dataset', artifact: Dataset, version: DatasetVersion, one: 'Dataset', plural: 'datasets' },
    { family: 'prompt', artifact: Prompt, version: PromptVersion, one: 'Prompt', plural: 'prompts' },
    { family: 'model', artifact: Model, version: ModelVersion, one: 'Model', plural: 'models' },
    { family: 'retrieval', artifact: RetrievalConfig, version: RetrievalConfigVersion, one: 'RetrievalConfig', plural: 'retrievalConfigs' },
  ];

builder.objectFields(DatasetVersion, (t) => ({
  version: t.exposeInt('version'),
  digest: t.exposeString('digest'),
  message: t.exposeString('message'),
  dataset: t.field({ type: Dataset, resolve: (n) => n.parent }),
  uri: t.exposeString('uri'),
  schema: t.exposeString('schema', { description: 'JSON text of the dataset schema.' }),
  rowCount: t.exposeFloat('rowCount', { description: 'Rows in this version (Float: counts may exceed 32-bit).' }),
  labelQuality: t.exposeFloat('labelQuality', { description: 'Share of labels that passed review, 0 to 1.' }),
  classification: t.expose('classification', { type: Classification }),
  derivedFrom: t.field({
    type: [DatasetVersion],
    description: 'The dataset versions this one was derived from.',
    resolve: (n) => n.derivedFrom ?? [],
  }),
}));

builder.objectFields(PromptVersion, (t) => ({
  version: t.exposeInt('version'),
  digest: t.exposeString('digest'),
  message: t.exposeString('message'),
  prompt: t.field({ type: Prompt, resolve: (n) => n.parent }),
  template: t.exposeString('template'),
  variables: t.exposeStringList('variables'),
  promptKind: t.expose('promptKind', { type: PromptKind }),
}));

builder.objectFields(ModelVersion, (t) => ({
  version: t.exposeInt('version'),
  digest: t.exposeString('digest'),
  message: t.exposeString('message'),
  model: t.field({ type: Model, resolve: (n) => n.parent }),
  provider: t.exposeString('provider'),
  modelKind: t.expose('modelKind', { type: ModelKind }),
  baseVersion: t.field({
    type: ModelVersion,
    description: 'For a fine-tune or adapter: the version it was built on.',
    resolve: (n) => n.baseVersion,
  }),
  trainingRunId: t.exposeString('trainingRun', { description: 'The training run that produced it, if recorded.' }),
  uri: t.exposeString('uri'),
  parameters: t.exposeString('parameters', { description: 'JSON text of training or serving parameters.' }),
}));

builder.objectFields(RetrievalConfigVersion, (t) => ({
  version: t.exposeInt('version'),
  digest: t.exposeString('digest'),
  message: t.exposeString('message'),
  retrievalConfig: t.field({ type: RetrievalConfig, resolve: (n) => n.parent }),
  index: t.exposeString('index'),
  embeddingModel: t.exposeString('embeddingModel'),
  chunkStrategy: t.expose('chunkStrategy', { type: ChunkStrategy }),
  chunkSize: t.exposeInt('chunkSize'),
  chunkOverlap: t.exposeInt('chunkOverlap'),
  topK: t.exposeInt('topK'),
  corpus: t.field({
    type: [DatasetVersion],
    description: 'The dataset versions the index was built from.',
    resolve: (n) => n.corpus ?? [],
  }),
}));

export const RegisterArtifactInput = builder.inputType('RegisterArtifactInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: 'Lower-case key; the id becomes "<family>:<key>".' }),
    name: t.string({ required: true }),
    description: t.string(),
  }),
});
sameFields<typeof RegisterArtifactInput.$inferInput, z.input<typeof artifactInput>>(true);

const versionInputs = {
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
} satisfies Record<ArtifactFamily, unknown>;

/** Each version input names the fields its family's zod schemas take. */
type VersionInputOf<F extends ArtifactFamily> = z.input<typeof versionEnvelope> & z.input<(typeof ARTIFACT_KINDS)[F]['content']>;
sameFields<typeof versionInputs.dataset.$inferInput, VersionInputOf<'dataset'>>(true);
sameFields<typeof versionInputs.prompt.$inferInput, VersionInputOf<'prompt'>>(true);
sameFields<typeof versionInputs.model.$inferInput, VersionInputOf<'model'>>(true);
sameFields<typeof versionInputs.retrieval.$inferInput, VersionInputOf<'retrieval'>>(true);

/** Drops GraphQL's explicit nulls so the domain's defaults apply to omitted optional fields. */
export function withoutNulls<T extends object>(input: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

for (const { family, artifact, version, one, plural } of FAMILIES) {
  const lower = one[0].toLowerCase() + one.slice(1);
  const kinds = ARTIFACT_KINDS[family];
  builder.objectFields(artifact, (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    versionCount: t.int({ resolve: (n) => n.versionCount ?? 0 }),
    versions: t.connection({
      type: version,
      description: 'Versions, newest first.',
      resolve: async (n, args, ctx) => toConnection(await listNodes(ctx.domain, kinds.version, { ...forwardArgs(args), parent: n.id })),
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
      resolve: (_, { input }, ctx) => registerArtifact(ctx.domain, family, withoutNulls(input)),
    }),
  );
  builder.mutationField(`register${one}Version`, (t) =>
    t.field({
      type: VersionPayload,
      nullable: false,
      args: { input: t.arg({ type: versionInputs[family], required: true }) },
      resolve: (_, { input }, ctx) => registerVersion(ctx.domain, family, withoutNulls(input)),
    }),
  );

  builder.queryField(plural, (t) =>
    t.connection({
      type: artifact,
      nullable: false,
      args: { window: t.arg({ type: TimeWindow }) },
      resolve: async (_, args, ctx) =>
        toConnection(await listNodes(ctx.domain, kinds.artifact, { ...forwardArgs(args), ...windowArgs(args.window) })),
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
      resolve: async (_, args, ctx) => {
        // The family's argument has a computed name, so TypeScript gives every argument the union of their types: narrow each.
        const { [lower]: parent, window, includeRetracted } = args;
        return toConnection(
          await listNodes(ctx.domain, kinds.version, {
            ...forwardArgs(args),
            ...windowArgs(typeof window === 'object' ? window : null),
            parent: typeof parent === 'string' ? parent : null,
            includeRetracted: includeRetracted !== false,
          }),
        );
      },
    }),
  );
}

import type { z } from 'zod';
import { listNodes } from '../domain/nodes/read.js';
import { createRelease, registerSystem, systemInput, releaseInput } from '../domain/releases/service.js';
import { ModelVersion, PromptVersion, RetrievalConfigVersion, withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { nodeRef, ALREADY_REGISTERED, registeredPayload } from './node-type.js';

export const System = nodeRef('System', 'An AI system that serves a use case; releases are cut for it.');
export const Release = nodeRef(
  'Release',
  'An immutable release of a system: it pins exact versions of model, prompts and retrieval config.',
);

builder.objectFields(System, (t) => ({
  name: t.exposeString('name'),
  description: t.exposeString('description'),
  releaseCount: t.int({ resolve: (n) => n.versionCount ?? 0 }),
  releases: t.connection({
    type: Release,
    description: 'Releases, newest first.',
    resolve: async (n, args, ctx) => toConnection(await listNodes(ctx.domain, 'Release', { ...forwardArgs(args), parent: n.id })),
  }),
}));

builder.objectFields(Release, (t) => ({
  version: t.exposeInt('version'),
  digest: t.exposeString('digest', { description: 'Digest of the pinned set: two releases with the same pins are one release.' }),
  notes: t.exposeString('notes'),
  system: t.field({ type: System, resolve: (n) => n.parent }),
  model: t.field({ type: ModelVersion, resolve: (n) => n.modelVersion }),
  prompts: t.field({ type: [PromptVersion], resolve: (n) => n.promptVersions }),
  retrievalConfig: t.field({ type: RetrievalConfigVersion, resolve: (n) => n.retrievalConfigVersion }),
}));

const RegisterSystemInput = builder.inputType('RegisterSystemInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), description: t.string() }),
});
sameFields<typeof RegisterSystemInput.$inferInput, z.input<typeof systemInput>>(true);

const CreateReleaseInput = builder.inputType('CreateReleaseInput', {
  fields: (t) => ({
    system: t.id({ required: true, description: 'e.g. "system:policy-qa".' }),
    model: t.id({ required: true, description: 'The model version to pin.' }),
    prompts: t.idList({ required: true, description: 'Prompt versions to pin.' }),
    retrievalConfig: t.id({ description: 'The retrieval config version to pin, if the system retrieves.' }),
    notes: t.string(),
  }),
});
sameFields<typeof CreateReleaseInput.$inferInput, z.input<typeof releaseInput>>(true);

const SystemPayload = registeredPayload('RegisterSystemPayload', 'system', System, ALREADY_REGISTERED);
const ReleasePayload = registeredPayload(
  'CreateReleasePayload',
  'release',
  Release,
  'False when a release with exactly these pins existed: it is returned instead.',
);

builder.mutationFields((t) => ({
  registerSystem: t.field({
    type: SystemPayload,
    nullable: false,
    args: { input: t.arg({ type: RegisterSystemInput, required: true }) },
    resolve: (_, { input }, ctx) => registerSystem(ctx.domain, withoutNulls(input)),
  }),
  createRelease: t.field({
    type: ReleasePayload,
    nullable: false,
    args: { input: t.arg({ type: CreateReleaseInput, required: true }) },
    resolve: (_, { input }, ctx) => createRelease(ctx.domain, withoutNulls(input)),
  }),
}));

builder.queryFields((t) => ({
  systems: t.connection({
    type: System,
    nullable: false,
    args: { window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'System', { ...forwardArgs(args), ...windowArgs(args.window) })),
  }),
  releases: t.connection({
    type: Release,
    nullable: false,
    args: {
      system: t.arg.id({ description: 'Only releases of this system.' }),
      window: t.arg({ type: TimeWindow }),
      includeRetracted: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (_, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'Release', {
          ...forwardArgs(args),
          ...windowArgs(args.window),
          parent: args.system ?? null,
          includeRetracted: args.includeRetracted,
        }),
      ),
  }),
}));

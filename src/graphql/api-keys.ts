import type { z } from 'zod';
import { createApiKey, createApiKeyInput, listApiKeys, revokeApiKey, type CreatedApiKey } from '../domain/api-keys/service.js';
import type { ApiKeyRecord } from '../domain/api-keys/record.js';
import { DEFAULT_CLASSIFICATION, ROLES } from '../domain/permissions/principal.js';
import { Classification, withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, toConnection } from './connection.js';
import { sameFields } from './input-check.js';
import { DateTime } from './scalars.js';

export const Role = builder.enumType('Role', { values: ROLES, description: 'What a principal may do: see docs/access-control.md.' });

const ApiKey = builder.objectRef<ApiKeyRecord>('ApiKey').implement({
  description: 'A credential for a service or script. Only a hash of its secret is stored; the key itself was shown once.',
  fields: (t) => ({
    id: t.id({ nullable: false, resolve: (k) => k.id, description: 'apikey:<key id>; the key id is also the part after pvn_ in the key.' }),
    principal: t.string({
      nullable: false,
      description: 'Who the key acts as: a person or service account id.',
      resolve: (k) => k.principal,
    }),
    roles: t.field({ type: [Role], nullable: false, resolve: (k) => k.roles }),
    clearance: t.field({ type: Classification, nullable: false, resolve: (k) => k.clearance }),
    description: t.string({ resolve: (k) => k.description ?? null }),
    createdAt: t.field({ type: DateTime, nullable: false, resolve: (k) => k.createdAt }),
    createdBy: t.string({ nullable: false, resolve: (k) => k.createdBy }),
    revokedAt: t.field({ type: DateTime, description: 'Null while the key is valid.', resolve: (k) => k.revokedAt ?? null }),
    revokedBy: t.string({ resolve: (k) => k.revokedBy ?? null }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    principal: t.id({ required: true, description: 'person:… or service:…' }),
    roles: t.field({ type: [Role], required: true }),
    clearance: t.field({ type: Classification, description: `Highest classification it may read; default ${DEFAULT_CLASSIFICATION}.` }),
    description: t.string({ description: 'What the key is for, e.g. "nightly evaluation pipeline".' }),
  }),
});
sameFields<typeof CreateApiKeyInput.$inferInput, z.input<typeof createApiKeyInput>>(true);

const CreateApiKeyPayload = builder.objectRef<CreatedApiKey>('CreateApiKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, nullable: false, resolve: (p) => p.apiKey }),
    key: t.exposeString('key', {
      nullable: false,
      description: 'The key, shown this once: send it as `Authorization: Bearer <key>`. It cannot be recovered.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    nullable: false,
    description: 'Issues an API key (ADMIN).',
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_, { input }, ctx) => createApiKey(ctx.domain, withoutNulls(input)),
  }),
  revokeApiKey: t.field({
    type: ApiKey,
    nullable: false,
    description: 'Revokes an API key for good (ADMIN).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => revokeApiKey(ctx.domain, id),
  }),
}));

builder.queryFields((t) => ({
  apiKeys: t.connection({
    type: ApiKey,
    nullable: false,
    description: 'API keys, newest first (ADMIN). Never their secrets.',
    args: {
      includeRevoked: t.arg.boolean({ defaultValue: true }),
      principal: t.arg.id({ description: 'Only keys acting as this principal.' }),
    },
    resolve: async (_, args, ctx) =>
      toConnection<ApiKeyRecord>(
        await listApiKeys(ctx.domain, { ...forwardArgs(args), includeRevoked: args.includeRevoked, principal: args.principal }),
      ),
  }),
}));

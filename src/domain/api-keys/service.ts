import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { authorize } from '../permissions/permissions.js';
import { byKeyset, openPage, type Page, type PageArgs } from '../paging.js';
import { apiKeyQueries } from './queries.js';
import type { ApiKeyRecord } from './record.js';
import { newApiKey, normaliseApiKeyId } from './format.js';
import { forgetApiKey } from './verify.js';
import { CLASSIFICATIONS, DEFAULT_CLASSIFICATION, ROLES } from '../permissions/principal.js';

/** What issuing a key takes. */
export const createApiKeyInput = z.object({
  principal: idOf('Person', 'ServiceAccount'),
  roles: z
    .array(z.enum(ROLES))
    .min(1, 'give the key at least one role')
    .max(ROLES.length)
    .transform((r) => [...new Set(r)]),
  clearance: z.enum(CLASSIFICATIONS).default(DEFAULT_CLASSIFICATION),
  description: text(200).optional(),
});

export interface CreatedApiKey {
  apiKey: ApiKeyRecord;
  /** The whole key, shown once: it is not stored and cannot be recovered. */
  key: string;
}

/** Creates a key for a person or service account; the secret exists only in the return value. */
export async function createApiKey(ctx: DomainContext, input: unknown, opts: { onlyIfNone?: boolean } = {}): Promise<CreatedApiKey> {
  const cmd = command(ctx, 'apikey.create');
  const data = parse(createApiKeyInput, input);
  const { id, key, hash } = newApiKey();
  // The audit digest covers what the key is, never its secret.
  return cmd.write({ id, ...data }, async (tx, now) => {
    if (opts.onlyIfNone) await requireNoKeys(tx);
    const row = await tx.one(apiKeyQueries.create, {
      id,
      hash,
      principal: data.principal,
      roles: data.roles,
      clearance: data.clearance,
      description: data.description ?? null,
      at: dateTimeParam(now),
      actor: ctx.principal.id,
    });
    return { result: { apiKey: row!.k, key }, targets: [id, data.principal] };
  });
}

async function requireNoKeys(tx: Tx): Promise<void> {
  const row = await tx.one(apiKeyQueries.bootstrapLock);
  if (Number(row!.keys) > 0) throw conflict('API keys exist already.');
}

/** Revokes a key for good; this process stops accepting it at once, others within the cache lifetime. */
export async function revokeApiKey(ctx: DomainContext, idInput: string): Promise<ApiKeyRecord> {
  const cmd = command(ctx, 'apikey.revoke');
  const id = normaliseApiKeyId('id', idInput);
  const revoked = await cmd.write({ id }, async (tx, now) => {
    const row = await tx.one(apiKeyQueries.revoke, { id, at: dateTimeParam(now), actor: ctx.principal.id });
    if (!row) throw notFound(id, 'API key');
    if (row.wasRevokedAt) throw conflict(`${id} was revoked already at ${String(row.wasRevokedAt)}.`, { id });
    const key = row.k;
    return { result: key, targets: [id, key.principal] };
  });
  forgetApiKey(id);
  return revoked;
}

/** Keys newest first, without their hashes. */
export async function listApiKeys(
  ctx: DomainContext,
  args: PageArgs & { includeRevoked?: boolean | null; principal?: string | null },
): Promise<Page<ApiKeyRecord>> {
  authorize(ctx.principal, 'apikey.read');
  const shape = { includeRevoked: args.includeRevoked ?? true, principal: args.principal ?? null };
  const paging = openPage('apikeys', shape, args, byKeyset);
  const rows = await ctx.db.readQuery(apiKeyQueries.list, {
    ...shape,
    cursorAt: paging.after ? dateTimeParam(new Date(paging.after.at)) : null,
    cursorId: paging.after?.id ?? null,
    limit: intParam(paging.fetch),
  });
  return paging.page(
    rows.map((r) => r.k),
    (k) => k,
  );
}

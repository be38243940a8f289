import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import type { Limits } from '../context.js';
import { DomainError } from '../errors.js';
import { createApiKey } from './service.js';
import { systemPrincipal } from '../permissions/principal.js';

export const LOCAL_ADMIN = 'person:local-admin';

/**
 * First start with no API keys: issue an ADMIN key for the local operator and write it to a file only
 * they can read, so the Quickstart works without an extra step. Returns the file, or null when keys
 * exist already (including when another replica won the race).
 */
export async function bootstrapAdminKey(db: Database, opts: { file: string; limits: Limits }): Promise<{ file: string; id: string } | null> {
  const ctx = { db, principal: systemPrincipal(), now: () => new Date(), requestId: `bootstrap-${randomUUID()}`, limits: opts.limits };
  let created;
  try {
    created = await createApiKey(
      ctx,
      { principal: LOCAL_ADMIN, roles: ['ADMIN'], clearance: 'RESTRICTED', description: 'local admin, created on first start' },
      { onlyIfNone: true },
    );
  } catch (err) {
    if (err instanceof DomainError && err.code === 'CONFLICT') return null;
    throw err;
  }
  mkdirSync(dirname(opts.file), { recursive: true, mode: 0o700 });
  writeFileSync(opts.file, `${created.key}\n`, { mode: 0o600 });
  chmodSync(opts.file, 0o600);
  return { file: opts.file, id: created.apiKey.id };
}

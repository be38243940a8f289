import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import type { Services } from '../context.js';
import { DomainError } from '../errors.js';
import { systemPrincipal } from '../permissions/principal.js';
import { createApiKey, type CreatedApiKey } from './service.js';

export const LOCAL_ADMIN = 'person:local-admin';

/**
 * First start with no API keys: issue an ADMIN key for the local operator, so the Quickstart works
 * without an extra step. Null when keys exist already (including when another replica won the race).
 */
export async function createFirstAdminKey(db: Database, services: Services): Promise<CreatedApiKey | null> {
  const ctx = { db, ...services, principal: systemPrincipal(), now: () => new Date(), requestId: `bootstrap-${randomUUID()}` };
  try {
    return await createApiKey(
      ctx,
      { principal: LOCAL_ADMIN, roles: ['ADMIN'], clearance: 'RESTRICTED', description: 'local admin, created on first start' },
      { onlyIfNone: true },
    );
  } catch (err) {
    if (err instanceof DomainError && err.code === 'CONFLICT') return null;
    throw err;
  }
}

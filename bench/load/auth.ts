import { systemPrincipal } from '../../src/domain/permissions/principal.js';
import { createApiKey } from '../../src/domain/api-keys/service.js';
import type { Database } from '../../src/db/database.js';
import type { Services } from '../../src/domain/context.js';
import { PRINCIPALS } from '../graph/actors.js';

/** A fresh ADMIN key for this run's HTTP clients (the secret exists only in memory). */
export async function createBenchKey(db: Database, services: Services): Promise<string> {
  const ctx = { db, ...services, principal: systemPrincipal(), now: () => new Date(), requestId: `bench-key-${Date.now()}` };
  const created = await createApiKey(ctx, {
    principal: PRINCIPALS.engineer.id,
    roles: ['ADMIN'],
    clearance: 'RESTRICTED',
    description: 'npm run bench load client',
  });
  return created.key;
}

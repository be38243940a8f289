import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At, AtOrNull, Iso } from '../query-types.js';
import type { ApiKeyRecord } from './record.js';

/** API keys: issued, listed, verified and revoked. */
export const apiKeyQueries = {
  create: defineQuery<
    { id: string; hash: string; principal: string; roles: string[]; clearance: string; description: string | null; at: At; actor: string },
    { k: ApiKeyRecord }
  >('apikey-create'),
  bootstrapLock: defineQuery<Record<string, never>, { keys: number }>('apikey-bootstrap-lock'),
  revoke: defineQuery<{ id: string; at: At; actor: string }, { wasRevokedAt: Iso | null; k: ApiKeyRecord }>('apikey-revoke'),
  list: defineQuery<
    { includeRevoked: boolean; principal: string | null; cursorAt: AtOrNull; cursorId: string | null; limit: Integer },
    { k: ApiKeyRecord }
  >('apikey-list'),
  get: defineQuery<
    { id: string },
    { k: { id: string; hash: string; principal: string; roles: string[]; clearance: string; revokedAt: Iso | null } | null }
  >('apikey-get'),
};

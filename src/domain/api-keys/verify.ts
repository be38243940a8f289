import type { Database } from '../../db/database.js';
import { unauthenticated } from '../errors.js';
import { parseApiKey, secretMatches } from './format.js';
import { CLASSIFICATIONS, ROLES, type Classification, type Principal, type Role } from '../permissions/principal.js';
import { apiKeyQueries } from './queries.js';

interface Cached {
  hash: string;
  principal: Principal;
  until: number;
}

/**
 * Verified keys, briefly, so a busy client does not cost a database read per request. Revoking
 * through this process evicts at once; a revocation made elsewhere (the keys command, another
 * replica) takes effect here when the entry expires. Only a matching secret is ever served from it.
 */
const cache = new Map<string, Cached>();
const MAX_CACHED = 10_000;

export function forgetApiKey(id: string): void {
  cache.delete(id);
}

const REFUSED = 'unknown or revoked API key';

/** The principal a presented `pvn_…` key stands for, or UNAUTHENTICATED. */
export async function verifyApiKey(db: Database, token: string, cacheSeconds: number, nowMs = Date.now()): Promise<Principal> {
  const parsed = parseApiKey(token);
  if (!parsed) throw unauthenticated('malformed API key: expected pvn_<key id>_<secret> exactly as it was issued');
  const hit = cache.get(parsed.id);
  if (hit && hit.until > nowMs) {
    if (secretMatches(parsed.secret, hit.hash)) return hit.principal;
    throw unauthenticated(REFUSED);
  }
  const row = (await db.readQuery(apiKeyQueries.get, { id: parsed.id }))[0]?.k;
  if (!row || row.revokedAt || !secretMatches(parsed.secret, String(row.hash))) throw unauthenticated(REFUSED);
  const principal: Principal = {
    id: String(row.principal),
    roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    clearance: (CLASSIFICATIONS as readonly string[]).includes(String(row.clearance)) ? (row.clearance as Classification) : 'PUBLIC',
    via: 'api-key',
    credential: parsed.id,
  };
  if (cacheSeconds > 0) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(parsed.id, { hash: String(row.hash), principal, until: nowMs + cacheSeconds * 1000 });
  }
  return principal;
}

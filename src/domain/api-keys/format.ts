import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors.js';

/**
 * A key reads `pvn_<keyId>_<secret>`: the key id finds the stored record, the 256-bit secret proves
 * possession. Only sha256(secret) is stored; with that much entropy a slow hash adds nothing.
 */
const KEY_PATTERN = /^pvn_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;
const ID_PATTERN = /^(?:apikey:)?([a-f0-9]{16})$/;

export const looksLikeApiKey = (token: string) => token.startsWith('pvn_');

export function newApiKey(): { id: string; key: string; hash: string } {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id: `apikey:${keyId}`, key: `pvn_${keyId}_${secret}`, hash: hashSecret(secret) };
}

export function parseApiKey(token: string): { id: string; secret: string } | null {
  const m = KEY_PATTERN.exec(token);
  return m ? { id: `apikey:${m[1]}`, secret: m[2] } : null;
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const stored = Buffer.from(storedHash, 'hex');
  const presented = createHash('sha256').update(secret, 'utf8').digest();
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}

/** `apikey:<16 hex>` from either that form or the bare key id printed inside the key. */
export function normaliseApiKeyId(field: string, value: string): string {
  const m = typeof value === 'string' ? ID_PATTERN.exec(value) : null;
  if (!m) throw new DomainError('VALIDATION', `${field}: not an API key id (expected apikey:<16 hex digits>).`, { field });
  return `apikey:${m[1]}`;
}

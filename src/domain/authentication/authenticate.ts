import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { unauthenticated } from '../errors.js';
import { looksLikeApiKey } from '../api-keys/format.js';
import { verifyApiKey } from '../api-keys/verify.js';
import { createJwtVerifier, type JwtVerifier } from './jwt.js';
import type { Principal } from '../permissions/principal.js';

export type Authenticator = (authorization: string | null) => Promise<Principal>;

const HOW = 'send Authorization: Bearer <api key or token>';

/**
 * Turns an Authorization header into a principal, or refuses with UNAUTHENTICATED and a message that
 * says what to fix. `pvn_…` is an API key; anything shaped like a JWT goes to the JWKS verifier.
 */
export function createAuthenticator(deps: { db: Database; config: Pick<Config, 'auth'> }): Authenticator {
  const jwt: JwtVerifier | null = deps.config.auth.jwt ? createJwtVerifier(deps.config.auth.jwt) : null;
  return async (authorization) => {
    if (authorization === null || authorization.trim() === '') throw unauthenticated(`missing Authorization header: ${HOW}`);
    const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization);
    if (!m) throw unauthenticated(`malformed Authorization header: ${HOW}`);
    const token = m[1];
    if (looksLikeApiKey(token)) return verifyApiKey(deps.db, token, deps.config.auth.apiKeyCacheSeconds);
    if (/^[\w-]*\.[\w-]*\.[\w-]*$/.test(token)) {
      if (!jwt) throw unauthenticated('bearer tokens (JWT) are not accepted by this server (no JWKS configured); use an API key');
      return jwt(token);
    }
    throw unauthenticated('credential is neither an API key (pvn_…) nor a JWT');
  };
}

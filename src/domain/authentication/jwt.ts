import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { JwtConfig } from '../../config.js';
import { logger } from '../../logger.js';
import { DomainError, unauthenticated } from '../errors.js';
import {
  CLASSIFICATIONS,
  DEFAULT_CLASSIFICATION,
  ROLES,
  type Classification,
  type Principal,
  type Role,
} from '../permissions/principal.js';

/** Asymmetric algorithms only: never "none", never HMAC (a public JWKS must not double as a shared secret). */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const DEFAULT_CLEARANCE: Classification = DEFAULT_CLASSIFICATION;

export type JwtVerifier = (token: string) => Promise<Principal>;

function keySet(config: JwtConfig): JWTVerifyGetKey {
  if (config.jwksUrl) return createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  let jwks: unknown;
  try {
    jwks = JSON.parse(readFileSync(config.jwksFile!, 'utf8'));
  } catch (err) {
    throw new Error(
      `PROVENANT_JWT_JWKS_FILE: cannot read a JWKS from ${config.jwksFile}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  return createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
}

/** Verifies bearer tokens from the organisation's identity provider and maps their claims to a principal. */
export function createJwtVerifier(config: JwtConfig): JwtVerifier {
  const keys = keySet(config);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (err) {
      throw refusal(err, config);
    }
    return principalFrom(payload, config);
  };
}

function refusal(err: unknown, config: JwtConfig): Error {
  const clip = (v: unknown) => JSON.stringify(v ?? null).slice(0, 200);
  if (err instanceof errors.JWTExpired)
    return unauthenticated(
      `token expired${typeof err.payload.exp === 'number' ? ` at ${new Date(err.payload.exp * 1000).toISOString()}` : ''}`,
    );
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'iss')
      return unauthenticated(`token issuer ${clip(err.payload.iss)} not accepted; this server accepts "${config.issuer}"`);
    if (err.claim === 'aud')
      return unauthenticated(`token audience ${clip(err.payload.aud)} not accepted; this server is ${clip(config.audience.join(', '))}`);
    if (err.claim === 'nbf') return unauthenticated('token not valid yet (nbf is in the future)');
    return unauthenticated(`token claim "${err.claim}" ${err.reason === 'missing' ? 'is missing' : 'is invalid'}`);
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return unauthenticated(`token algorithm not accepted; use one of ${ALGORITHMS.join(', ')}`);
  if (err instanceof errors.JWSSignatureVerificationFailed) return unauthenticated('token signature does not verify');
  if (err instanceof errors.JWKSNoMatchingKey)
    return unauthenticated("no key in the identity provider's key set matches the token's kid/alg");
  if (err instanceof errors.JWKSMultipleMatchingKeys)
    return unauthenticated("several keys in the identity provider's key set match the token; give it a kid");
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid || err instanceof errors.JOSENotSupported) {
    return unauthenticated(`malformed token: ${err.message}`);
  }
  // The key set could not be fetched: not the caller's fault, and worth retrying.
  if (err instanceof errors.JWKSTimeout || isFetchFailure(err)) {
    logger.warn('identity provider key set unreachable', {
      jwksUrl: config.jwksUrl,
      error: err instanceof Error ? err.message : String(err),
    });
    return new DomainError('UNAVAILABLE', "The identity provider's key set could not be fetched to verify the token; try again shortly.", {
      retryAfterSeconds: 5,
    });
  }
  // Key set unusable in some other way: a server problem, masked and logged upstream.
  return err instanceof Error ? err : new Error(String(err));
}

/** A claim by exact name first (namespaced claims contain dots), then as a dotted path. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
}

function principalFrom(payload: JWTPayload, config: JwtConfig): Principal {
  const sub = payload.sub;
  // eslint-disable-next-line no-control-regex
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200 || /[\u0000-\u001f\u007f]/.test(sub)) {
    throw unauthenticated('token subject (sub) must be a non-empty string of at most 200 printable characters');
  }
  const id = /^(person|service):/.test(sub) ? sub : `${config.subjectPrefix}${sub}`;
  return {
    id,
    roles: rolesFrom(claimAt(payload, config.rolesClaim)),
    clearance: clearanceFrom(claimAt(payload, config.clearanceClaim), config),
    via: 'jwt',
    credential: config.issuer,
  };
}

/** Known role names in any case, from a list or a space/comma-separated string; unknown names are ignored. */
function rolesFrom(claim: unknown): Role[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const roles = names.filter((n): n is string => typeof n === 'string').map((n) => n.toUpperCase());
  return ROLES.filter((r) => roles.includes(r));
}

function clearanceFrom(claim: unknown, config: JwtConfig): Classification {
  if (claim === undefined || claim === null) return DEFAULT_CLEARANCE;
  const value = typeof claim === 'string' ? claim.toUpperCase() : '';
  if ((CLASSIFICATIONS as readonly string[]).includes(value)) return value as Classification;
  throw unauthenticated(`token claim "${config.clearanceClaim}" must be one of ${CLASSIFICATIONS.join(', ')}`);
}

/** fetch() rejects with a TypeError("fetch failed") when the host cannot be reached; jose passes it through. */
function isFetchFailure(err: unknown): boolean {
  return err instanceof TypeError && /fetch failed/i.test(err.message);
}

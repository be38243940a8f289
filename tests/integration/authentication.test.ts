import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JwtConfig } from '../../src/config.js';
import { revokeApiKey } from '../../src/domain/api-keys/service.js';
import { systemPrincipal } from '../../src/domain/permissions/principal.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';

const ISSUER = 'https://idp.example.test/realms/acme';
const AUDIENCE = 'provenant';
const VIEWER = graphql(`
  query AuthViewer {
    viewer {
      id
      roles
      clearance
      via
    }
  }
`);

let h: Harness;
let signingKey: CryptoKey;
let otherKey: CryptoKey;
let jwt: JwtConfig;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = other.privateKey;
  const dir = mkdtempSync(join(tmpdir(), 'provenant-jwks-'));
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
  jwt = {
    jwksFile,
    issuer: ISSUER,
    audience: [AUDIENCE],
    rolesClaim: 'realm_access.roles',
    clearanceClaim: 'clearance',
    subjectPrefix: 'person:',
    clockToleranceSeconds: 5,
  };
  h = await startHarness({ auth: 'real', jwt });
});

afterAll(async () => {
  await h.close();
});

async function token(
  claims: Record<string, unknown>,
  opts: { key?: CryptoKey; issuer?: string; audience?: string; expiresIn?: string | number; kid?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? AUDIENCE)
    .setSubject((claims.sub as string | undefined) ?? 'alice')
    .setIssuedAt()
    .setExpirationTime(opts.expiresIn ?? '5m')
    .sign(opts.key ?? signingKey);
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

async function refused(headers: Record<string, string>, message: RegExp) {
  const r = await h.gql(VIEWER, {}, headers);
  expect(r.status).toBe(401);
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(r.errors?.[0]?.message).toMatch(message);
}

describe('authentication through HTTP', () => {
  it('refuses a request with no Authorization header with 401 and says what to send', async () => {
    await refused({}, /missing Authorization header: send Authorization: Bearer <api key or token>/);
  });

  it('refuses malformed headers', async () => {
    await refused({ authorization: 'Basic dXNlcjpwYXNz' }, /malformed Authorization header/);
    await refused({ authorization: 'Bearer' }, /malformed Authorization header/);
    await refused({ authorization: 'Bearer a b' }, /malformed Authorization header/);
    await refused(h.bearer('hello'), /neither an API key .* nor a JWT/);
    await refused(h.bearer('pvn_short'), /malformed API key/);
  });

  it('accepts a valid API key and acts as its principal with its roles and clearance', async () => {
    const key = await h.createKey(['ENGINEER', 'APPROVER'], 'CONFIDENTIAL', `service:${h.prefix}-pipeline`);
    expect(key).toMatch(/^pvn_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/);
    const r = await h.gql(VIEWER, {}, h.bearer(key));
    expect(r.status).toBe(200);
    expect(r.data?.viewer).toEqual({
      id: `service:${h.prefix}-pipeline`,
      roles: ['ENGINEER', 'APPROVER'],
      clearance: 'CONFIDENTIAL',
      via: 'api-key',
    });
  });

  it('refuses an unknown key and a known key id with the wrong secret alike', async () => {
    await refused(h.bearer(`pvn_0123456789abcdef_${'A'.repeat(43)}`), /unknown or revoked API key/);
    const key = await h.createKey(['VIEWER']);
    expect((await h.gql(VIEWER, {}, h.bearer(key))).status).toBe(200);
    const tampered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    await refused(h.bearer(tampered), /unknown or revoked API key/);
  });

  it('refuses a key once it is revoked through the API, at once, and in a fresh process', async () => {
    const admin = await h.createKey(['ADMIN']);
    const key = await h.createKey(['ENGINEER']);
    expect((await h.gql(VIEWER, {}, h.bearer(key))).status).toBe(200); // now cached
    const keyId = key.split('_')[1];
    const revoked = await h.gql(
      graphql(`
        mutation AuthRevokeApiKey($id: ID!) {
          revokeApiKey(id: $id) {
            id
            revokedAt
            revokedBy
          }
        }
      `),
      { id: keyId },
      h.bearer(admin),
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeApiKey).toMatchObject({ id: `apikey:${keyId}`, revokedBy: `service:${h.prefix}-key` });
    await refused(h.bearer(key), /unknown or revoked API key/);
    const again = await h.gql(
      graphql(`
        mutation AuthRevokeApiKey2($id: ID!) {
          revokeApiKey(id: $id) {
            id
          }
        }
      `),
      { id: keyId },
      h.bearer(admin),
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const fresh = await startHarness({ auth: 'real' });
    try {
      const r = await fresh.gql(VIEWER, {}, fresh.bearer(key));
      expect(r.status).toBe(401);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a key revoked through the domain (the keys command) in this process at once', async () => {
    const key = await h.createKey(['VIEWER']);
    expect((await h.gql(VIEWER, {}, h.bearer(key))).status).toBe(200);
    await revokeApiKey(h.domainContext(systemPrincipal('service:keys-cli')), key.split('_')[1]);
    await refused(h.bearer(key), /unknown or revoked API key/);
  });

  it('accepts a valid JWT: subject prefixed, known roles from a nested claim, clearance from its claim', async () => {
    const t = await token({ sub: 'alice', realm_access: { roles: ['engineer', 'offline_access', 'AUDITOR'] }, clearance: 'confidential' });
    const r = await h.gql(VIEWER, {}, h.bearer(t));
    expect(r.status).toBe(200);
    expect(r.data?.viewer).toEqual({ id: 'person:alice', roles: ['ENGINEER', 'AUDITOR'], clearance: 'CONFIDENTIAL', via: 'jwt' });
  });

  it('defaults clearance to INTERNAL, keeps an id-shaped subject, and lets a token with no known role in but not further', async () => {
    const t = await token({ sub: 'service:batch-scorer', realm_access: { roles: ['uma_authorization'] } });
    const r = await h.gql(VIEWER, {}, h.bearer(t));
    expect(r.data?.viewer).toEqual({ id: 'service:batch-scorer', roles: [], clearance: 'INTERNAL', via: 'jwt' });
    const list = await h.gql(
      graphql(`
        query AuthDatasets {
          datasets(first: 1) {
            edges {
              cursor
            }
          }
        }
      `),
      {},
      h.bearer(t),
    );
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses expired, wrong-issuer, wrong-audience, badly signed, unknown-key, alg none and HS256 tokens', async () => {
    const claims = { realm_access: { roles: ['ADMIN'] } };
    await refused(h.bearer(await token(claims, { expiresIn: Math.floor(Date.now() / 1000) - 120 })), /token expired/);
    await refused(
      h.bearer(await token(claims, { issuer: 'https://evil.example.test' })),
      /token issuer "https:\/\/evil\.example\.test" not accepted/,
    );
    await refused(h.bearer(await token(claims, { audience: 'someone-else' })), /token audience .* not accepted/);
    await refused(h.bearer(await token(claims, { key: otherKey })), /token signature does not verify/);
    await refused(h.bearer(await token(claims, { key: otherKey, kid: 'k9' })), /no key in the identity provider's key set/);
    const now = Math.floor(Date.now() / 1000);
    const payload = b64({ sub: 'mallory', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300, ...claims });
    await refused(h.bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`), /token algorithm not accepted|malformed token/);
    const hs = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('mallory')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a shared secret that is long enough for hs256'));
    await refused(h.bearer(hs), /token algorithm not accepted/);
    const tamperedPayload = (await token(claims)).split('.');
    tamperedPayload[1] = b64({ sub: 'mallory', iss: ISSUER, aud: AUDIENCE, exp: now + 300, realm_access: { roles: ['ADMIN'] } });
    await refused(h.bearer(tamperedPayload.join('.')), /token signature does not verify/);
  });

  it('refuses JWTs when the server has no JWKS configured', async () => {
    const keysOnly = await startHarness({ auth: 'real' });
    try {
      const r = await keysOnly.gql(VIEWER, {}, keysOnly.bearer(await token({ sub: 'alice' })));
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.message).toMatch(/not accepted by this server/);
    } finally {
      await keysOnly.close();
    }
  });

  it('changes nothing in the graph when it refuses a request', async () => {
    const before = await h.counts();
    const r = await h.gql(
      graphql(`
        mutation AuthRegisterPerson {
          registerPerson(input: { key: "mallory", name: "Mallory" }) {
            created
          }
        }
      `),
      {},
      h.bearer('pvn_nope'),
    );
    expect(r.status).toBe(401);
    expect(await h.counts()).toEqual(before);
  });
});

describe('identity provider outage', () => {
  it('answers 503 UNAVAILABLE with Retry-After when the key set cannot be fetched, and changes nothing', async () => {
    // Nothing listens on the discard port on this machine's loopback.
    const down = await startHarness({ auth: 'real', jwt: { ...jwt, jwksFile: undefined, jwksUrl: 'http://127.0.0.1:9/jwks.json' } });
    try {
      const before = await down.counts();
      const res = await down.app.fetch('http://provenant.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token({ realm_access: { roles: ['VIEWER'] } })}` },
        body: JSON.stringify({
          query: graphql(`
            query AuthViewer2 {
              viewer {
                id
              }
            }
          `),
        }),
      });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(body.errors[0].extensions.code).toBe('UNAVAILABLE');
      expect(body.errors[0].message).toMatch(/identity provider/);
      expect(await down.counts()).toEqual(before);
    } finally {
      await down.close();
    }
  });
});

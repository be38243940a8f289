import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { revokeApiKey } from '../../src/domain/api-keys/service.js';
import { systemPrincipal } from '../../src/domain/permissions/principal.js';
import { verifyAuditTrail } from '../../src/domain/audit/verify.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { snapshot, type GraphSnapshot } from '../helpers/graph-snapshot.js';

/**
 * Hostile input through real HTTP (a Node server on 127.0.0.1, an ephemeral port, as src/server.ts
 * runs the app): every case gets a typed error with a sensible status, and the graph (every label
 * and relationship-type count) and the audit chain head are the same after each case and after all of them.
 */

const ISSUER = 'https://idp.hostile.test/realms/acme';
const AUDIENCE = 'provenant';

let h: Harness;
let server: Server;
let limitedServer: Server;
let base: string;
let limitedBase: string;
let signingKey: CryptoKey;
let otherKey: CryptoKey;
const key = { admin: '', engineer: '', viewer: '', auditor: '', revoked: '', changedSecret: '', lowClearance: '' };
let restrictedVersion = '';
let first: GraphSnapshot;

const listen = (s: Server) =>
  new Promise<string>((resolve) => s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
const closeServer = (s: Server | undefined) => new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const dir = mkdtempSync(join(tmpdir(), 'provenant-hostile-'));
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
  h = await startHarness({
    auth: 'real',
    jwt: {
      jwksFile: join(dir, 'jwks.json'),
      issuer: ISSUER,
      audience: [AUDIENCE],
      rolesClaim: 'roles',
      clearanceClaim: 'clearance',
      subjectPrefix: 'person:',
      clockToleranceSeconds: 0,
    },
  });
  key.admin = await h.createKey(['ADMIN'], 'RESTRICTED', `person:${h.prefix}-admin`);
  key.engineer = await h.createKey(['ENGINEER'], 'RESTRICTED', `person:${h.prefix}-engineer`);
  key.viewer = await h.createKey(['VIEWER'], 'RESTRICTED', `person:${h.prefix}-viewer`);
  key.auditor = await h.createKey(['AUDITOR'], 'RESTRICTED', `person:${h.prefix}-auditor`);
  key.lowClearance = await h.createKey(['VIEWER'], 'PUBLIC', `person:${h.prefix}-public`);
  key.revoked = await h.createKey(['ADMIN'], 'RESTRICTED', `person:${h.prefix}-gone`);
  const revokedId = `apikey:${key.revoked.split('_')[1]}`;
  await revokeApiKey(h.domainContext(systemPrincipal('service:test-harness')), revokedId);
  // pvn_<key id>_<secret>: the secret is base64url, which may itself hold "_" (even as its last character).
  const idEnd = key.admin.indexOf('_', 'pvn_'.length);
  const secret = key.admin.slice(idEnd + 1);
  key.changedSecret = key.admin.slice(0, idEnd + 1) + [...secret].reverse().join('');

  server = createServer(h.app);
  base = await listen(server);
  const limitedApp = createApp({
    db: h.db,
    services: h.services,
    config: { ...h.config, requestLimits: { ...h.config.requestLimits, ratePerSecond: 0.2, rateBurst: 3 } },
  });
  limitedServer = createServer(limitedApp);
  limitedBase = await listen(limitedServer);

  // A RESTRICTED dataset version and an output to aim at.
  const gql = (query: string, variables: Record<string, unknown>) => post({ query, variables }, key.admin).then((r) => r.body.data);
  await gql(`mutation($i: RegisterArtifactInput!) { registerDataset(input: $i) { created } }`, {
    i: { key: `${h.prefix}-secret`, name: 'secret' },
  });
  restrictedVersion = (
    await gql(`mutation($i: RegisterDatasetVersionInput!) { registerDatasetVersion(input: $i) { version { id } } }`, {
      i: { artifact: `dataset:${h.prefix}-secret`, uri: 's3://secret/1', classification: 'RESTRICTED' },
    })
  ).registerDatasetVersion.version.id;
  first = await snapshot(h.db);
}, 120_000);

afterAll(async () => {
  await closeServer(server);
  await closeServer(limitedServer);
  await h?.close();
});

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

async function send(url: string, init: RequestInit & { duplex?: 'half' }): Promise<Reply> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the assertion on the body will say so */
  }
  return { status: res.status, headers: res.headers, body };
}

const ACCEPT = 'application/graphql-response+json, application/json';
/** A document graphql-js refuses: yoga's own code, or ours for variable coercion. */
const INVALID = ['VALIDATION', 'GRAPHQL_VALIDATION_FAILED'];
/** null: send no credential at all. */
const auth = (credential: string | null): Record<string, string> => (credential === null ? {} : { authorization: `Bearer ${credential}` });

function post(payload: unknown, credential: string | null = key.admin, url = base): Promise<Reply> {
  return send(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: ACCEPT, ...auth(credential) },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

function raw(
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit; path?: string; duplex?: 'half' },
  credential: string | null = key.admin,
): Promise<Reply> {
  return send(`${base}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: { accept: ACCEPT, ...auth(credential), ...init.headers },
    body: init.body,
    duplex: init.duplex,
  });
}

async function jwt(
  claims: Record<string, unknown>,
  opts: { key?: CryptoKey; issuer?: string; audience?: string; exp?: number } = {},
): Promise<string> {
  return new SignJWT({ roles: ['ADMIN'], ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? AUDIENCE)
    .setSubject('mallory')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 300)
    .sign(opts.key ?? signingKey);
}

/** Sends headers as separate lines, as Node's http client does for an array value (fetch would join duplicates). */
function nodeHttp(headers: Record<string, string | string[]>, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', accept: ACCEPT, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: any = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* the assertion on the body will say so */
          }
          resolve({ status: res.statusCode ?? 0, headers: new Headers(res.headers as Record<string, string>), body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const q = (query: string, variables?: Record<string, unknown>) => post({ query, variables });
const chunked = (text: string, size = 64 * 1024) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = Buffer.from(text);
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.subarray(i, i + size));
      controller.close();
    },
  });

interface Case {
  name: string;
  run: () => Promise<Reply>;
  /** Expected `extensions.code`, or several acceptable ones. */
  code: string | string[];
  status: number | number[];
}

const VIEWER_Q = '{ viewer { __typename } }';
/** A mutation that would write if it ran. */
const REGISTER = (tag: string) => `mutation { registerDataset(input: {key: "hostile-${tag}", name: "hostile"}) { created } }`;
/** A query about `depth` levels deep (3 + 4k + 1), with pages of one so that only its depth is at fault. */
const nest = (depth: number) => {
  const k = Math.ceil((depth - 4) / 4);
  return `{ datasetVersions(first: 1) { edges { node { ${'dataset { versions(first: 1) { edges { node { '.repeat(k)} id ${'} } } } '.repeat(k)} } } } }`;
};

const cases: Case[] = [
  // --- credentials -------------------------------------------------------------------------
  { name: 'no Authorization header', run: () => post({ query: VIEWER_Q }, null), code: 'UNAUTHENTICATED', status: 401 },
  {
    name: 'empty bearer',
    run: () =>
      raw({ headers: { 'content-type': 'application/json', authorization: 'Bearer ' }, body: JSON.stringify({ query: VIEWER_Q }) }, null),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'Basic credentials',
    run: () =>
      raw(
        {
          headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' },
          body: JSON.stringify({ query: VIEWER_Q }),
        },
        null,
      ),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'the key without "Bearer"',
    run: () =>
      raw({ headers: { 'content-type': 'application/json', authorization: key.admin }, body: JSON.stringify({ query: VIEWER_Q }) }, null),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  { name: 'garbage token', run: () => post({ query: VIEWER_Q }, 'hunter2'), code: 'UNAUTHENTICATED', status: 401 },
  { name: 'malformed pvn_ key', run: () => post({ query: VIEWER_Q }, 'pvn_x'), code: 'UNAUTHENTICATED', status: 401 },
  {
    name: 'unknown key id',
    run: () => post({ query: VIEWER_Q }, `pvn_0000000000000000_${'a'.repeat(43)}`),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  { name: 'revoked key replayed', run: () => post({ query: VIEWER_Q }, key.revoked), code: 'UNAUTHENTICATED', status: 401 },
  { name: 'a key with a changed secret', run: () => post({ query: VIEWER_Q }, key.changedSecret), code: 'UNAUTHENTICATED', status: 401 },
  {
    name: 'a key with a truncated secret',
    run: () => post({ query: VIEWER_Q }, key.admin.slice(0, -1)),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'expired JWT',
    run: async () => post({ query: VIEWER_Q }, await jwt({}, { exp: Math.floor(Date.now() / 1000) - 60 })),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'JWT for another audience',
    run: async () => post({ query: VIEWER_Q }, await jwt({}, { audience: 'someone-else' })),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'JWT from another issuer',
    run: async () => post({ query: VIEWER_Q }, await jwt({}, { issuer: 'https://evil.test' })),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'JWT signed by another key',
    run: async () => post({ query: VIEWER_Q }, await jwt({}, { key: otherKey })),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'JWT with a tampered payload',
    run: async () => {
      const [head, , sig] = (await jwt({ roles: ['VIEWER'] })).split('.');
      return post(
        { query: VIEWER_Q },
        `${head}.${b64({ sub: 'mallory', roles: ['ADMIN'], iss: ISSUER, aud: AUDIENCE, exp: 9999999999 })}.${sig}`,
      );
    },
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'unsigned JWT (alg none)',
    run: () =>
      post({ query: VIEWER_Q }, `${b64({ alg: 'none' })}.${b64({ sub: 'mallory', roles: ['ADMIN'], iss: ISSUER, aud: AUDIENCE })}.`),
    code: 'UNAUTHENTICATED',
    status: 401,
  },

  {
    name: 'two Authorization headers',
    run: () =>
      nodeHttp({ authorization: [`Bearer ${key.viewer}`, `Bearer ${key.admin}`] }, JSON.stringify({ query: REGISTER(`${'two-auth'}`) })),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'two credentials joined in one Authorization header',
    run: () =>
      raw(
        {
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key.viewer}, Bearer ${key.admin}` },
          body: JSON.stringify({ query: REGISTER('joined-auth') }),
        },
        null,
      ),
    code: 'BAD_REQUEST',
    status: 400,
  },

  // --- transport -------------------------------------------------------------------------------
  ...['{', '{"query":', 'nul', '{"query": "{ viewer { __typename } }",}', "{'query': 1}", '\u0000\u0001\u0002'].map((body): Case => ({
    name: `malformed JSON ${JSON.stringify(body)}`,
    run: () => post(body),
    code: ['BAD_REQUEST', 'VALIDATION'],
    status: 400,
  })),
  ...[
    'null',
    '"a string"',
    '42',
    '{}',
    '{"query": 42}',
    '{"query": null}',
    '{"query": "{ viewer { __typename } }", "variables": "x"}',
    '{"query": "{ viewer { __typename } }", "extensions": 1}',
  ].map((body): Case => ({ name: `wrong-shaped JSON ${body}`, run: () => post(body), code: ['BAD_REQUEST', 'VALIDATION'], status: 400 })),
  {
    name: 'empty body',
    run: () => raw({ headers: { 'content-type': 'application/json' }, body: '' }),
    code: ['BAD_REQUEST', 'VALIDATION'],
    status: 400,
  },
  {
    name: 'batched array body (batching is off)',
    run: () => post([{ query: VIEWER_Q }, { query: VIEWER_Q }]),
    code: ['BAD_REQUEST', 'VALIDATION'],
    status: 400,
  },
  ...['text/plain', 'application/xml', 'application/octet-stream', 'image/png'].map((type): Case => ({
    name: `content type ${type}`,
    run: () => raw({ headers: { 'content-type': type }, body: JSON.stringify({ query: VIEWER_Q }) }),
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  })),
  {
    name: 'no content type',
    run: () => raw({ body: new Blob([JSON.stringify({ query: VIEWER_Q })]) }),
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    name: 'a mutation as multipart/form-data',
    run: () => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: REGISTER('multipart') }));
      form.append('map', '{}');
      return raw({ body: form });
    },
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    name: 'a mutation as a form-encoded body',
    run: () => raw({ body: new URLSearchParams({ query: REGISTER('form') }) }),
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    name: 'a mutation as application/graphql',
    run: () => raw({ headers: { 'content-type': 'application/graphql' }, body: REGISTER('graphql-body') }),
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    name: 'GET with a mutation',
    run: () =>
      raw({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('mutation { revokeApiKey(id: "apikey:0000000000000000") { id } }')}`,
      }),
    code: ['BAD_REQUEST', 'VALIDATION'],
    status: 405,
  },
  {
    name: 'PUT',
    run: () => raw({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: VIEWER_Q }) }),
    code: ['BAD_REQUEST', 'VALIDATION', 'UNSUPPORTED_MEDIA_TYPE'],
    status: [405, 415],
  },
  { name: 'GET without a query', run: () => raw({ method: 'GET' }), code: ['BAD_REQUEST', 'VALIDATION'], status: 400 },
  {
    name: 'a 10 MB string (Content-Length)',
    run: () => q('mutation($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(10 * 1024 * 1024) }),
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
  },
  {
    name: 'a 10 MB string, chunked without Content-Length',
    run: () =>
      raw({
        headers: { 'content-type': 'application/json' },
        body: chunked(JSON.stringify({ query: '{ search(text: $t) { score } }', variables: { t: 'x'.repeat(10 * 1024 * 1024) } })),
        duplex: 'half',
      }),
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
  },
  {
    name: '100k invocations in one batch',
    run: () =>
      q('mutation($i: [InvocationInput!]!) { recordInvocations(invocations: $i) { createdInvocations } }', {
        i: Array.from({ length: 100_000 }, (_, n) => ({
          release: 'release:x@1',
          startedAt: '2026-01-01T00:00:00Z',
          outputs: [{ summary: String(n) }],
        })),
      }),
    code: ['PAYLOAD_TOO_LARGE', 'VALIDATION'],
    status: [413, 200],
  },
  {
    name: 'nodes with 100k ids',
    run: () => q('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 100_000 }, (_, n) => `dataset:x@${n}`) }),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: 'a 100k-element list of prompts',
    run: () =>
      q('mutation($i: CreateReleaseInput!) { createRelease(input: $i) { created } }', {
        i: { system: 'system:x', model: 'model:x@1', prompts: Array.from({ length: 100_000 }, () => 'prompt:x@1') },
      }),
    code: 'VALIDATION',
    status: 200,
  },

  // --- documents -----------------------------------------------------------------------------
  { name: 'syntax error', run: () => q('{ viewer { '), code: ['GRAPHQL_PARSE_FAILED', 'VALIDATION'], status: 400 },
  { name: 'query depth 50', run: () => q(nest(50)), code: 'QUERY_TOO_DEEP', status: [200, 400] },
  { name: 'query depth 16', run: () => q(nest(16)), code: 'QUERY_TOO_DEEP', status: [200, 400] },
  {
    name: '1000 aliases',
    run: () => q(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { __typename }`).join(' ')} }`),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: '100 aliases through a fragment',
    run: () => q(`{ ...F } fragment F on Query { ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: 'a fragment cycle',
    run: () => q('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'a self-referencing fragment',
    run: () => q('{ ...A } fragment A on Query { viewer { __typename } ...A }'),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: '1000 directives',
    run: () => q(`{ viewer ${'@include(if: true) '.repeat(1000)} { __typename } }`),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  { name: '10k tokens', run: () => q(`{ ${'__typename '.repeat(10_000)} }`), code: 'QUERY_TOO_COMPLEX', status: [200, 400] },
  {
    name: 'nested pages of 100 × 100',
    run: () => q('{ datasets(first: 100) { edges { node { versions(first: 100) { edges { node { id uri digest } } } } } } }'),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: 'nested pages with variables',
    run: () =>
      q('query($a: Int, $b: Int) { datasets(first: $a) { edges { node { versions(first: $b) { edges { node { id uri digest } } } } } } }', {
        a: 100,
        b: 100,
      }),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: 'nested pages with variable defaults',
    run: () =>
      post(
        {
          query:
            'query($a: Int = 100, $b: Int = 100) { datasets(first: $a) { edges { node { versions(first: $b) { edges { node { id uri digest } } } } } } }',
        },
        key.viewer,
      ),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: '30 aliased recordInvocations sharing one 1,000-row variable',
    run: () =>
      post(
        {
          query: `mutation($i: [InvocationInput!]!) { ${Array.from({ length: 30 }, (_, n) => `a${n}: recordInvocations(invocations: $i) { createdInvocations }`).join(' ')} }`,
          variables: {
            i: Array.from({ length: 1000 }, (_, n) => ({
              release: 'release:x@1',
              startedAt: new Date().toISOString(),
              outputs: [{ summary: String(n) }],
            })),
          },
        },
        key.engineer,
      ),
    code: 'VALIDATION',
    status: [200, 400],
  },
  {
    name: '30 aliases of impact',
    run: () =>
      post(
        { query: `{ ${Array.from({ length: 30 }, (_, n) => `a${n}: impact(id: "${restrictedVersion}") { total }`).join(' ')} }` },
        key.viewer,
      ),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: '30 aliases of lineage(maxNodes: 2000)',
    run: () =>
      post(
        {
          query: `{ ${Array.from({ length: 30 }, (_, n) => `a${n}: lineage(id: "${restrictedVersion}", direction: BOTH, maxNodes: 2000) { truncated }`).join(' ')} }`,
        },
        key.viewer,
      ),
    code: 'QUERY_TOO_COMPLEX',
    status: [200, 400],
  },
  {
    name: 'a cursor from another list',
    run: async () => {
      const cursor = (await q('{ datasets(first: 1) { pageInfo { endCursor } } }')).body.data.datasets.pageInfo.endCursor;
      return q('query($c: String) { models(first: 1, after: $c) { edges { cursor } } }', { c: cursor });
    },
    code: 'VALIDATION',
    status: 200,
  },
  {
    name: 'a training run that started before its dataset was recorded',
    run: () =>
      q('mutation($i: RecordTrainingRunInput!) { recordTrainingRun(input: $i) { created } }', {
        i: { datasets: [restrictedVersion], startedAt: '2001-01-01T00:00:00Z' },
      }),
    code: 'VALIDATION',
    status: 200,
  },
  { name: 'unknown field', run: () => q('{ viewer { passwordHash } }'), code: INVALID, status: [200, 400] },
  { name: 'unknown root field', run: () => q('{ users { id } }'), code: INVALID, status: [200, 400] },
  { name: 'unknown argument', run: () => q('{ datasets(where: "1=1") { edges { cursor } } }'), code: INVALID, status: [200, 400] },
  {
    name: 'unknown type in a variable',
    run: () => q('query($x: Cypher) { viewer { __typename } }', { x: 1 }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'unknown input field',
    run: () => q('mutation($i: RetractInput!) { retract(input: $i) { id } }', { i: { id: 'output:x', reason: 'r', cascade: true } }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'wrong variable type (string for Int)',
    run: () => q('query($n: Int) { datasets(first: $n) { edges { cursor } } }', { n: 'ten' }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'Int out of 32-bit range',
    run: () => q('query($n: Int) { datasets(first: $n) { edges { cursor } } }', { n: 2 ** 40 }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'a float for an Int',
    run: () => q('query($n: Int) { datasets(first: $n) { edges { cursor } } }', { n: 1.5 }),
    code: INVALID,
    status: [200, 400],
  },
  { name: 'first: 0', run: () => q('{ datasets(first: 0) { edges { cursor } } }'), code: 'VALIDATION', status: 200 },
  { name: 'first: -1', run: () => q('{ datasets(first: -1) { edges { cursor } } }'), code: 'VALIDATION', status: 200 },
  { name: 'backward paging', run: () => q('{ datasets(last: 5) { edges { cursor } } }'), code: 'VALIDATION', status: 200 },
  { name: 'a forged cursor', run: () => q('{ datasets(after: "eyJhIjoxfQ") { edges { cursor } } }'), code: 'VALIDATION', status: 200 },
  {
    name: 'null for a required variable',
    run: () => q('query($id: ID!) { node(id: $id) { id } }', { id: null }),
    code: INVALID,
    status: [200, 400],
  },
  { name: 'a missing required variable', run: () => q('query($id: ID!) { node(id: $id) { id } }'), code: INVALID, status: [200, 400] },
  {
    name: 'an object for an ID',
    run: () => q('query($id: ID!) { node(id: $id) { id } }', { id: { $ne: null } }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'a list for an ID',
    run: () => q('query($id: ID!) { node(id: $id) { id } }', { id: ['a', 'b'] }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'an invalid enum value',
    run: () => q('{ lineage(id: "dataset:x@1", direction: SIDEWAYS) { root } }'),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'an enum as a string variable',
    run: () => q('query($d: LineageDirection!) { lineage(id: "dataset:x@1", direction: $d) { root } }', { d: 'DROP' }),
    code: INVALID,
    status: [200, 400],
  },
  {
    name: 'a malformed DateTime',
    run: () =>
      q('query($t: DateTime) { aliasTarget(system: "system:x", environment: "production", asOf: $t) { at } }', {
        t: '2026-02-30T25:00:00Z',
      }),
    code: INVALID,
    status: [200, 400],
  },
  { name: 'a subscription (none exist)', run: () => q('subscription { viewer { __typename } }'), code: INVALID, status: [200, 400] },
  {
    name: 'two operations without operationName',
    run: () => q('query A { viewer { __typename } } query B { viewer { __typename } }'),
    code: ['VALIDATION', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'],
    status: [200, 400],
  },
  {
    name: 'an operationName that is not in the document',
    run: () => post({ query: 'query A { viewer { __typename } }', operationName: 'Drop' }),
    code: ['VALIDATION', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'],
    status: [200, 400],
  },
  {
    name: 'invalid JSON text for parameters',
    run: () =>
      q('mutation($i: RecordTrainingRunInput!) { recordTrainingRun(input: $i) { created } }', {
        i: { datasets: ['dataset:x@1'], startedAt: '2026-01-01T00:00:00Z', parameters: '{not json' },
      }),
    code: 'VALIDATION',
    status: 200,
  },
  {
    name: 'a start time in the future',
    run: () =>
      q('mutation($i: RecordTrainingRunInput!) { recordTrainingRun(input: $i) { created } }', {
        i: { datasets: ['dataset:x@1'], startedAt: '2999-01-01T00:00:00Z' },
      }),
    code: 'VALIDATION',
    status: 200,
  },
  {
    name: 'a NaN metric',
    run: () =>
      q('mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) { created } }', {
        i: { subject: 'release:x@1', startedAt: '2026-01-01T00:00:00Z', metrics: [{ name: 'a', value: 'NaN' }] },
      }),
    code: INVALID,
    status: [200, 400],
  },

  // --- roles and clearance ---------------------------------------------------------------------
  {
    name: 'VIEWER creates an API key',
    run: () => post({ query: 'mutation { createApiKey(input: {principal: "person:x", roles: [ADMIN]}) { key } }' }, key.viewer),
    code: 'FORBIDDEN',
    status: 200,
  },
  {
    name: 'VIEWER lists API keys',
    run: () => post({ query: '{ apiKeys { edges { cursor } } }' }, key.viewer),
    code: 'FORBIDDEN',
    status: 200,
  },
  {
    name: 'ENGINEER reads the audit trail',
    run: () => post({ query: '{ auditEvents { edges { cursor } } }' }, key.engineer),
    code: 'FORBIDDEN',
    status: 200,
  },
  {
    name: 'ENGINEER approves',
    run: () =>
      post(
        {
          query:
            'mutation { recordApproval(input: {subject: "release:x@1", environment: "production", decision: APPROVED, justification: "me"}) { id } }',
        },
        key.engineer,
      ),
    code: 'FORBIDDEN',
    status: 200,
  },
  {
    name: 'AUDITOR retracts',
    run: () => post({ query: 'mutation { retract(input: {id: "output:x", reason: "r"}) { id } }' }, key.auditor),
    code: 'FORBIDDEN',
    status: 200,
  },
  {
    name: 'VIEWER sets a policy',
    run: () =>
      post({ query: 'mutation { setPolicy(input: {system: "system:x", reason: "r", requireApproval: false}) { isDefault } }' }, key.viewer),
    code: 'FORBIDDEN',
    status: 200,
  },
];

// --- forged ids, at every kind of id argument ------------------------------------------------
const FORGED = [
  'dataset:../../etc/passwd',
  'dataset:x@1/../../release:y@1',
  '4:7f2b1c2e-0000-4000-8000-000000000000:12',
  '12',
  '-1',
  '\u0501ataset:x@1', // Cyrillic "ԁ"
  'dataset:\uFF58@1', // full-width "ｘ"
  'dataset:x@1\u0000',
  'DATASET:x@1',
  ' dataset:x@1',
  'release:x@-1',
  'release:x@1e9',
  'apikey:../../',
  'output:',
  '%2e%2e%2fdataset:x@1',
];
const ID_SITES: Array<{ name: string; doc: string; vars: (id: string) => Record<string, unknown>; codes: string[] }> = [
  {
    name: 'lineage(id)',
    doc: 'query($id: ID!) { lineage(id: $id, direction: BOTH) { root } }',
    vars: (id) => ({ id }),
    codes: ['VALIDATION', 'NOT_FOUND'],
  },
  {
    name: 'provenance(outputId)',
    doc: 'query($id: ID!) { provenance(outputId: $id) { asOf } }',
    vars: (id) => ({ id }),
    codes: ['VALIDATION', 'NOT_FOUND'],
  },
  {
    name: 'retract(id)',
    doc: 'mutation($id: ID!) { retract(input: {id: $id, reason: "r"}) { id } }',
    vars: (id) => ({ id }),
    codes: ['VALIDATION', 'NOT_FOUND'],
  },
  {
    name: 'recordApproval(subject)',
    doc: 'mutation($id: ID!) { recordApproval(input: {subject: $id, environment: "production", decision: REJECTED, justification: "j"}) { id } }',
    vars: (id) => ({ id }),
    codes: ['VALIDATION', 'NOT_FOUND'],
  },
  {
    name: 'revokeApiKey(id)',
    doc: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    vars: (id) => ({ id }),
    codes: ['VALIDATION', 'NOT_FOUND'],
  },
];
for (const site of ID_SITES) {
  for (const id of FORGED) {
    cases.push({
      name: `forged id ${JSON.stringify(id)} in ${site.name}`,
      run: () => q(site.doc, site.vars(id)),
      code: site.codes,
      status: 200,
    });
  }
}

const codesOf = (r: Reply): string[] => (Array.isArray(r.body?.errors) ? r.body.errors.map((e: any) => String(e.extensions?.code)) : []);
const oneOf = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

describe('hostile input through HTTP', () => {
  it('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await snapshot(h.db);
    const r = await c.run();
    const codes = codesOf(r);
    expect(codes.length, `no typed error: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`).toBeGreaterThan(0);
    expect(
      codes.every((code) => oneOf(c.code).includes(code)),
      `${r.status} ${JSON.stringify(r.body).slice(0, 400)}`,
    ).toBe(true);
    expect(oneOf(c.status)).toContain(r.status);
    expect(r.body.data?.[Object.keys(r.body.data ?? {})[0]] ?? null).toBeNull();
    expect(await snapshot(h.db)).toEqual(before);
  });

  it('shows a principal without clearance that a RESTRICTED node exists, and nothing more', async () => {
    const r = await post(
      { query: 'query($id: ID!) { node(id: $id) { id ... on DatasetVersion { redacted uri } } }', variables: { id: restrictedVersion } },
      key.lowClearance,
    );
    expect(r.status).toBe(200);
    expect(r.body.data.node).toEqual({ id: restrictedVersion, redacted: true, uri: null });
  });

  it('an unauthenticated caller gets 401 before validation: no schema hints', async () => {
    const r = await post({ query: '{ viewr { id } }' }, null);
    expect(r.status).toBe(401);
    expect(JSON.stringify(r.body)).not.toMatch(/Did you mean/);
  });

  it('keeps introspection for authenticated callers', async () => {
    const r = await q('{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.__schema.queryType.name).toBe('Query');
  });

  it('answers no cross-origin request: CORS is closed by default', async () => {
    for (const method of ['OPTIONS', 'POST']) {
      const r = await raw({
        method,
        headers: {
          origin: 'https://evil.example',
          'content-type': 'application/json',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
        body: method === 'POST' ? JSON.stringify({ query: VIEWER_Q }) : undefined,
      });
      expect(r.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(r.headers.get('access-control-allow-credentials'), method).toBeNull();
    }
  });

  it('rate-limits each principal: 429 with Retry-After, others unaffected', async () => {
    const before = await snapshot(h.db);
    const hit = () => post({ query: VIEWER_Q }, key.viewer, limitedBase);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await hit()).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await hit();
    expect(limited.status).toBe(429);
    expect(codesOf(limited)).toEqual(['RATE_LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await post({ query: VIEWER_Q }, key.engineer, limitedBase)).status).toBe(200);
    expect(await snapshot(h.db)).toEqual(before);
  });

  it('leaves the graph and the audit chain as they were before the suite, and the chain verifies', async () => {
    expect(await snapshot(h.db)).toEqual(first);
    const verification = await verifyAuditTrail(h.domainContext(systemPrincipal('person:hostile-auditor')));
    expect(verification.ok, JSON.stringify(verification)).toBe(true);
  });
});

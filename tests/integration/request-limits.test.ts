import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startHarness } from '../helpers/harness.js';

/**
 * The request limits through yoga.fetch (in process, no socket; hostile-input.test.ts covers the
 * Node HTTP server): small limits so each is easy to cross, each refused with its code and status
 * and nothing written.
 */

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ requestLimits: { maxBodyBytes: 4096, maxDepth: 5, maxCost: 500, maxAliases: 3, maxDirectives: 2, maxTokens: 200, ratePerSecond: 0.5, rateBurst: 1000 } });
});

afterAll(async () => {
  await h?.close();
});

async function call(body: BodyInit, headers: Record<string, string> = {}) {
  const res = await h.app.fetch('http://provenant.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, any>; message: string }> } };
}

const stream = (text: string, chunk = 512) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.subarray(i, i + chunk));
      c.close();
    },
  });

const big = JSON.stringify({ query: '{ viewer { __typename } }', variables: { pad: 'x'.repeat(5000) } });
const small = JSON.stringify({ query: '{ viewer { __typename } }' });

describe('body size', () => {
  it('refuses a body over the limit by its Content-Length: 413 PAYLOAD_TOO_LARGE', async () => {
    const before = await h.counts();
    const r = await call(big, { 'content-length': String(Buffer.byteLength(big)) });
    expect(r.status).toBe(413);
    expect(r.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.body.errors?.[0].message).toMatch(/4096 bytes/);
    expect(await h.counts()).toEqual(before);
  });

  it('counts a streamed body without Content-Length as it arrives', async () => {
    const r = await call(stream(big));
    expect(r.status).toBe(413);
    expect(r.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('passes a streamed body under the limit', async () => {
    const r = await call(stream(small, 7));
    expect(r.status).toBe(200);
    expect(r.body.data?.viewer.__typename).toBe('Viewer');
  });
});

describe('documents', () => {
  const refused = async (query: string, code: string, variables?: Record<string, unknown>) => {
    const r = await call(JSON.stringify({ query, variables }));
    expect(r.body.errors?.map((e) => e.extensions?.code), JSON.stringify(r.body)).toContain(code);
    expect(r.body.data ?? null).toBeNull();
    return r;
  };

  it('refuses depth over the limit, and allows it at the limit', async () => {
    const r = await refused('{ datasetVersions { edges { node { dataset { versions { edges { node { id } } } } } } } }', 'QUERY_TOO_DEEP');
    expect(r.body.errors?.[0].message).toMatch(/PROVENANT_MAX_QUERY_DEPTH/);
    const ok = await call(JSON.stringify({ query: '{ datasetVersions(first: 1) { edges { node { dataset { id } } } } }' }));
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses cost over the limit, counting literal and variable page sizes', async () => {
    await refused('{ datasets(first: 100) { edges { node { id name description } } } }', 'QUERY_TOO_COMPLEX');
    await refused('query($n: Int) { datasets(first: $n) { edges { node { id name description } } } }', 'QUERY_TOO_COMPLEX', { n: 100 });
    await refused('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on DatasetVersion { uri digest } } }', 'QUERY_TOO_COMPLEX', { ids: Array.from({ length: 300 }, () => 'x') });
    const ok = await call(JSON.stringify({ query: 'query($n: Int) { datasets(first: $n) { edges { node { id } } } }', variables: { n: 5 } }));
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses too many aliases, directives and tokens', async () => {
    await refused('{ a: viewer { __typename } b: viewer { __typename } c: viewer { __typename } d: viewer { __typename } }', 'QUERY_TOO_COMPLEX');
    await refused('{ viewer @include(if: true) @skip(if: false) { __typename @include(if: true) } }', 'QUERY_TOO_COMPLEX');
    await refused(`{ ${'__typename '.repeat(300)} }`, 'QUERY_TOO_COMPLEX');
  });

  it('never costs introspection fields (graphql-js bounds their depth)', async () => {
    const r = await call(JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }));
    expect(r.body.errors).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('429 RATE_LIMITED with Retry-After once the bucket is empty, per principal', async () => {
    const limited = await startHarness({ requestLimits: { ratePerSecond: 0.5, rateBurst: 2 } });
    try {
      const hit = () =>
        limited.app.fetch('http://provenant.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
      expect((await hit()).status).toBe(200);
      expect((await hit()).status).toBe(200);
      const res = await hit();
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('2');
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string; retryAfterSeconds: number } }> };
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
      limited.actAs({ id: 'person:someone-else', roles: ['VIEWER'], clearance: 'INTERNAL', via: 'system' });
      expect((await hit()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('credential guessing', () => {
  it('after too many refused credentials from one client, answers 429 even to a good key, and changes nothing', async () => {
    const guarded = await startHarness({ auth: 'real', requestLimits: { authFailuresPerMinute: 3 } });
    try {
      const good = await guarded.createKey(['VIEWER']);
      const call = (key: string) =>
        guarded.app.fetch('http://provenant.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: small,
        });
      const before = await guarded.counts();
      expect((await call(good)).status).toBe(200);
      const guess = `${good.slice(0, -4)}AAAA`;
      for (let i = 0; i < 3; i++) expect((await call(guess)).status).toBe(401);
      const refused = await call(good);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0].message).toMatch(/refused credentials/);
      expect(await guarded.counts()).toEqual(before);
    } finally {
      await guarded.close();
    }
  });
});

describe('configuration', () => {
  it('reads every limit from the environment, with defaults', () => {
    const defaults = loadConfig({}).requestLimits;
    expect(defaults).toEqual({
      maxDepth: 12,
      maxCost: 10_000,
      maxAliases: 30,
      maxDirectives: 50,
      maxTokens: 5000,
      maxBodyBytes: 8 * 1024 * 1024,
      ratePerSecond: 100,
      rateBurst: 200,
      authFailuresPerMinute: 60,
      maxBatch: 5000,
      concurrencyPerPrincipal: 8,
    });
    expect(loadConfig({}).corsOrigins).toEqual([]);
    const set = loadConfig({
      PROVENANT_MAX_QUERY_DEPTH: '8',
      PROVENANT_MAX_QUERY_COST: '2000',
      PROVENANT_MAX_ALIASES: '5',
      PROVENANT_MAX_DIRECTIVES: '6',
      PROVENANT_MAX_TOKENS: '1000',
      PROVENANT_MAX_BODY_BYTES: '1048576',
      PROVENANT_RATE_LIMIT_PER_SECOND: '0',
      PROVENANT_RATE_LIMIT_BURST: '10',
      PROVENANT_AUTH_FAILURES_PER_MINUTE: '5',
      PROVENANT_MAX_BATCH: '700',
      PROVENANT_CONCURRENCY_PER_PRINCIPAL: '0',
    }).requestLimits;
    expect(set).toEqual({
      maxDepth: 8,
      maxCost: 2000,
      maxAliases: 5,
      maxDirectives: 6,
      maxTokens: 1000,
      maxBodyBytes: 1048576,
      ratePerSecond: 0,
      rateBurst: 10,
      authFailuresPerMinute: 5,
      maxBatch: 700,
      concurrencyPerPrincipal: 0,
    });
    expect(loadConfig({ PROVENANT_CORS_ORIGINS: 'https://ui.example.com, http://localhost:5173' }).corsOrigins).toEqual(['https://ui.example.com', 'http://localhost:5173']);
    for (const bad of ['*', 'https://ui.example.com/app', 'ui.example.com', 'ftp://x.example.com']) {
      expect(() => loadConfig({ PROVENANT_CORS_ORIGINS: bad }), bad).toThrow(/PROVENANT_CORS_ORIGINS/);
    }
    expect(() => loadConfig({ PROVENANT_MAX_BODY_BYTES: '10' })).toThrow(/PROVENANT_MAX_BODY_BYTES/);
  });
});

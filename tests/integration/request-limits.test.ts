import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { ADMIN, fixtures, sleep, type SystemFixture } from '../helpers/fixtures.js';
import { snapshot } from '../helpers/graph-snapshot.js';
import { type Harness, useHarness, startHarness, testClock } from '../helpers/harness.js';

/**
 * The request limits through yoga.fetch (in process, no socket; hostile-input.test.ts covers the
 * Node HTTP server): small limits so each is easy to cross, each refused with its code and status
 * and nothing written.
 */

const { h } = useHarness({
  requestLimits: {
    maxBodyBytes: 4096,
    maxDepth: 5,
    maxCost: 500,
    maxAliases: 3,
    maxDirectives: 2,
    maxTokens: 200,
    ratePerSecond: 0.5,
    rateBurst: 1000,
  },
});

async function call(body: BodyInit, headers: Record<string, string> = {}) {
  const res = await h.app.fetch('http://provenant.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, any>; message: string }> },
  };
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
    expect(
      r.body.errors?.map((e) => e.extensions?.code),
      JSON.stringify(r.body),
    ).toContain(code);
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
    await refused('query($n: Int = 100) { datasets(first: $n) { edges { node { id name description } } } }', 'QUERY_TOO_COMPLEX');
    await refused('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on DatasetVersion { uri digest } } }', 'QUERY_TOO_COMPLEX', {
      ids: Array.from({ length: 300 }, () => 'x'),
    });
    const ok = await call(
      JSON.stringify({ query: 'query($n: Int) { datasets(first: $n) { edges { node { id } } } }', variables: { n: 5 } }),
    );
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses too many aliases, directives and tokens', async () => {
    await refused(
      '{ a: viewer { __typename } b: viewer { __typename } c: viewer { __typename } d: viewer { __typename } }',
      'QUERY_TOO_COMPLEX',
    );
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
        limited.app.fetch('http://provenant.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: small,
        });
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
      concurrencyPerPrincipal: 8,
    });
    expect(loadConfig({}).corsOrigins).toEqual([]);
    // The batch and lineage bounds the guard prices with are the domain's: one setting each.
    expect(loadConfig({ PROVENANT_MAX_BATCH: '700' }).limits).toMatchObject({ maxBatch: 700, lineageMaxNodes: 2000 });
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
      concurrencyPerPrincipal: 0,
    });
    expect(loadConfig({ PROVENANT_CORS_ORIGINS: 'https://ui.example.com, http://localhost:5173' }).corsOrigins).toEqual([
      'https://ui.example.com',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'https://ui.example.com/app', 'ui.example.com', 'ftp://x.example.com']) {
      expect(() => loadConfig({ PROVENANT_CORS_ORIGINS: bad }), bad).toThrow(/PROVENANT_CORS_ORIGINS/);
    }
    expect(() => loadConfig({ PROVENANT_MAX_BODY_BYTES: '10' })).toThrow(/PROVENANT_MAX_BODY_BYTES/);
  });
});

/**
 * The limits at their defaults (cost 10,000, 30 aliases, PROVENANT_MAX_BATCH 5,000), where an
 * attacker with a VIEWER or ENGINEER key would try to step around them. Every refusal happens before
 * anything executes: the graph and the audit chain are as they were.
 */
describe('limits an attacker cannot step around', () => {
  let d: Harness;
  let sys: SystemFixture;

  beforeAll(async () => {
    d = await startHarness();
    sys = await fixtures(d).system('limits', 1);
  }, 120_000);

  afterAll(async () => {
    await d?.close();
  });

  /** Sends a request that must be refused with `code` before execution, and checks nothing changed. */
  const refusedUnchanged = async (code: string, query: string, variables: Record<string, unknown> = {}) => {
    const before = await snapshot(d.db);
    const r = await d.gql(query, variables);
    expect(
      r.errors?.map((e) => e.extensions?.code),
      JSON.stringify(r.errors)?.slice(0, 400),
    ).toEqual([code]);
    expect(r.data ?? null).toBeNull();
    expect(await snapshot(d.db)).toEqual(before);
    return r.errors![0];
  };

  const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

  it('counts page sizes from variable defaults exactly as sent ones', async () => {
    const doc =
      'query($n: Int = 100, $m: Int = 100) { datasets(first: $n) { edges { node { versions(first: $m) { edges { node { id uri digest } } } } } } }';
    const sent = await refusedUnchanged('QUERY_TOO_COMPLEX', doc, { n: 100, m: 100 });
    const defaulted = await refusedUnchanged('QUERY_TOO_COMPLEX', doc);
    const mixed = await refusedUnchanged('QUERY_TOO_COMPLEX', doc, { n: 100 });
    expect(defaulted.extensions?.cost).toBe(sent.extensions?.cost);
    expect(mixed.extensions?.cost).toBe(sent.extensions?.cost);
    // The same document with small defaults runs.
    const small = await d.gql(doc.replace('= 100, $m: Int = 100', '= 3, $m: Int = 3'));
    expect(small.errors).toBeUndefined();
  });

  it('holds PROVENANT_MAX_BATCH per request: aliases sharing one 1,000-row variable are refused whole', async () => {
    const at = testClock.now().toISOString();
    const rows = (tag: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        key: `${d.prefix}-${tag}-${i}`,
        release: sys.releases[0],
        startedAt: at,
        outputs: [{ summary: String(i) }],
      }));
    const shared = `mutation($rows: [InvocationInput!]!) { ${aliases(30, 'recordInvocations(invocations: $rows) { createdInvocations }')} }`;
    const e = await refusedUnchanged('VALIDATION', shared, { rows: rows('shared', 1000) });
    expect(e.extensions).toMatchObject({ limit: 'batch', rows: 30_000, max: 5000 });
    expect(e.message).toMatch(/PROVENANT_MAX_BATCH/);
    // Two fields each under the per-call limit, together over it.
    await refusedUnchanged(
      'VALIDATION',
      'mutation($a: [InvocationInput!]!, $b: [InvocationInput!]!) { a: recordInvocations(invocations: $a) { createdInvocations } b: recordInvocations(invocations: $b) { createdInvocations } }',
      {
        a: rows('a', 2600),
        b: rows('b', 2600),
      },
    );
    // Within the budget, both fields run.
    const ok = await d.ok(
      'mutation($a: [InvocationInput!]!, $b: [InvocationInput!]!) { a: recordInvocations(invocations: $a) { createdInvocations } b: recordInvocations(invocations: $b) { createdInvocations } }',
      {
        a: rows('ok-a', 3),
        b: rows('ok-b', 4),
      },
    );
    expect([ok.a.createdInvocations, ok.b.createdInvocations]).toEqual([3, 4]);
  });

  it("holds the server's own PROVENANT_MAX_BATCH: the guard reads the domain's bound, not a copy", async () => {
    const small = await startHarness({ limits: { maxBatch: 4 } });
    try {
      const at = testClock.now().toISOString();
      const rows = (tag: string) =>
        Array.from({ length: 3 }, (_, i) => ({
          key: `${small.prefix}-${tag}-${i}`,
          release: sys.releases[0],
          startedAt: at,
          outputs: [{ summary: 'x' }],
        }));
      const before = await snapshot(small.db);
      // Two fields of 3 rows: each within the domain's bound of 4, together over it.
      const r = await small.gql(
        'mutation($a: [InvocationInput!]!, $b: [InvocationInput!]!) { a: recordInvocations(invocations: $a) { createdInvocations } b: recordInvocations(invocations: $b) { createdInvocations } }',
        { a: rows('a'), b: rows('b') },
      );
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', limit: 'batch', rows: 6, max: 4 });
      expect(await snapshot(small.db)).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('prices impact, lineage (by maxNodes, sent or defaulted) and provenance, so a flood of aliases is refused up front', async () => {
    const release = sys.releases[0];
    await refusedUnchanged('QUERY_TOO_COMPLEX', `{ ${aliases(30, `impact(id: "${release}") { total }`)} }`);
    await refusedUnchanged(
      'QUERY_TOO_COMPLEX',
      `{ ${aliases(30, `lineage(id: "${release}", direction: BOTH, maxNodes: 2000) { truncated }`)} }`,
    );
    await refusedUnchanged(
      'QUERY_TOO_COMPLEX',
      `query($m: Int = 2000) { ${aliases(6, `lineage(id: "${release}", direction: BOTH, maxNodes: $m) { truncated }`)} }`,
    );
    await refusedUnchanged('QUERY_TOO_COMPLEX', `{ ${aliases(21, `lineage(id: "${release}", direction: BOTH) { truncated }`)} }`);
    await refusedUnchanged('QUERY_TOO_COMPLEX', `{ ${aliases(30, 'provenance(outputId: "output:x") { asOf }')} }`);
    // One of each is well within the budget.
    const one = await d.gql(
      `{ impact(id: "${release}") { total } lineage(id: "${release}", direction: BOTH, maxNodes: 2000) { truncated } }`,
    );
    expect(one.errors).toBeUndefined();
    // A maxNodes over PROVENANT_LINEAGE_MAX_NODES is priced at the limit and refused by lineage itself, naming the bound.
    const over = await d.gql(`{ lineage(id: "${release}", direction: BOTH, maxNodes: 1000000) { truncated } }`);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', field: 'maxNodes' });
  });

  describe('request bodies', () => {
    const registerDataset = (key: string) => `mutation { registerDataset(input: {key: "${key}", name: "media"}) { created } }`;
    const exists = async (id: string) => ((await d.gql('query($id: ID!) { node(id: $id) { id } }', { id })).data?.node ?? null) !== null;
    const post = async (body: BodyInit, contentType?: string) => {
      const res = await d.app.fetch('http://provenant.test/graphql', {
        method: 'POST',
        headers: contentType ? { 'content-type': contentType } : {},
        body,
      });
      return {
        status: res.status,
        body: (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> },
      };
    };

    it('run only from JSON: multipart, form-encoded and application/graphql bodies get 415 and run nothing', async () => {
      const key = `${d.prefix}-media`;
      const operation = JSON.stringify({ query: registerDataset(key) });
      const multipart = new FormData();
      multipart.append('operations', operation);
      multipart.append('map', '{}');
      const bodies: Array<[BodyInit, string | undefined]> = [
        [multipart, undefined], // fetch sets multipart/form-data with its boundary
        [new URLSearchParams({ query: registerDataset(key) }), undefined], // application/x-www-form-urlencoded
        [registerDataset(key), 'application/graphql'],
        [operation, 'application/graphql-response+json'],
      ];
      for (const [body, type] of bodies) {
        const before = await snapshot(d.db);
        const r = await post(body, type);
        expect(r.status, JSON.stringify(r.body)).toBe(415);
        expect(r.body.errors?.[0].extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(await snapshot(d.db)).toEqual(before);
      }
      expect(await exists(`dataset:${key}`)).toBe(false);
      // JSON (with a charset parameter) runs; so does a query over GET.
      expect((await post(operation, 'application/json; charset=utf-8')).body.errors).toBeUndefined();
      expect(await exists(`dataset:${key}`)).toBe(true);
      const get = await d.app.fetch(`http://provenant.test/graphql?query=${encodeURIComponent('{ viewer { __typename } }')}`);
      expect(get.status).toBe(200);
    });

    it('refuse two Authorization headers (joined by the fetch API) with 400, running nothing', async () => {
      const key = `${d.prefix}-twice`;
      const headers = new Headers({ 'content-type': 'application/json' });
      headers.append('authorization', 'Bearer pvn_a_b');
      headers.append('authorization', 'Bearer pvn_c_d');
      const before = await snapshot(d.db);
      const res = await d.app.fetch('http://provenant.test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: registerDataset(key) }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(await snapshot(d.db)).toEqual(before);
    });
  });

  describe('CORS', () => {
    const ALLOWED = 'https://ui.example.test';
    const preflight = (app: typeof d.app, origin: string) =>
      app.fetch('http://provenant.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    const simple = (app: typeof d.app, origin: string) =>
      app.fetch('http://provenant.test/graphql', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { __typename } }' }),
      });

    it('is closed by default: no origin is answered', async () => {
      for (const origin of [ALLOWED, 'https://evil.example', 'null']) {
        expect((await preflight(d.app, origin)).headers.get('access-control-allow-origin')).toBeNull();
        const res = await simple(d.app, origin);
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
    });

    it('answers only the origins on PROVENANT_CORS_ORIGINS, never with credentials', async () => {
      const app = createApp({
        db: d.db,
        config: { ...d.config, corsOrigins: [ALLOWED] },
        services: d.services,
        authenticate: async () => ADMIN,
      });
      const ok = await preflight(app, ALLOWED);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
      const okSimple = await simple(app, ALLOWED);
      expect(okSimple.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(okSimple.headers.get('access-control-allow-credentials')).toBeNull();
      for (const origin of ['https://evil.example', `${ALLOWED}.evil.example`, 'http://ui.example.test', 'null']) {
        expect((await preflight(app, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
        expect((await simple(app, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      }
    });
  });
});

describe('requests in flight per principal', () => {
  it('past PROVENANT_CONCURRENCY_PER_PRINCIPAL: 429 with Retry-After; other principals unaffected; slots come back', async () => {
    const c = await startHarness({ requestLimits: { concurrencyPerPrincipal: 2 } });
    try {
      const QUERY = JSON.stringify({ query: '{ viewer { __typename } }' });
      const call = (body: BodyInit) =>
        c.app.fetch('http://provenant.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          duplex: 'half',
        } as RequestInit);
      // Two requests held open: their bodies have not finished arriving.
      const held: Array<{ finish: () => void; response: Promise<Response> }> = [];
      for (let i = 0; i < 2; i++) {
        let controller!: ReadableStreamDefaultController<Uint8Array>;
        const body = new ReadableStream<Uint8Array>({ start: (ctl) => void (controller = ctl) });
        controller.enqueue(new TextEncoder().encode(QUERY.slice(0, 10)));
        held.push({
          finish: () => {
            controller.enqueue(new TextEncoder().encode(QUERY.slice(10)));
            controller.close();
          },
          response: Promise.resolve(call(body)),
        });
      }
      await sleep(200);
      const before = await snapshot(c.db);
      const refused = await call(QUERY);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      const body = (await refused.json()) as any;
      expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'concurrency' });
      expect(body.errors[0].message).toMatch(/PROVENANT_CONCURRENCY_PER_PRINCIPAL/);
      expect(await snapshot(c.db)).toEqual(before);
      c.actAs({ id: 'person:someone-else', roles: ['VIEWER'], clearance: 'INTERNAL', via: 'system' });
      expect((await call(QUERY)).status).toBe(200);
      c.actAs(ADMIN);
      for (const h of held) h.finish();
      expect((await Promise.all(held.map((h) => h.response))).map((r) => r.status)).toEqual([200, 200]);
      // Refused and finished requests gave their slots back.
      expect((await Promise.all([call(QUERY), call(QUERY)])).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await c.close();
    }
  });
});

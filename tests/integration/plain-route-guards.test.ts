import { randomUUID } from 'node:crypto';
import { request as httpRequest, type RequestListener } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import type { Config } from '../../src/config.js';
import { sleep } from '../helpers/fixtures.js';
import { snapshot } from '../helpers/graph-snapshot.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';

/**
 * The plain HTTP routes (OpenLineage ingestion, PROV downloads) pass the same request guard as
 * /graphql: one Authorization header, the credential-guessing and rate buckets, requests in flight,
 * the body's media type and size; and the OpenLineage route's role is checked before its body is read.
 */

let h: Harness;
let server: Awaited<ReturnType<typeof listen>>;
const key = { engineer: '', viewer: '', other: '' };

const event = () => ({
  eventType: 'START',
  eventTime: new Date().toISOString(),
  producer: 'https://example.com/provenant/plain-route-guards',
  schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
  run: { runId: randomUUID() },
  job: { namespace: `${h.prefix}-guards`, name: 'job' },
  inputs: [],
  outputs: [],
});

/** Every plain route, with a request that would run (and, for OpenLineage, write) if it got through. */
const ROUTES = [
  { method: 'POST', path: '/api/v1/lineage', body: () => JSON.stringify(event()) },
  { method: 'POST', path: '/api/v1/lineage/batch', body: () => JSON.stringify([event()]) },
  { method: 'GET', path: '/prov/lineage?id=dataset:guards-nosuch@1' },
  { method: 'GET', path: '/prov/provenance?outputId=output:guards-nosuch' },
] as const;
type Route = (typeof ROUTES)[number];
const bodyOf = (route: Route) => ('body' in route ? route.body() : undefined);

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

type App = ReturnType<typeof createApp>;

async function call(app: App, method: string, path: string, headers: HeadersInit = {}, body?: BodyInit): Promise<Reply> {
  const res = await app.fetch(`http://provenant.test${path}`, { method, headers, body, duplex: 'half' } as RequestInit);
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* the assertion on the body will say so */
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

const json = (credential: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${credential}` });
const send = (app: App, route: Route, credential: string) => call(app, route.method, route.path, json(credential), bodyOf(route));

/** A new app over the same database with these request limits (its own buckets and slots), authenticating for real. */
const appWith = (limits: Partial<Config['requestLimits']>) =>
  createApp({ db: h.db, services: h.services, config: { ...h.config, requestLimits: { ...h.config.requestLimits, ...limits } } });

/** A request whose body has not finished arriving: it holds its in-flight slot until `finish`. */
function held(app: App, path: string, credential: string, text: string): { finish: () => void; response: Promise<Response> } {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (ctl) => void (controller = ctl) });
  controller.enqueue(new TextEncoder().encode(text.slice(0, 5)));
  const response = Promise.resolve(
    app.fetch(`http://provenant.test${path}`, { method: 'POST', headers: json(credential), body, duplex: 'half' } as RequestInit),
  );
  return {
    finish: () => {
      controller.enqueue(new TextEncoder().encode(text.slice(5)));
      controller.close();
    },
    response,
  };
}

beforeAll(async () => {
  h = await startHarness({ auth: 'real' });
  key.engineer = await h.createKey(['ENGINEER'], 'RESTRICTED', `service:${h.prefix}-engineer`);
  key.viewer = await h.createKey(['VIEWER'], 'RESTRICTED', `person:${h.prefix}-viewer`);
  key.other = await h.createKey(['ENGINEER'], 'RESTRICTED', `service:${h.prefix}-other`);
  server = await listen(h.app as unknown as RequestListener);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await h?.close();
});

/** Sends headers as separate lines, as Node's http client does for an array value (fetch would join duplicates). */
function nodeHttp(route: Route, headers: Record<string, string | string[]>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${server.url}${route.path}`,
      { method: route.method, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: new Headers(res.headers as Record<string, string>),
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(bodyOf(route));
  });
}

describe('one Authorization header', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.path.split('?')[0]}`, r] as const))(
    '%s: two headers, or two credentials in one, get 400 BAD_REQUEST and run nothing',
    async (_name, route) => {
      const before = await snapshot(h.db);
      const two = await nodeHttp(route, { authorization: [`Bearer ${key.viewer}`, `Bearer ${key.engineer}`] });
      expect(two.status, JSON.stringify(two.body)).toBe(400);
      expect(two.body.error.code).toBe('BAD_REQUEST');
      const joined = await call(
        h.app,
        route.method,
        route.path,
        { 'content-type': 'application/json', authorization: `Bearer ${key.viewer}, Bearer ${key.engineer}` },
        bodyOf(route),
      );
      expect(joined.status).toBe(400);
      expect(joined.body.error.code).toBe('BAD_REQUEST');
      expect(await snapshot(h.db)).toEqual(before);
      // One header with the same key goes through the guard.
      expect((await nodeHttp(route, { authorization: `Bearer ${key.engineer}` })).status).not.toBe(400);
    },
  );
});

describe('requests in flight per principal', () => {
  it('are counted across every route: past the limit 429 RATE_LIMITED with Retry-After: 1, others unaffected, slots come back', async () => {
    const app = appWith({ concurrencyPerPrincipal: 2 });
    // Two requests held open, one on /graphql and one on the OpenLineage route.
    const open = [
      held(app, '/graphql', key.engineer, JSON.stringify({ query: '{ viewer { id } }' })),
      held(app, '/api/v1/lineage', key.engineer, JSON.stringify(event())),
    ];
    await sleep(200);
    const before = await snapshot(h.db);
    for (const route of ROUTES) {
      const refused = await send(app, route, key.engineer);
      expect(refused.status, `${route.path}: ${JSON.stringify(refused.body)}`).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', limit: 'concurrency' });
      expect(refused.body.error.message).toMatch(/PROVENANT_CONCURRENCY_PER_PRINCIPAL/);
    }
    expect(await snapshot(h.db)).toEqual(before);
    expect((await send(app, ROUTES[2], key.other)).status).toBe(404);
    for (const request of open) request.finish();
    expect((await Promise.all(open.map((o) => o.response))).map((r) => r.status)).toEqual([200, 200]);
    // Finished and refused requests gave their slots back.
    expect((await Promise.all([send(app, ROUTES[2], key.engineer), send(app, ROUTES[0], key.engineer)])).map((r) => r.status)).toEqual([
      404, 200,
    ]);
  });
});

describe('throttles', () => {
  it('the request rate is one budget per principal for the whole API: 429 with Retry-After on a PROV route after /graphql spent it', async () => {
    const app = appWith({ ratePerSecond: 0.01, rateBurst: 2 });
    expect((await call(app, 'POST', '/graphql', json(key.engineer), JSON.stringify({ query: '{ viewer { id } }' }))).status).toBe(200);
    expect((await send(app, ROUTES[2], key.engineer)).status).toBe(404);
    for (const route of ROUTES) {
      const refused = await send(app, route, key.engineer);
      expect(refused.status, route.path).toBe(429);
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect((await send(app, ROUTES[3], key.other)).status).toBe(404);
  });

  it('refused credentials on a PROV route throttle the client address everywhere, even a good key (429)', async () => {
    const app = appWith({ authFailuresPerMinute: 2 });
    const before = await snapshot(h.db);
    const bogus = 'pvn_0000000000000000_not-a-real-secret-00000000000000000000';
    expect((await send(app, ROUTES[2], bogus)).status).toBe(401);
    expect((await send(app, ROUTES[3], bogus)).status).toBe(401);
    for (const route of ROUTES) {
      const refused = await send(app, route, key.engineer);
      expect(refused.status, route.path).toBe(429);
      expect(refused.body.error.message).toMatch(/refused credentials/);
    }
    expect(await snapshot(h.db)).toEqual(before);
  });
});

describe('OpenLineage bodies', () => {
  const LIMIT = 4096;
  const big = () => JSON.stringify({ ...event(), padding: 'x'.repeat(LIMIT) });
  const stream = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += 512) c.enqueue(bytes.subarray(i, i + 512));
        c.close();
      },
    });

  it.each(['/api/v1/lineage', '/api/v1/lineage/batch'])(
    '%s: over the body limit 413 (declared or streamed), not JSON 415, nothing stored',
    async (path) => {
      const app = appWith({ maxBodyBytes: LIMIT });
      const wrap = (text: string) => (path.endsWith('batch') ? `[${text}]` : text);
      const before = await snapshot(h.db);
      const declared = await call(app, 'POST', path, { ...json(key.engineer), 'content-length': String(wrap(big()).length) }, wrap(big()));
      expect(declared.status).toBe(413);
      expect(declared.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(declared.headers.get('connection')).toBe('close');
      const streamed = await call(app, 'POST', path, json(key.engineer), stream(wrap(big())));
      expect(streamed.status).toBe(413);
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql', null]) {
        const headers: Record<string, string> = { authorization: `Bearer ${key.engineer}` };
        if (type) headers['content-type'] = type;
        const r = await call(app, 'POST', path, headers, new Blob([wrap(JSON.stringify(event()))]));
        expect(r.status, String(type)).toBe(415);
        expect(r.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(r.body.error.message).toMatch(/application\/json/);
      }
      expect(await snapshot(h.db)).toEqual(before);
      // Within the limit, streamed without a Content-Length, the same event is stored.
      const ok = await call(app, 'POST', path, json(key.engineer), stream(wrap(JSON.stringify(event()))));
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    },
  );
});

describe('the OpenLineage route checks the role before it reads the body', () => {
  it.each(['/api/v1/lineage', '/api/v1/lineage/batch'])(
    '%s: a VIEWER gets 403 for malformed JSON, a wrong media type and an oversize body; an ENGINEER gets the body errors',
    async (path) => {
      const app = appWith({ maxBodyBytes: 4096 });
      const before = await snapshot(h.db);
      const malformed = '{"eventType": "START", ';
      const asViewer = [
        await call(app, 'POST', path, json(key.viewer), malformed),
        await call(app, 'POST', path, { ...json(key.viewer), 'content-type': 'text/plain' }, malformed),
        await call(app, 'POST', path, json(key.viewer), 'x'.repeat(10_000)),
      ];
      for (const r of asViewer) {
        expect(r.status, JSON.stringify(r.body)).toBe(403);
        expect(r.body.error.code).toBe('FORBIDDEN');
        expect(r.body.error.message).toMatch(/openlineage\.ingest/);
      }
      const asEngineer = [
        await call(app, 'POST', path, json(key.engineer), malformed),
        await call(app, 'POST', path, { ...json(key.engineer), 'content-type': 'text/plain' }, malformed),
        await call(app, 'POST', path, json(key.engineer), 'x'.repeat(10_000)),
      ];
      expect(asEngineer.map((r) => [r.status, r.body.error.code])).toEqual([
        [400, 'VALIDATION'],
        [415, 'UNSUPPORTED_MEDIA_TYPE'],
        [413, 'PAYLOAD_TOO_LARGE'],
      ]);
      expect(asEngineer[0].body.error.message).toMatch(/not valid JSON/);
      expect(await snapshot(h.db)).toEqual(before);
    },
  );
});

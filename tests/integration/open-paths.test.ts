import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHandler } from '../../src/http/handler.js';
import { GRAPHQL_PATH, LIVE_PATHS, METRICS_PATH, READY_PATHS } from '../../src/http/open-paths.js';
import { plainRoutes } from '../../src/http/routes.js';
import { metrics } from '../../src/observability/metrics.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';

/**
 * The API port answers without an API credential exactly the requests open-paths.ts declares (and
 * docs/access-control.md lists); every other request, whatever its path and method, gets 401.
 */

const TOKEN = 'metrics-token-for-open-paths-0123456789';
let h: Harness;
let withToken: Awaited<ReturnType<typeof listen>>;
let withoutToken: Awaited<ReturnType<typeof listen>>;
let key: string;

beforeAll(async () => {
  h = await startHarness({ auth: 'real' });
  key = await h.createKey(['VIEWER']);
  withToken = await listen(createHttpHandler({ yoga: h.app, db: h.db, metrics, metricsAccess: { token: TOKEN } }));
  withoutToken = await listen(createHttpHandler({ yoga: h.app, db: h.db, metrics, metricsAccess: {} }));
});

afterAll(async () => {
  await withToken?.close();
  await withoutToken?.close();
  await h?.close();
});

const codeOf = (body: any): string | undefined => body?.error?.code ?? body?.errors?.[0]?.extensions?.code;

async function request(base: string, method: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify({ query: '{ viewer { id } }' }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, body };
}

describe('the declared open requests', () => {
  it('answers the health paths without a credential, for any method', async () => {
    for (const path of LIVE_PATHS) {
      for (const method of ['GET', 'HEAD', 'POST']) {
        const r = await request(withToken.url, method, path);
        expect(r.status, `${method} ${path}`).toBe(200);
        if (method !== 'HEAD') expect(r.text).toBe('ok');
      }
    }
    for (const path of READY_PATHS) {
      const r = await request(withToken.url, 'GET', path);
      expect([r.status, r.text], path).toEqual([200, 'ready']);
    }
  });

  it('serves the GraphiQL page to a browser at GET /graphql, and answers CORS preflights on any path', async () => {
    const page = await request(withToken.url, 'GET', GRAPHQL_PATH, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('GraphiQL');
    for (const path of [GRAPHQL_PATH, '/api/v1/lineage', '/prov/lineage', '/nowhere']) {
      const r = await request(withToken.url, 'OPTIONS', path, { origin: 'https://evil.example', 'access-control-request-method': 'POST' });
      expect(r.status, path).toBe(204);
      expect(r.text).toBe('');
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('serves /metrics behind its own token only', async () => {
    expect((await request(withToken.url, 'GET', METRICS_PATH)).status).toBe(401);
    expect((await request(withToken.url, 'GET', METRICS_PATH, { authorization: `Bearer ${key}` })).status).toBe(401);
    const scraped = await request(withToken.url, 'GET', METRICS_PATH, { authorization: `Bearer ${TOKEN}` });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('provenant_');
  });
});

describe('every other request needs a credential', () => {
  const routes = [...plainRoutes(1).keys()];
  const nearMisses = [...LIVE_PATHS, ...READY_PATHS].flatMap((p) => [`${p}/`, `${p}/x`, `/x${p}`, p.toUpperCase()]);
  const others: Array<[string, string, Record<string, string>?]> = [
    ...routes.flatMap((path): Array<[string, string]> => [
      ['GET', path],
      ['POST', path],
      ['PUT', path],
    ]),
    ['GET', `${routes[2]}?id=dataset:x@1`],
    ['POST', GRAPHQL_PATH],
    ['GET', `${GRAPHQL_PATH}?query=%7B__typename%7D`],
    ['GET', GRAPHQL_PATH],
    ['PUT', GRAPHQL_PATH],
    ['HEAD', GRAPHQL_PATH],
    ['POST', `${GRAPHQL_PATH}/`],
    // GraphiQL is served at /graphql only, not at every URL ending in it.
    ['GET', `/x${GRAPHQL_PATH}`, { accept: 'text/html' }],
    ['GET', `/nowhere?x=${GRAPHQL_PATH}`, { accept: 'text/html' }],
    ['GET', `${GRAPHQL_PATH}/x`, { accept: 'text/html' }],
    // graphql-yoga's own health check is off: it would answer any URL ending in /health.
    ['GET', '/health'],
    ['GET', '/x/health'],
    ['GET', `${GRAPHQL_PATH}?x=/health`],
    ...nearMisses.map((p): [string, string] => ['GET', p]),
    ['GET', '/'],
    ['GET', '/', { accept: 'text/html' }],
    ['POST', '/ui'],
    ['PUT', '/ui/lineage/x'],
    ['GET', '/uix'],
    ['GET', '/UI'],
    ['GET', '/graphiql'],
    ['GET', '/favicon.ico'],
    ['GET', '/api/v1'],
    ['GET', '/prov'],
    ['DELETE', '/nowhere'],
  ];

  it.each(
    others.map(
      ([method, path, headers]) => [`${method} ${path}${headers ? ` ${JSON.stringify(headers)}` : ''}`, method, path, headers] as const,
    ),
  )('%s: 401 UNAUTHENTICATED without one', async (_name, method, path, headers) => {
    const r = await request(withToken.url, method, path, headers);
    expect(r.status, r.text.slice(0, 200)).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer');
    if (method !== 'HEAD') expect(codeOf(r.body)).toBe('UNAUTHENTICATED');
  });

  it('/metrics on the API port when no token is set', async () => {
    const r = await request(withoutToken.url, 'GET', METRICS_PATH);
    expect(r.status).toBe(401);
    expect(r.text).not.toContain('provenant_');
  });

  it('and with one, a path that is no route is 404 NOT_FOUND', async () => {
    for (const path of ['/nowhere', '/health', '/x/livez']) {
      const r = await request(withToken.url, 'GET', path, { authorization: `Bearer ${key}` });
      expect(r.status, path).toBe(404);
      expect(codeOf(r.body)).toBe('NOT_FOUND');
    }
  });
});

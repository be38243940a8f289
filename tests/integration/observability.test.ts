import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { observeQueries } from '../../src/db/instrument.js';
import { poolUse } from '../../src/db/pool-use.js';
import { auditChainLength } from '../../src/domain/audit/chain-length.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { setLogLevel } from '../../src/logger.js';
import { metrics } from '../../src/observability/metrics.js';
import { queryObserver } from '../../src/observability/query-observer.js';
import { startTracing, tracingRequested } from '../../src/observability/tracing.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const exporter = new InMemorySpanExporter();
let tracing: { shutdown: () => Promise<void> };
let h: Harness;
let guarded: Awaited<ReturnType<typeof listen>>;
let open: Awaited<ReturnType<typeof listen>>;
let key: string;

beforeAll(async () => {
  tracing = startTracing({ exporter });
  observeQueries(queryObserver(metrics));
  h = await startHarness({ auth: 'real' });
  metrics.watchDatabase({ auditChainLength: () => auditChainLength(h.db), pool: () => poolUse(h.db.driver) });
  key = await h.createKey(['AUDITOR']);
  guarded = await listen(createHttpHandler({ yoga: h.app, db: h.db, metrics, metricsAccess: { token: TOKEN } }));
  open = await listen(createHttpHandler({ yoga: h.app, db: h.db, metrics, metricsAccess: {} }));
});

afterAll(async () => {
  observeQueries(undefined);
  await guarded?.close();
  await open?.close();
  await tracing?.shutdown();
  await h?.close();
});

const QUERY = 'query ListSystems { systems(first: 3) { edges { node { id } } } }';

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('request ids', () => {
  it('echoes the client x-request-id and makes one up when there is none, on every route', async () => {
    const mine = await post(guarded.url, { query: QUERY }, { authorization: `Bearer ${key}`, 'x-request-id': 'client-id-42' });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('x-request-id')).toBe('client-id-42');
    for (const path of ['/graphql', '/healthz', '/metrics', '/nowhere']) {
      const res = await fetch(`${guarded.url}${path}`);
      expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
    // A header a client could use to forge log lines is replaced, not echoed.
    const forged = await fetch(`${guarded.url}/healthz`, { headers: { 'x-request-id': 'two words\t"quoted"' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health', () => {
  it('answers the conventional paths', async () => {
    for (const path of ['/health/live', '/livez', '/healthz']) expect((await fetch(`${guarded.url}${path}`)).status, path).toBe(200);
    for (const path of ['/health/ready', '/readyz']) {
      const res = await fetch(`${guarded.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe('ready');
    }
  });
});

describe('access log', () => {
  it('writes one JSON line per request with id, principal, operation, outcome, duration and rows', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => (lines.push(String(chunk)), true));
    setLogLevel('info');
    try {
      const res = await post(guarded.url, { query: QUERY }, { authorization: `Bearer ${key}`, 'x-request-id': 'log-1' });
      await res.text();
      await post(guarded.url, { query: QUERY }, { 'x-request-id': 'log-2' }).then((r) => r.text());
      await vi.waitFor(() => expect(lines.filter((l) => l.includes('"message":"request"'))).toHaveLength(2));
    } finally {
      setLogLevel('error');
      spy.mockRestore();
    }
    const entries = lines.map((l) => JSON.parse(l)).filter((e) => e.message === 'request');
    const ok = entries.find((e) => e.requestId === 'log-1');
    expect(ok).toMatchObject({
      status: 200,
      principal: `service:${h.prefix}-key`,
      operation: 'ListSystems',
      outcome: 'OK',
      path: '/graphql',
    });
    expect(ok.rows).toBeGreaterThanOrEqual(0);
    expect(ok.queries).toBeGreaterThan(0);
    expect(ok.durationMs).toBeGreaterThan(0);
    expect(entries.find((e) => e.requestId === 'log-2')).toMatchObject({ status: 401, principal: null, outcome: 'UNAUTHENTICATED' });
  });
});

describe('/metrics', () => {
  it('is served behind its token, in Prometheus text with one prefix', async () => {
    await post(guarded.url, { query: QUERY }, { authorization: `Bearer ${key}` }).then((r) => r.text());
    await post(guarded.url, { query: QUERY }, { authorization: 'Bearer pvn_not-a-key' }).then((r) => r.text());
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401);
    const res = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^provenant_graphql_requests_total\{operation="systems",outcome="OK"\} [1-9]/m);
    expect(text).toMatch(/^provenant_requests_rejected_total\{reason="UNAUTHENTICATED"\} [1-9]/m);
    expect(text).toMatch(/^provenant_graphql_request_duration_seconds_bucket\{le="0.005",operation="systems"\} \d+/m);
    expect(text).toMatch(/^provenant_neo4j_query_duration_seconds_count\{query="[a-z-]+",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^provenant_http_requests_total\{route="graphql",status="200"\} [1-9]/m);
    expect(text).toMatch(/^provenant_neo4j_pool_connections\{state="in_use"\} \d+/m);
    const chain = /^provenant_audit_chain_length (\d+)/m.exec(text);
    expect(Number(chain?.[1])).toBe(await auditChainLength(h.db));
    // Every metric name carries the one prefix; counters end in _total.
    const names = [...text.matchAll(/^# TYPE (\S+) (\S+)/gm)].map((m) => ({ name: m[1], type: m[2] }));
    expect(names.length).toBeGreaterThan(10);
    for (const { name, type } of names) {
      expect(name).toMatch(/^provenant_/);
      if (type === 'counter') expect(name).toMatch(/_total$/);
    }
  });

  it('is not served on the public port without a token', async () => {
    const res = await fetch(`${open.url}/metrics`);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain('provenant_');
  });
});

describe('traces', () => {
  it('are off unless the standard OTEL variables ask for them', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
  });

  it('nest a span per named Cypher query, with its name and rows, under the GraphQL operation under the HTTP request', async () => {
    exporter.reset();
    const res = await post(guarded.url, { query: QUERY }, { authorization: `Bearer ${key}`, 'x-request-id': 'trace-1' });
    await res.text();
    let spans: ReadableSpan[] = [];
    await vi.waitFor(() => {
      spans = exporter.getFinishedSpans();
      expect(spans.some((s) => s.attributes['provenant.request_id'] === 'trace-1')).toBe(true);
    });
    const http = spans.find((s) => s.attributes['provenant.request_id'] === 'trace-1')!;
    const inTrace = spans.filter((s) => s.spanContext().traceId === http.spanContext().traceId);
    const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;
    const op = inTrace.find((s) => s.name === 'graphql ListSystems');
    expect(http.name).toBe('POST /graphql');
    expect(http.attributes['http.response.status_code']).toBe(200);
    expect(op).toBeDefined();
    expect(parentOf(op!)).toBe(http.spanContext().spanId);
    expect(op!.attributes['graphql.operation.type']).toBe('query');
    const cypher = inTrace.filter((s) => s.name.startsWith('cypher '));
    expect(cypher.length).toBeGreaterThan(0);
    for (const q of cypher) {
      expect(parentOf(q)).toBe(op!.spanContext().spanId);
      expect(q.name).toBe(`cypher ${q.attributes['db.operation.name']}`);
      expect(typeof q.attributes['db.response.returned_rows']).toBe('number');
    }
    const rows = cypher.reduce((n, q) => n + Number(q.attributes['db.response.returned_rows']), 0);
    expect(http.attributes['provenant.rows']).toBe(rows);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { observeQueries } from '../../src/db/instrument.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { setLogLevel } from '../../src/logger.js';
import { metrics } from '../../src/observability/metrics.js';
import { queryObserver } from '../../src/observability/query-observer.js';
import { tracingActive } from '../../src/observability/tracing.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';

/**
 * Without a tracer provider (the default: no OTEL variables) the request path makes no spans, and
 * loses nothing else: the access-log line, the GraphQL and Cypher metrics and the request's rows and
 * queries are the traced path's (observability.test.ts covers that one).
 */
let h: Harness;
let server: Awaited<ReturnType<typeof listen>>;
let key: string;

beforeAll(async () => {
  observeQueries(queryObserver(metrics));
  h = await startHarness({ auth: 'real' });
  key = await h.createKey(['AUDITOR']);
  server = await listen(createHttpHandler({ yoga: h.app, db: h.db, metrics }));
});

afterAll(async () => {
  observeQueries(undefined);
  await server?.close();
  await h?.close();
});

/** The value of one sample line of the metrics text, 0 when absent. */
async function sample(line: RegExp): Promise<number> {
  const text = await metrics.registry.metrics();
  const m = new RegExp(`^${line.source} (\\S+)$`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

const GRAPHQL_COUNT = /provenant_graphql_request_duration_seconds_count\{operation="systems"\}/;
/** Cypher queries timed so far, whatever their names. */
async function cypherCount(): Promise<number> {
  const { values } = await metrics.queryDuration.get();
  return values.filter((v) => v.metricName?.endsWith('_count')).reduce((sum, v) => sum + v.value, 0);
}
const REQUESTS = /provenant_graphql_requests_total\{operation="systems",outcome="OK"\}/;

describe('an untraced request', () => {
  it('is timed, counted and logged with its operation, rows and queries', async () => {
    expect(tracingActive()).toBe(false);
    const before = { graphql: await sample(GRAPHQL_COUNT), cypher: await cypherCount(), requests: await sample(REQUESTS) };
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => (lines.push(String(chunk)), true));
    setLogLevel('info');
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-request-id': 'untraced-1' },
        body: JSON.stringify({ query: 'query Untraced { systems(first: 3) { edges { node { id } } } }' }),
      });
      expect(res.status).toBe(200);
      await res.text();
      await vi.waitFor(() => expect(lines.some((l) => l.includes('"requestId":"untraced-1"'))).toBe(true));
    } finally {
      setLogLevel('error');
      spy.mockRestore();
    }
    const entry = lines.map((l) => JSON.parse(l)).find((e) => e.requestId === 'untraced-1');
    expect(entry).toMatchObject({ status: 200, principal: `service:${h.prefix}-key`, operation: 'Untraced', outcome: 'OK' });
    expect(entry.queries).toBeGreaterThan(0);
    expect(await sample(GRAPHQL_COUNT)).toBe(before.graphql + 1);
    expect(await sample(REQUESTS)).toBe(before.requests + 1);
    expect(await cypherCount()).toBeGreaterThan(before.cypher);
  });
});

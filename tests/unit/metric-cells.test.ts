import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { counterCells, histogramCells } from '../../src/observability/metric-cells.js';

const BUCKETS = [0.001, 0.01, 0.1, 1];

function pair() {
  const registry = new Registry();
  const counter = new Counter({ name: 'c_total', help: 'c', labelNames: ['route', 'status'] as const, registers: [registry] });
  const histogram = new Histogram({
    name: 'h_seconds',
    help: 'h',
    labelNames: ['query', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  return { registry, counter, histogram };
}

/** Values on and between the bounds, past the last one, and zero. */
const OBSERVED = [0, 0.0005, 0.001, 0.004, 0.01, 0.05, 0.1, 0.7, 1, 3, 42];

describe('metric cells', () => {
  it("expose exactly what prom-client's own updates expose", async () => {
    const plain = pair();
    const celled = pair();
    const counts = counterCells(celled.counter, ['route', 'status']);
    const durations = histogramCells(celled.histogram, ['query', 'outcome']);
    for (const [i, v] of OBSERVED.entries()) {
      for (const status of ['200', '401']) {
        plain.counter.inc({ route: 'graphql', status }, i);
        counts.at('graphql', status).inc(i);
      }
      plain.histogram.observe({ query: 'lineage', outcome: 'ok' }, v);
      durations.at('lineage', 'ok').observe(v);
    }
    plain.histogram.observe({ query: 'lineage', outcome: 'error' }, 0.02);
    durations.at('lineage', 'error').observe(0.02);
    const text = await celled.registry.metrics();
    expect(text).toBe(await plain.registry.metrics());
    expect(text).toMatch(/^h_seconds_bucket\{le="0.01",query="lineage",outcome="ok"\} 5$/m);
    expect(text).toMatch(/^h_seconds_count\{query="lineage",outcome="ok"\} 11$/m);
    expect(text).toMatch(/^c_total\{route="graphql",status="401"\} 55$/m);
  });

  it('keep counting after the registry is reset', async () => {
    const { registry, counter, histogram } = pair();
    const counts = counterCells(counter, ['route', 'status']);
    const durations = histogramCells(histogram, ['query', 'outcome']);
    counts.at('graphql', '200').inc();
    durations.at('lineage', 'ok').observe(0.5);
    registry.resetMetrics();
    counts.at('graphql', '200').inc();
    counts.at('graphql', '200').inc();
    durations.at('lineage', 'ok').observe(0.5);
    const text = await registry.metrics();
    expect(text).toMatch(/^c_total\{route="graphql",status="200"\} 2$/m);
    expect(text).toMatch(/^h_seconds_count\{query="lineage",outcome="ok"\} 1$/m);
  });
});

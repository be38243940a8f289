import { describe, expect, it } from 'vitest';
import { chartsOf, chartXs, type ReleaseSeries } from '../../console/src/views/monitoring/series.js';
import type { ConsoleMetricsSummaryFragment } from '../../console/src/gql/graphql.js';

/** The monitoring dashboard's series (console/src/views/monitoring/series.ts): where a release's line has no value. */

const summary = (latency: number): ConsoleMetricsSummaryFragment => ({
  invocations: 10,
  latencyP50Ms: latency,
  latencyP95Ms: latency * 2,
  costPer1kUsd: 1,
  scores: [],
  kpis: [],
});
const release = (label: string, starts: number[]): ReleaseSeries => ({
  releaseId: `release:${label}`,
  label,
  buckets: starts.map((start) => ({ start, summary: summary(100 + start) })),
});
const p50 = (releases: ReleaseSeries[], label: string) => {
  const latency = chartsOf(releases, 10)[0];
  return { xs: latency.xs, values: latency.lines.find((l) => l.label === `${label} p50`)!.values };
};

describe('a release line on the dashboard', () => {
  it('has no value where another release served: v1, then v2, then v1 again after a rollback', () => {
    const { xs, values } = p50([release('v1', [0, 10, 40]), release('v2', [20, 30])], 'v1');
    expect(xs).toEqual([0, 10, 20, 30, 40]);
    expect(values).toEqual([100, 110, null, null, 140]);
  });

  it('has no value in a bucket where it served without data, even when no other release had one there', () => {
    const { xs, values } = p50([release('v1', [0, 10, 50])], 'v1');
    expect(xs).toEqual([0, 10, 20, 50]);
    expect(values).toEqual([100, 110, null, 150]);
  });

  it('adds no point past a release’s last bucket or between adjacent ones', () => {
    expect(chartXs([release('v1', [0, 10, 20]), release('v2', [30])], 10)).toEqual([0, 10, 20, 30]);
  });
});

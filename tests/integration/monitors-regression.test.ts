import { describe, expect, it } from 'vitest';
import { graphql } from '../graphql/index.js';
import type { DefineMonitorInput, InvocationInput } from '../graphql/graphql.js';
import { testClock, useHarness } from '../helpers/harness.js';
import { expectRefused, RECORD_EVALUATION_DOC, RECORD_INVOCATIONS_DOC } from '../helpers/fixtures.js';
import { closedInstant, DEFINE_MONITOR, latencies, MONITOR_BUCKET_MS, RUN_MONITORS } from '../helpers/monitors.js';

const { h, f } = useHarness({ limits: { signalBucketMs: MONITOR_BUCKET_MS } });

const DEFINE_SCORE_CONFIG = graphql(`
  mutation MonitorsRegressionScoreConfig($input: DefineScoreConfigInput!) {
    defineScoreConfig(input: $input) {
      created
    }
  }
`);
const RECORD_SCORES = graphql(`
  mutation MonitorsRegressionScores($scores: [ScoreInput!]!) {
    recordScores(scores: $scores) {
      created
    }
  }
`);
const MONITOR_CHECK = graphql(`
  query MonitorsRegressionCheck($id: ID!) {
    node(id: $id) {
      ... on MonitorCheck {
        baselineValue
        baselineSize
        baselineEvaluation {
          id
        }
      }
    }
  }
`);

const env = 'staging';

/** Serves `release` on staging and records one invocation per latency (and cost, when given), one output each. */
async function serve(system: string, release: string, latencyMs: number[], costUsd?: number[]): Promise<string[]> {
  await f.promote(system, env, release);
  const at = testClock.now().toISOString();
  const invocations: InvocationInput[] = latencyMs.map((l, i) => ({
    release,
    startedAt: at,
    latencyMs: l,
    costUsd: costUsd ? costUsd[i] : 0.001,
    outputs: [{ summary: `answer ${i}` }],
  }));
  return (await h.ok(RECORD_INVOCATIONS_DOC, { invocations })).recordInvocations.outputIds;
}

const regression = (
  system: string,
  name: string,
  extra: Partial<DefineMonitorInput> & { signal: string },
): { input: DefineMonitorInput } => ({
  input: {
    system,
    environment: env,
    name,
    kind: 'REGRESSION',
    direction: 'LOWER_IS_BETTER',
    baseline: { kind: 'PREVIOUS_RELEASE' },
    failureLimit: 1,
    ...extra,
  },
});

const checkOf = async (system: string) => (await h.ok(RUN_MONITORS, { system, asOf: await closedInstant() })).runMonitors.checks[0];

describe('p95 latency regression', () => {
  it('fails a release whose slowest 5 % grew, though its median did not move, and passes one like its predecessor', async () => {
    const sys = await f.system('p95', 3);
    const body = (seed: number) => latencies(400, 120, 20, seed);
    await serve(sys.system, sys.releases[0], body(1));
    // Release 2: the same body, but one call in six takes 600 ms (the tail a p95 sees and a median does not).
    await serve(
      sys.system,
      sys.releases[1],
      body(2).map((l, i) => (i % 6 === 0 ? 600 : l)),
    );
    await h.ok(DEFINE_MONITOR, regression(sys.system, 'p95', { signal: 'latencyMs', measure: 'P95', minimumDetectableEffect: 0.05 }));
    const failed = await checkOf(sys.system);
    expect(failed).toMatchObject({ outcome: 'FAILED', method: 'msprt-normal-mixture', currentSize: 400, baselineSize: 400 });
    expect(failed.detail).toContain('p95');
    // The statistic is the growth in the share of calls above the baseline's p95: about 1/6 - 5 %.
    expect(failed.statistic).toBeGreaterThan(0.08);
    expect(failed.pValue).toBeLessThan(0.05);

    await serve(sys.system, sys.releases[2], body(3));
    const passed = await checkOf(sys.system);
    expect(passed).toMatchObject({ outcome: 'PASSED', release: { id: sys.releases[2] }, baselineRelease: { id: sys.releases[1] } });
  });
});

describe('cost per 1k regression', () => {
  it('fails a release costing more per 1,000 invocations, stating the difference per 1,000', async () => {
    const sys = await f.system('cost1k', 2);
    const costs = (centre: number, seed: number) => latencies(300, centre * 1e6, centre * 2e5, seed).map((x) => x / 1e6);
    const before = costs(0.001, 4);
    const after = costs(0.0012, 5);
    await serve(sys.system, sys.releases[0], latencies(300, 100, 10, 6), before);
    await serve(sys.system, sys.releases[1], latencies(300, 100, 10, 7), after);
    await h.ok(DEFINE_MONITOR, regression(sys.system, 'cost', { signal: 'costUsd', measure: 'PER_1K', minimumDetectableEffect: 0.1 }));
    const check = await checkOf(sys.system);
    expect(check.outcome).toBe('FAILED');
    expect(check.detail).toContain('per 1,000');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // USD per 1,000 invocations, not per invocation.
    expect(check.statistic).toBeCloseTo(1000 * (mean(after) - mean(before)), 9);
  });
});

describe('a baseline from an evaluation dataset', () => {
  it('compares the live rate with what the evaluation of the same release on the dataset version recorded, as of the check', async () => {
    const sys = await f.system('evalref', 1);
    const resolved = f.key('resolved');
    await h.ok(DEFINE_SCORE_CONFIG, { input: { name: resolved, dataType: 'BOOLEAN' } });
    const dataset = await f.datasetVersion(await f.artifact('dataset', 'evalref-golden'), 1);
    const outputs = await serve(sys.system, sys.releases[0], latencies(200, 100, 10, 8));
    // Live: 60 % resolved.
    await h.ok(RECORD_SCORES, {
      scores: outputs.map((target, i) => ({
        target,
        name: resolved,
        value: i % 5 < 3 ? 1 : 0,
        source: 'USER' as const,
        at: testClock.now().toISOString(),
      })),
    });
    await h.ok(
      DEFINE_MONITOR,
      regression(sys.system, 'offline', {
        signal: `score:${resolved}`,
        direction: 'HIGHER_IS_BETTER',
        minimumDetectableEffect: 0.1,
        baseline: { kind: 'EVALUATION', dataset, metric: 'resolved' },
      }),
    );
    const none = await checkOf(sys.system);
    expect(none.outcome).toBe('INCONCLUSIVE');
    expect(none.detail).toContain('no evaluation');

    const beforeEvaluation = await closedInstant();
    // Offline, on the golden dataset, the release resolved 90 %.
    const evaluation = (
      await h.ok(RECORD_EVALUATION_DOC, {
        input: { subject: sys.releases[0], dataset, metrics: [{ name: 'resolved', value: 0.9 }], startedAt: testClock.now().toISOString() },
      })
    ).recordEvaluation.evaluationRun.id;
    const check = await checkOf(sys.system);
    expect(check).toMatchObject({ outcome: 'FAILED', currentSize: 200, baselineSize: null });
    expect(check.statistic).toBeCloseTo(0.6 - 0.9, 12);
    const node = await h.ok(MONITOR_CHECK, { id: check.id });
    expect(node.node).toEqual({ baselineValue: 0.9, baselineSize: null, baselineEvaluation: { id: evaluation } });

    // A check for an instant before the evaluation was recorded has no reference yet, whenever it runs.
    const earlier = (await h.ok(RUN_MONITORS, { system: sys.system, asOf: beforeEvaluation })).runMonitors.checks[0];
    expect(earlier).toMatchObject({ outcome: 'INCONCLUSIVE', currentSize: 0 });
    expect(earlier.detail).toContain('no evaluation');
  });

  it('refuses an EVALUATION baseline without its dataset and metric, or on a drift monitor, with the graph unchanged', async () => {
    const sys = await f.system('evalref-bad', 1);
    const dataset = await f.datasetVersion(await f.artifact('dataset', 'evalref-bad-golden'), 1);
    const base = { signal: 'latencyMs', minimumDetectableEffect: 10 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, baseline: { kind: 'EVALUATION', dataset } }, 'baseline.dataset'],
      [
        { ...base, measure: 'P95', minimumDetectableEffect: 0.05, baseline: { kind: 'EVALUATION', dataset, metric: 'latency' } },
        'baseline.kind',
      ],
      [
        {
          ...base,
          kind: 'DRIFT',
          direction: undefined,
          minimumDetectableEffect: undefined,
          baseline: { kind: 'EVALUATION', dataset, metric: 'latency' },
        },
        'baseline.kind',
      ],
      [{ ...base, measure: 'P95', minimumDetectableEffect: 2 }, 'minimumDetectableEffect'],
    ];
    for (const [extra, field] of cases) {
      const r = await expectRefused(h, 'VALIDATION', DEFINE_MONITOR, regression(sys.system, 'bad', extra as never));
      expect(r.errors![0].message).toContain(field);
    }
    const missing = dataset.replace('@', '-nosuch@');
    await expectRefused(
      h,
      'NOT_FOUND',
      DEFINE_MONITOR,
      regression(sys.system, 'bad', { ...base, baseline: { kind: 'EVALUATION', dataset: missing, metric: 'latency' } }),
    );
  });
});

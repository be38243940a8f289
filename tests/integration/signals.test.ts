import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import {
  audited,
  expectRefused,
  RECORD_INVOCATIONS_DOC,
  RECORD_TRAINING_DOC,
  sleep,
  unchanged,
  type SystemFixture,
} from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';
import { DEFINE_KPI, DEFINE_SCORE_CONFIG, RECORD_KPIS, RECORD_SCORES } from '../helpers/signals.js';
import type { InvocationInput, ScoreInput } from '../graphql/graphql.js';
import { readSignalWindow } from '../../src/domain/signals/window.js';
import { recordScores } from '../../src/domain/signals/scores.js';

/** One-second buckets, so a test can close a bucket by waiting instead of by travelling in time. */
const BUCKET_MS = 1000;
const MAX_BATCH = 40;
const { h, f } = useHarness({ limits: { signalBucketMs: BUCKET_MS, maxBatch: MAX_BATCH } });

const RELEASE_METRICS = graphql(`
  query SignalsReleaseMetrics($release: ID!, $window: MetricsWindow!, $asOf: DateTime) {
    releaseMetrics(release: $release, window: $window, asOf: $asOf) {
      from
      to
      bucketSeconds
      summary {
        ...SignalsSummary
      }
      series {
        start
        end
        summary {
          invocations
        }
      }
    }
  }
`);
const SYSTEM_METRICS = graphql(`
  query SignalsSystemMetrics($system: ID!, $environment: String!, $window: MetricsWindow!, $asOf: DateTime) {
    systemMetrics(system: $system, environment: $environment, window: $window, asOf: $asOf) {
      serving {
        releaseId
        from
        to
      }
      summary {
        invocations
        kpis {
          name
          n
          sum
        }
      }
    }
  }
`);

let sys: SystemFixture;
let release: string;
const names = { rating: '', thumbs: '', label: '', kpi: '' };

/** Waits until a new bucket has begun, so what is recorded next falls in it. */
const nextBucket = () => sleep(BUCKET_MS - (Date.now() % BUCKET_MS) + 20);
const windowAround = (from: number) => ({
  from: new Date(from - 10 * BUCKET_MS).toISOString(),
  to: new Date(Date.now() + 10 * BUCKET_MS).toISOString(),
});

/** Records invocations of `rel` at `at`, one output each (a DECISION with `decision` when given). */
async function invoke(rel: string, rows: Array<Partial<InvocationInput> & { decision?: string }>, at = testClock.now().toISOString()) {
  const invocations = rows.map(({ decision, ...r }) => ({
    release: rel,
    startedAt: at,
    outputs: [decision ? { outputKind: 'DECISION' as const, decision } : { summary: 'ok' }],
    ...r,
  }));
  return (await h.ok(RECORD_INVOCATIONS_DOC, { invocations })).recordInvocations;
}

const score = (target: string, name: string, value: Partial<ScoreInput>): ScoreInput => ({
  target,
  name,
  source: 'USER',
  at: testClock.now().toISOString(),
  ...value,
});

beforeAll(async () => {
  sys = await f.system('signals', 2);
  release = sys.releases[0];
  names.rating = f.key('rating');
  names.thumbs = f.key('thumbs');
  names.label = f.key('label');
  names.kpi = f.key('deflection');
  await h.ok(DEFINE_SCORE_CONFIG, { input: { name: names.rating, dataType: 'NUMERIC', min: 1, max: 5 } });
  await h.ok(DEFINE_SCORE_CONFIG, { input: { name: names.thumbs, dataType: 'BOOLEAN' } });
  await h.ok(DEFINE_SCORE_CONFIG, { input: { name: names.label, dataType: 'CATEGORICAL', categories: ['good', 'bad'] } });
  await h.ok(DEFINE_KPI, { input: { name: names.kpi, unit: 'percent', direction: 'HIGHER' } });
});

describe('score configs and KPI definitions', () => {
  it('are defined once: the same definition again changes nothing, a different one is a CONFLICT', async () => {
    const name = f.key('groundedness');
    const first = (await audited(h, DEFINE_SCORE_CONFIG, { input: { name, dataType: 'NUMERIC', min: 0, max: 1 } })).defineScoreConfig;
    expect(first).toEqual({
      created: true,
      scoreConfig: { id: `scoreconfig:${name}`, dataType: 'NUMERIC', min: 0, max: 1, categories: null },
    });
    expect(
      (await unchanged(h, DEFINE_SCORE_CONFIG, { input: { name, dataType: 'NUMERIC', min: 0, max: 1 } })).defineScoreConfig.created,
    ).toBe(false);
    await expectRefused(h, 'CONFLICT', DEFINE_SCORE_CONFIG, { input: { name, dataType: 'NUMERIC', min: 0, max: 10 } });
    await expectRefused(h, 'CONFLICT', DEFINE_KPI, { input: { name: names.kpi, unit: 'minutes', direction: 'HIGHER' } });
  });

  it('refuses a config that does not say what a value may be', async () => {
    await expectRefused(h, 'VALIDATION', DEFINE_SCORE_CONFIG, { input: { name: f.key('no-range'), dataType: 'NUMERIC' } });
    await expectRefused(h, 'VALIDATION', DEFINE_SCORE_CONFIG, { input: { name: f.key('upside'), dataType: 'NUMERIC', min: 5, max: 1 } });
    await expectRefused(h, 'VALIDATION', DEFINE_SCORE_CONFIG, { input: { name: f.key('no-cats'), dataType: 'CATEGORICAL' } });
    await expectRefused(h, 'VALIDATION', DEFINE_SCORE_CONFIG, {
      input: { name: f.key('twice'), dataType: 'CATEGORICAL', categories: ['a', 'a'] },
    });
  });
});

describe('recording signals and reading them back from the aggregates', () => {
  it('counts invocations, latency, cost, tokens, features, decisions and scores of a release', async () => {
    const rel = sys.releases[1];
    const from = Date.now();
    const latencies = [10, 20, 40, 80, 160, 320, 640, 1280, 2560, 5120];
    const recorded = await invoke(
      rel,
      latencies.map((latencyMs, i) => ({
        latencyMs,
        costUsd: 0.002,
        inputTokens: 100 + i,
        outputTokens: 50,
        numericFeatures: [{ name: 'input_length', value: 200 + i }],
        categoricalFeatures: [{ name: 'language', value: i < 7 ? 'en' : 'de' }],
        decision: i < 3 ? 'flag' : undefined,
      })),
    );
    const outputs = recorded.outputIds;
    const scored = await audited(h, RECORD_SCORES, {
      scores: [
        score(outputs[0], names.rating, { value: 5 }),
        score(outputs[1], names.rating, { value: 4 }),
        score(outputs[2], names.rating, { value: 3, source: 'GRADER' }),
        score(outputs[0], names.thumbs, { value: 1 }),
        score(outputs[1], names.thumbs, { value: 0, comment: 'wrong policy cited' }),
        score(recorded.invocationIds[3], names.label, { stringValue: 'good', source: 'HUMAN_REVIEW' }),
      ],
    });
    expect(scored.recordScores.created).toBe(6);

    const m = (await h.ok(RELEASE_METRICS, { release: rel, window: windowAround(from) })).releaseMetrics;
    const s = m.summary;
    expect(s).toMatchObject({
      invocations: 10,
      outputs: 10,
      inputTokens: 1045,
      outputTokens: 500,
      decisions: [{ category: 'flag', count: 3 }],
    });
    expect(s.costUsd).toBeCloseTo(0.02, 12);
    expect(s.costPer1kUsd).toBeCloseTo(2, 9);
    expect(s.latencyMeanMs).toBeCloseTo(1023, 9);
    // Nearest rank over log bins (20 per decade): the 5th value is 160 ms, the 10th 5,120 ms, each within ±5.9 %.
    expect(Math.abs(s.latencyP50Ms! / 160 - 1)).toBeLessThan(0.06);
    expect(Math.abs(s.latencyP95Ms! / 5120 - 1)).toBeLessThan(0.06);
    const byName = Object.fromEntries(s.scores.map((x) => [x.name, x]));
    expect(byName[names.rating]).toMatchObject({ dataType: 'NUMERIC', n: 3, mean: 4 });
    // mean 4, sample sd 1: 4 ± 1.96/√3.
    expect(byName[names.rating].interval!.low).toBeCloseTo(4 - 1.959963984540054 / Math.sqrt(3), 9);
    expect(byName[names.thumbs]).toMatchObject({ dataType: 'BOOLEAN', n: 2, mean: 0.5 });
    expect(byName[names.thumbs].interval!.low).toBeGreaterThan(0);
    expect(byName[names.label]).toMatchObject({ dataType: 'CATEGORICAL', n: 1, mean: null, categories: [{ category: 'good', count: 1 }] });
    expect(m.series.reduce((n, b) => n + b.summary.invocations, 0)).toBe(10);

    // The monitors' read: weighted samples for numeric signals, counts for categorical, successes for boolean.
    const window = { release: rel, from: new Date(from - 10 * BUCKET_MS), to: new Date(Date.now() + 10 * BUCKET_MS), bucketMs: BUCKET_MS };
    const length = await readSignalWindow(h.db, { ...window, signal: 'feature:input_length' });
    expect(length).toMatchObject({ type: 'NUMERIC', count: 10, sum: 2045 });
    if (length.type !== 'NUMERIC') throw new Error('numeric expected');
    expect(length.samples.reduce((n, x) => n + x.count, 0)).toBe(10);
    const language = await readSignalWindow(h.db, { ...window, signal: 'feature:language' });
    expect(language).toEqual({
      type: 'CATEGORICAL',
      count: 10,
      counts: new Map([
        ['en', 7],
        ['de', 3],
      ]),
    });
    expect(await readSignalWindow(h.db, { ...window, signal: `score:${names.thumbs}` })).toEqual({ type: 'BOOLEAN', successes: 1, n: 2 });
    expect(await readSignalWindow(h.db, { ...window, signal: 'feature:nosuch' })).toEqual({ type: 'EMPTY', count: 0 });
  });

  it('a resent batch of scores changes nothing; the same key with other content is a CONFLICT', async () => {
    const { outputIds } = await invoke(release, [{ latencyMs: 5 }]);
    const from = Date.now() - 5 * BUCKET_MS;
    const batch = [score(outputIds[0], names.rating, { key: f.key('resend-1'), value: 2 })];
    const first = (await audited(h, RECORD_SCORES, { scores: batch })).recordScores;
    const again = (await unchanged(h, RECORD_SCORES, { scores: batch })).recordScores;
    expect(again).toEqual({ scoreIds: first.scoreIds, created: 0 });
    // The score is stored with its target's release and its config's data type.
    const stored = await h.ok(
      graphql(`
        query SignalsScoreNode($id: ID!) {
          node(id: $id) {
            ... on Score {
              releaseId
              targetId
              dataType
              value
            }
          }
        }
      `),
      { id: first.scoreIds[0] },
    );
    expect(stored.node).toEqual({ releaseId: release, targetId: outputIds[0], dataType: 'NUMERIC', value: 2 });
    await expectRefused(h, 'CONFLICT', RECORD_SCORES, { scores: [{ ...batch[0], value: 3 }] });
    const m = (await h.ok(RELEASE_METRICS, { release, window: windowAround(from) })).releaseMetrics;
    expect(m.summary.scores.find((x) => x.name === names.rating)).toMatchObject({ n: 1, mean: 2 });
  });

  it('refuses bad scores whole, typed, with the graph and the audit trail unchanged', async () => {
    const { outputIds, invocationIds } = await invoke(release, [{ latencyMs: 5 }]);
    const good = score(outputIds[0], names.rating, { value: 3 });
    const bad = async (code: string, wrong: ScoreInput) => expectRefused(h, code, RECORD_SCORES, { scores: [good, wrong] });
    await bad('VALIDATION', score(outputIds[0], names.rating, { value: 6 }));
    await bad('VALIDATION', score(outputIds[0], names.rating, { stringValue: 'good' }));
    await bad('VALIDATION', score(outputIds[0], names.thumbs, { value: 0.5 }));
    await bad('VALIDATION', score(outputIds[0], names.label, { stringValue: 'excellent' }));
    await bad('VALIDATION', score(outputIds[0], f.key('never-defined'), { value: 1 }));
    await bad('VALIDATION', score(release, names.rating, { value: 3 }));
    await bad('NOT_FOUND', score(`output:${h.prefix}-nosuch`, names.rating, { value: 3 }));
    // A score given before its target existed.
    await bad('VALIDATION', score(invocationIds[0], names.rating, { value: 3, at: new Date(Date.now() - 3_600_000).toISOString() }));
    await bad('VALIDATION', score(outputIds[0], names.rating, { value: 3, at: new Date(Date.now() + 3_600_000).toISOString() }));
    // Oversized, at the request guard and in the domain itself.
    await expectRefused(h, 'VALIDATION', RECORD_SCORES, { scores: Array.from({ length: MAX_BATCH + 1 }, () => good) });
    const before = await h.counts();
    await expect(
      recordScores(h.domainContext(), { scores: Array.from({ length: MAX_BATCH + 1 }, () => ({ ...good })) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await h.counts()).toEqual(before);
  });

  it('records build costs on training and evaluation runs', async () => {
    const ds = await f.artifact('dataset', 'signals-train');
    const dv = await f.datasetVersion(ds, 1);
    const run = await h.ok(RECORD_TRAINING_DOC, {
      input: { datasets: [dv], startedAt: testClock.now().toISOString(), computeCostUsd: 412.5 },
    });
    const read = await h.ok(
      graphql(`
        query SignalsBuildCost($id: ID!) {
          node(id: $id) {
            ... on TrainingRun {
              computeCostUsd
            }
          }
        }
      `),
      { id: run.recordTrainingRun.trainingRun.id },
    );
    expect(read.node).toEqual({ computeCostUsd: 412.5 });
  });
});

describe('KPIs', () => {
  it('records observations per system and release, and refuses bad ones unchanged', async () => {
    const from = Date.now();
    // After the system was recorded (run alone, this test starts within half a second of it).
    const start = testClock.instant();
    const end = testClock.now().toISOString();
    const obs = { kpi: names.kpi, system: sys.system, from: start, to: end };
    const first = (
      await audited(h, RECORD_KPIS, {
        observations: [
          { ...obs, key: f.key('kpi-1'), release, value: 0.4 },
          { ...obs, key: f.key('kpi-2'), release, value: 0.6 },
          { ...obs, key: f.key('kpi-3'), value: 0.5 },
        ],
      })
    ).recordKpis;
    expect(first.created).toBe(3);
    expect(
      (await unchanged(h, RECORD_KPIS, { observations: [{ ...obs, key: f.key('kpi-1'), release, value: 0.4 }] })).recordKpis.created,
    ).toBe(0);
    const m = (await h.ok(RELEASE_METRICS, { release, window: windowAround(from) })).releaseMetrics;
    expect(m.summary.kpis).toEqual([{ name: names.kpi, n: 2, mean: 0.5, sum: 1 }]);

    await expectRefused(h, 'VALIDATION', RECORD_KPIS, { observations: [{ ...obs, kpi: f.key('nosuch'), value: 1 }] });
    await expectRefused(h, 'VALIDATION', RECORD_KPIS, { observations: [{ ...obs, from: end, to: start, value: 1 }] });
    await expectRefused(h, 'VALIDATION', RECORD_KPIS, {
      observations: [{ ...obs, from: new Date(Date.now() - 86_400_000).toISOString(), value: 1 }],
    });
    // A release of another system, with a window that begins after both existed.
    const other = await f.system('signals-other', 1);
    const later = { from: testClock.instant(), to: testClock.instant() };
    await expectRefused(h, 'VALIDATION', RECORD_KPIS, { observations: [{ ...obs, ...later, release: other.releases[0], value: 1 }] });

    // The first bad row in order is the one refused, whatever is wrong with the rows after it.
    const fieldOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.field;
    const good = { ...obs, release, value: 1 };
    const noSystem = { ...obs, system: `system:${h.prefix}-nosuch`, value: 1 };
    const noRelease = { ...obs, release: `release:${h.prefix}-nosuch@1`, value: 1 };
    const noKpi = { ...obs, kpi: f.key('nosuch'), value: 1 };
    expect(fieldOf(await expectRefused(h, 'NOT_FOUND', RECORD_KPIS, { observations: [good, noSystem, noKpi] }))).toBe(
      'observations.1.system',
    );
    expect(fieldOf(await expectRefused(h, 'NOT_FOUND', RECORD_KPIS, { observations: [good, noRelease, noSystem] }))).toBe(
      'observations.1.release',
    );
    expect(fieldOf(await expectRefused(h, 'VALIDATION', RECORD_KPIS, { observations: [good, noKpi, noRelease] }))).toBe(
      'observations.1.kpi',
    );
  });
});

describe('point in time and alias following', () => {
  it('a bucket read at T holds only what existed at T: buckets still open at T are left out', async () => {
    const rel = (await f.system('signals-asof', 1)).releases[0];
    await nextBucket();
    const from = Date.now();
    await invoke(rel, [{ latencyMs: 1 }, { latencyMs: 2 }]);
    const insideFirst = testClock.instant();
    await nextBucket();
    const t = testClock.instant();
    await invoke(rel, [{ latencyMs: 3 }]);
    const window = { from: new Date(from).toISOString(), to: new Date(Date.now() + BUCKET_MS).toISOString() };
    const at = async (asOf?: string) => (await h.ok(RELEASE_METRICS, { release: rel, window, asOf })).releaseMetrics.summary.invocations;
    expect(await at(t)).toBe(2);
    expect(await at(insideFirst)).toBe(0);
    expect(await at()).toBe(3);
  });

  it('systemMetrics follows the alias: each release counts over its own time in the environment', async () => {
    const s = await f.system('signals-alias', 2);
    const [r1, r2] = s.releases;
    await nextBucket();
    const from = Date.now();
    await f.promote(s.system, 'staging', r1);
    await invoke(r1, [{ latencyMs: 1 }, { latencyMs: 1 }]);
    await nextBucket();
    await f.promote(s.system, 'staging', r2);
    await nextBucket();
    await invoke(r2, [{ latencyMs: 1 }, { latencyMs: 1 }, { latencyMs: 1 }]);
    // Traffic r1 still got after it stopped serving staging is not staging's.
    await invoke(r1, [{ latencyMs: 1 }]);
    await h.ok(RECORD_KPIS, {
      observations: [{ kpi: names.kpi, system: s.system, from: new Date(from).toISOString(), to: testClock.now().toISOString(), value: 7 }],
    });
    const window = { from: new Date(from).toISOString(), to: new Date(Date.now() + BUCKET_MS).toISOString() };
    const m = (await h.ok(SYSTEM_METRICS, { system: s.system, environment: 'staging', window })).systemMetrics;
    expect(m.serving.map((x) => x.releaseId)).toEqual([r1, r2]);
    expect(m.summary.invocations).toBe(5);
    expect(m.summary.kpis).toEqual([{ name: names.kpi, n: 1, sum: 7 }]);
  });
});

describe('concurrency', () => {
  it('two concurrent batches for one release are both counted, without a deadlock surfacing', async () => {
    const rel = (await f.system('signals-concurrent', 1)).releases[0];
    const from = Date.now();
    const { outputIds } = await invoke(
      rel,
      Array.from({ length: 20 }, () => ({ latencyMs: 5 })),
    );
    const batches = [0, 1, 2, 3].map((b) => outputIds.slice(b * 5, b * 5 + 5).map((o) => score(o, names.thumbs, { value: b % 2 })));
    const results = await Promise.all([
      ...batches.map((scores) => h.gql(RECORD_SCORES, { scores })),
      h.gql(RECORD_INVOCATIONS_DOC, {
        invocations: [{ release: rel, startedAt: testClock.now().toISOString(), latencyMs: 7, outputs: [{ summary: 'a' }] }],
      }),
      h.gql(RECORD_INVOCATIONS_DOC, {
        invocations: [{ release: rel, startedAt: testClock.now().toISOString(), latencyMs: 7, outputs: [{ summary: 'b' }] }],
      }),
    ]);
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const window = { release: rel, from: new Date(from - BUCKET_MS), to: new Date(Date.now() + BUCKET_MS), bucketMs: BUCKET_MS };
    expect(await readSignalWindow(h.db, { ...window, signal: `score:${names.thumbs}` })).toEqual({ type: 'BOOLEAN', successes: 10, n: 20 });
    expect(await readSignalWindow(h.db, { ...window, signal: 'invocations' })).toEqual({ type: 'COUNT', count: 22 });
  });
});

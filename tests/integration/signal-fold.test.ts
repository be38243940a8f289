import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import { RECORD_INVOCATIONS_DOC, type SystemFixture } from '../helpers/fixtures.js';
import { defineScoreConfig } from '../../src/domain/signals/definitions.js';
import { recordScores } from '../../src/domain/signals/scores.js';
import { SIGNAL_SHARDS } from '../../src/domain/signals/aggregates.js';
import { BINS, binIndex, binValue, scoreBins } from '../../src/domain/signals/bins.js';
import { FOLDED_SHARD, foldSignalAggregates } from '../../src/domain/signals/fold.js';
import { releaseMetrics } from '../../src/domain/signals/metrics.js';
import { readSignalWindow, type SignalWindow } from '../../src/domain/signals/window.js';
import { readBuckets, totalsBySignal } from '../../src/domain/signals/buckets.js';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/project-root.js';

const BUCKET_MS = 60_000;
const { h, f } = useHarness({ limits: { signalBucketMs: BUCKET_MS } });

/**
 * Folds the test release's buckets as if a day had passed (every bucket it writes to has ended), with
 * tombstones settling `settleMs` after they were made.
 */
function fold(settleMs = 1) {
  const now = new Date();
  return foldSignalAggregates(
    h.db,
    { closedBy: new Date(now.getTime() + 86_400_000), settledBy: new Date(now.getTime() - settleMs), now },
    [release],
  );
}

/** Folds twice: the second settles the first's tombstones, leaving one aggregate per key. */
async function foldFully() {
  const first = await fold();
  await new Promise((r) => setTimeout(r, 5));
  const second = await fold();
  return { keys: first.keys, shards: first.shards, settled: second.shards };
}

let sys: SystemFixture;
let release: string;
let output: string;
let t0: Date;
let score: string;
const spec = scoreBins(0, 1);

/** The raw rows the test recorded: every answer must match them, folded or not. */
const raw = { latencies: [] as number[], scores: [] as number[] };

beforeAll(async () => {
  sys = await f.system('signal-fold', 1);
  release = sys.releases[0];
  score = f.key('fold-rating');
  await defineScoreConfig(h.domainContext(), { name: score, dataType: 'NUMERIC', min: 0, max: 1 });
  t0 = testClock.now();
  const recorded = await h.ok(RECORD_INVOCATIONS_DOC, {
    invocations: [{ release, startedAt: t0.toISOString(), latencyMs: 5, outputs: [{ summary: 'ok' }] }],
  });
  raw.latencies.push(5);
  output = recorded.recordInvocations.outputIds[0];
});

/** One batch of invocations and one of scores, each with an event time at t0 (so in t0's bucket however late it is recorded). */
async function recordBatch(k: number): Promise<void> {
  const latencies = [10 + k, 200 + 7 * k, 3000 + k];
  await h.ok(RECORD_INVOCATIONS_DOC, {
    invocations: latencies.map((latencyMs, i) => ({
      release,
      startedAt: new Date(t0.getTime() + 1 + i).toISOString(),
      latencyMs,
      outputs: [{ summary: `o${k}` }],
    })),
  });
  raw.latencies.push(...latencies);
  const values = [(k % 10) / 10 + 0.05, 0.95];
  await recordScores(h.domainContext(), {
    scores: values.map((value) => ({ target: output, name: score, value, source: 'GRADER' as const, at: t0.toISOString() })),
  });
  raw.scores.push(...values);
}

const window = (signal: string) =>
  readSignalWindow(h.db, {
    release,
    signal,
    from: new Date(t0.getTime() - BUCKET_MS),
    to: new Date(t0.getTime() + 2 * BUCKET_MS),
    bucketMs: BUCKET_MS,
  });

/** The histogram the raw values make: bin representatives and counts, as a NUMERIC window holds them. */
function histogram(values: number[], bins: typeof spec | typeof BINS.latencyMs) {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(binIndex(bins, v), (counts.get(binIndex(bins, v)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([i, count]) => ({ value: binValue(bins, i), count }));
}

function expectRaw(w: SignalWindow, values: number[], bins: typeof spec | typeof BINS.latencyMs) {
  expect(w.type).toBe('NUMERIC');
  if (w.type !== 'NUMERIC') return;
  expect(w.count).toBe(values.length);
  expect(w.samples).toEqual(histogram(values, bins));
  expect(w.sum).toBeCloseTo(
    values.reduce((a, b) => a + b, 0),
    6,
  );
}

async function checkAgainstRaw(): Promise<void> {
  expectRaw(await window('latencyMs'), raw.latencies, BINS.latencyMs);
  expectRaw(await window(`score:${score}`), raw.scores, spec);
  const invocations = await window('invocations');
  expect(invocations).toEqual({ type: 'COUNT', count: raw.latencies.length });
}

/** The release's aggregate nodes by shard: how many are folded (shard -1) and how many are shards. */
async function aggregateNodes(): Promise<{ folded: number; shards: number; tombstones: number; keysWithTwoFolded: number }> {
  const rows = await h.db.driver.executeQuery(
    `MATCH (a:SignalAggregate {subject: $release})
     WITH a.start AS start, a.signal AS signal, a.category AS category, a.shard AS shard, count(*) AS n
     RETURN sum(CASE WHEN shard = $folded THEN n ELSE 0 END) AS folded, sum(CASE WHEN shard >= 0 THEN n ELSE 0 END) AS shards,
            sum(CASE WHEN shard < $folded THEN n ELSE 0 END) AS tombstones,
            sum(CASE WHEN shard = $folded AND n > 1 THEN 1 ELSE 0 END) AS twice`,
    { release, folded: FOLDED_SHARD },
  );
  const r = rows.records[0];
  return {
    folded: Number(r.get('folded')),
    shards: Number(r.get('shards')),
    tombstones: Number(r.get('tombstones')),
    keysWithTwoFolded: Number(r.get('twice')),
  };
}

/** releaseMetrics over the test's buckets, its fractions to 12 significant digits (a fold adds the same floats in another order). */
const metrics = async () =>
  JSON.parse(
    JSON.stringify(
      await releaseMetrics(h.domainContext(), {
        release,
        window: { from: new Date(t0.getTime() - BUCKET_MS), to: new Date(t0.getTime() + 2 * BUCKET_MS) },
      }),
      (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v),
    ),
  ) as unknown;

describe('folding closed buckets', () => {
  it('folds a bucket’s shards into one aggregate per key, and late rows added to shards afterwards count with it', async () => {
    // More batches than shards: every shard of t0's bucket holds something.
    for (let k = 0; k < SIGNAL_SHARDS + 3; k++) await recordBatch(k);
    await checkAgainstRaw();
    const unfolded = await metrics();
    expect((await aggregateNodes()).folded).toBe(0);

    const first = await fold();
    expect(first.shards).toBeGreaterThan(first.keys);
    // Emptied shards wait aside as tombstones until they settle; every answer is the same meanwhile.
    expect(await aggregateNodes()).toEqual({ folded: first.keys, shards: 0, tombstones: first.shards, keysWithTwoFolded: 0 });
    await checkAgainstRaw();
    expect(await metrics()).toEqual(unfolded);
    await new Promise((r) => setTimeout(r, 5));
    expect((await fold()).shards).toBe(first.shards);
    const afterFold = await aggregateNodes();
    expect(afterFold).toEqual({ folded: first.keys, shards: 0, tombstones: 0, keysWithTwoFolded: 0 });
    await checkAgainstRaw();
    // The answer before folding, to the last bin and count (sums to float rounding).
    expect(await metrics()).toEqual(unfolded);

    // Late arrivals: event times in the folded bucket, recorded after the fold, go to shards again.
    for (let k = 0; k < 3; k++) await recordBatch(100 + k);
    expect((await aggregateNodes()).shards).toBeGreaterThan(0);
    await checkAgainstRaw();
    const withLate = await metrics();

    const second = await foldFully();
    expect(second.shards).toBeGreaterThan(0);
    expect(await aggregateNodes()).toEqual({ folded: afterFold.folded, shards: 0, tombstones: 0, keysWithTwoFolded: 0 });
    await checkAgainstRaw();
    expect(await metrics()).toEqual(withLate);

    // Idempotent: nothing left to fold.
    expect(await fold()).toEqual({ keys: 0, shards: 0 });
  });

  it('a bucket that has not ended by the cutoff is left as shards', async () => {
    await recordBatch(200);
    const before = await aggregateNodes();
    const now = new Date();
    const early = { closedBy: new Date(t0.getTime() - BUCKET_MS), settledBy: new Date(now.getTime() - 1), now };
    expect(await foldSignalAggregates(h.db, early, [release])).toEqual({ keys: 0, shards: 0 });
    expect(await aggregateNodes()).toEqual(before);
    await checkAgainstRaw();
  });

  it('writers adding to shards while the fold runs lose no row', async () => {
    const writers = Promise.all(Array.from({ length: 6 }, (_, k) => recordBatch(300 + k)));
    const folds = (async () => {
      // Tombstones settle a minute after they were made here, so none is deleted while a writer may wait on it.
      for (let i = 0; i < 4; i++) await fold(60_000);
    })();
    await Promise.all([writers, folds]);
    await checkAgainstRaw();
    await foldFully();
    expect(await aggregateNodes()).toMatchObject({ shards: 0, tombstones: 0, keysWithTwoFolded: 0 });
    await checkAgainstRaw();
  });
});

describe('folding the categories of a categorical signal', () => {
  const CATEGORIES = ['amber', 'blue', 'crimson', 'dun'];
  let label: string;
  /** The raw categories recorded, and a boolean score's raw values: every count must match them. */
  const rawLabels: string[] = [];
  const rawFlags: boolean[] = [];

  beforeAll(async () => {
    label = f.key('fold-label');
    await defineScoreConfig(h.domainContext(), { name: label, dataType: 'CATEGORICAL', categories: CATEGORIES });
    await defineScoreConfig(h.domainContext(), { name: `${label}-ok`, dataType: 'BOOLEAN' });
  });

  async function recordLabels(categories: string[]): Promise<void> {
    await recordScores(h.domainContext(), {
      scores: categories.flatMap((category, i) => [
        { target: output, name: label, stringValue: category, source: 'USER' as const, at: t0.toISOString() },
        { target: output, name: `${label}-ok`, value: i % 3 === 0 ? 1 : 0, source: 'USER' as const, at: t0.toISOString() },
      ]),
    });
    rawLabels.push(...categories);
    rawFlags.push(...categories.map((_, i) => i % 3 === 0));
  }

  async function checkLabelsAgainstRaw(): Promise<void> {
    const counts = new Map<string, number>();
    for (const c of rawLabels) counts.set(c, (counts.get(c) ?? 0) + 1);
    const w = await window(`score:${label}`);
    expect(w).toEqual({ type: 'CATEGORICAL', counts, count: rawLabels.length });
    const flags = await window(`score:${label}-ok`);
    expect(flags).toEqual({ type: 'BOOLEAN', successes: rawFlags.filter(Boolean).length, n: rawFlags.length });
  }

  /** The label's aggregate nodes in t0's bucket: folded ones (with the categories they hold) and shards. */
  async function labelNodes(): Promise<{ folded: Array<{ catNames: string[]; catN: number[] }>; shards: number }> {
    const rows = await h.db.driver.executeQuery(
      `MATCH (a:SignalAggregate {subject: $release, signal: $signal})
       RETURN a.shard = $folded AS folded, a.catNames AS catNames, [c IN coalesce(a.catN, []) | toFloat(c)] AS catN`,
      { release, signal: `score:${label}`, folded: FOLDED_SHARD },
    );
    const folded = rows.records
      .filter((r) => r.get('folded') === true)
      .map((r) => ({ catNames: r.get('catNames') as string[], catN: r.get('catN') as number[] }));
    return { folded, shards: rows.records.filter((r) => r.get('folded') !== true).length };
  }

  const countsOf = (names: string[]) => names.map((name) => rawLabels.filter((c) => c === name).length);

  it('folds every category and shard of a bucket into one node, and late rows of a new and an old category fold into it', async () => {
    // Three of the four categories, over more batches than shards: each category lands on several shards.
    for (let k = 0; k < SIGNAL_SHARDS + 2; k++) await recordLabels(['amber', 'blue', 'crimson', 'amber'].slice(k % 3));
    await checkLabelsAgainstRaw();
    const unfolded = await metrics();
    expect((await labelNodes()).shards).toBeGreaterThan(3);

    await foldFully();
    const names = ['amber', 'blue', 'crimson'];
    expect(await labelNodes()).toEqual({ folded: [{ catNames: names, catN: countsOf(names) }], shards: 0 });
    await checkLabelsAgainstRaw();
    expect(await metrics()).toEqual(unfolded);

    // Late rows: a category the bucket has not seen (dun) and one it has (blue), added to shards and summed with the folded node.
    await recordLabels(['dun', 'blue', 'dun']);
    expect((await labelNodes()).shards).toBeGreaterThan(0);
    await checkLabelsAgainstRaw();
    const withLate = await metrics();

    await foldFully();
    expect(await labelNodes()).toEqual({ folded: [{ catNames: CATEGORIES, catN: countsOf(CATEGORIES) }], shards: 0 });
    await checkLabelsAgainstRaw();
    expect(await metrics()).toEqual(withLate);
    expect(await fold()).toEqual({ keys: 0, shards: 0 });
  });
});

describe('migration 029: per-category folded aggregates become one node', () => {
  const migration = readFileSync(projectPath('cypher', 'migrations', '029_signal_fold_categories.cypher'), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .replace(/;\s*$/, '');
  const runMigration = async () => {
    const session = h.db.driver.session({ database: h.db.database });
    try {
      await session.run(migration);
    } finally {
      await session.close();
    }
  };

  it("sums a bucket’s per-category folded nodes (category '' included) into one, leaves numeric ones, and changes nothing run again", async () => {
    const subject = f.key('legacy-fold');
    const start = Math.floor(t0.getTime() / BUCKET_MS) * BUCKET_MS;
    const legacy = [
      { signal: 'score:legacy-label', type: 'CATEGORICAL', category: 'b', n: 5, sum: 0 },
      { signal: 'score:legacy-label', type: 'CATEGORICAL', category: '', n: 2, sum: 0 },
      { signal: 'score:legacy-label', type: 'CATEGORICAL', category: 'a', n: 3, sum: 0 },
      { signal: 'score:legacy-ok', type: 'BOOLEAN', category: 'true', n: 4, sum: 4 },
      { signal: 'score:legacy-ok', type: 'BOOLEAN', category: 'false', n: 1, sum: 0 },
      { signal: 'invocations', type: 'COUNT', category: '', n: 7, sum: 0 },
    ];
    await h.db.driver.executeQuery(
      `UNWIND $legacy AS l
       CREATE (:SignalAggregate {subject: $subject, width: $width, start: $start, signal: l.signal, shard: -1, category: l.category,
                                 type: l.type, n: l.n, sum: toFloat(l.sum), sumSq: toFloat(l.sum)})`,
      { legacy, subject, width: BUCKET_MS, start },
    );
    const read = async () => totalsBySignal(await readBuckets(h.db, [{ subject, from: start, to: start + BUCKET_MS }], BUCKET_MS, null));
    const before = await read();
    const nodes = async () =>
      (
        await h.db.driver.executeQuery(
          `MATCH (a:SignalAggregate {subject: $subject}) RETURN a.signal AS signal, a.category AS category, a.catNames AS names,
                  [c IN coalesce(a.catN, []) | toFloat(c)] AS counts, toFloat(a.n) AS n, a.sum AS sum ORDER BY signal`,
          { subject },
        )
      ).records.map((r) => r.toObject());

    await runMigration();
    const after = await nodes();
    expect(after).toEqual([
      { signal: 'invocations', category: '', names: null, counts: [], n: 7, sum: 0 },
      { signal: 'score:legacy-label', category: '', names: ['', 'a', 'b'], counts: [2, 3, 5], n: 10, sum: 0 },
      { signal: 'score:legacy-ok', category: '', names: ['false', 'true'], counts: [1, 4], n: 5, sum: 4 },
    ]);
    expect(await read()).toEqual(before);
    await runMigration();
    expect(await nodes()).toEqual(after);
  });
});

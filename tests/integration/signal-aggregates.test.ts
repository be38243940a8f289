import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import { RECORD_INVOCATIONS_DOC, type SystemFixture } from '../helpers/fixtures.js';
import { defineScoreConfig } from '../../src/domain/signals/definitions.js';
import { recordScores } from '../../src/domain/signals/scores.js';
import { SIGNAL_SHARDS } from '../../src/domain/signals/aggregates.js';
import { binValue, scoreBins } from '../../src/domain/signals/bins.js';
import { readSignalWindow } from '../../src/domain/signals/window.js';

/** One bucket for the whole test: every batch adds to the same aggregates. */
const BUCKET_MS = 3_600_000;
const { h, f } = useHarness({ limits: { signalBucketMs: BUCKET_MS } });

let sys: SystemFixture;
let output: string;
const name = () => f.key('agg-rating');

beforeAll(async () => {
  sys = await f.system('signal-aggregates', 1);
  const recorded = await h.ok(RECORD_INVOCATIONS_DOC, {
    invocations: [{ release: sys.releases[0], startedAt: testClock.now().toISOString(), outputs: [{ summary: 'ok' }] }],
  });
  output = recorded.recordInvocations.outputIds[0];
});

describe('signal aggregates kept sparse', () => {
  it('a histogram added to by more batches than there are shards keeps every value in its bin', async () => {
    const score = name();
    await defineScoreConfig(h.domainContext(), { name: score, dataType: 'NUMERIC', min: 0, max: 1 });
    const spec = scoreBins(0, 1);
    // Each shard's aggregate is created by one batch and added to by the next ones that land on it:
    // batch k scores one value in bin k % 5 (bins new to a shard and bins it already holds) and one in bin 45.
    const batches = 2 * SIGNAL_SHARDS + 3;
    const expected = new Map<number, number>();
    const from = testClock.now();
    for (let k = 0; k < batches; k++) {
      const bins = [k % 5, 45];
      for (const b of bins) expected.set(b, (expected.get(b) ?? 0) + 1);
      await recordScores(h.domainContext(), {
        scores: bins.map((b) => ({
          target: output,
          name: score,
          value: binValue(spec, b),
          source: 'GRADER',
          at: testClock.now().toISOString(),
        })),
      });
    }
    const window = await readSignalWindow(h.db, {
      release: sys.releases[0],
      signal: `score:${score}`,
      from: new Date(from.getTime() - BUCKET_MS),
      to: new Date(testClock.now().getTime() + BUCKET_MS),
      bucketMs: BUCKET_MS,
    });
    expect(window.type).toBe('NUMERIC');
    if (window.type !== 'NUMERIC') return;
    expect(window.count).toBe(2 * batches);
    expect(window.samples).toEqual(
      [...expected.entries()].sort(([a], [b]) => a - b).map(([b, count]) => ({ value: binValue(spec, b), count })),
    );
  });
});

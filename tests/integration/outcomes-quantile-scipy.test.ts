import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../eval/monitoring-streams.js';
import { quantileSide } from '../../src/domain/outcomes/compare.js';
import { CONFIDENCE } from '../../src/domain/outcomes/intervals.js';
import { LATENCY_QUANTILE } from '../../src/domain/outcomes/limits.js';
import { binCount, binIndex, binValue, BINS } from '../../src/domain/signals/bins.js';
import type { SignalTotals } from '../../src/domain/signals/buckets.js';
import { runPython } from '../setup/python-venv.js';

/** Each side of releaseOutcome's p95 delta is a Bonferroni half: a 97.5 % interval. */
const SIDE_CONFIDENCE = 1 - (1 - CONFIDENCE) / 2;

/**
 * Log-normal latencies snapped to their bins' representative values, so the histogram an aggregate keeps
 * loses nothing and SciPy, reading the raw values, sees exactly the data releaseOutcome sees.
 */
function latencySample(seed: number, n: number, median: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => binValue(BINS.latencyMs, binIndex(BINS.latencyMs, median * Math.exp(0.6 * random.normal()))));
}

function totalsOf(values: number[]): SignalTotals {
  const counts = new Array<number>(binCount(BINS.latencyMs)).fill(0);
  for (const v of values) counts[binIndex(BINS.latencyMs, v)]++;
  return {
    type: 'NUMERIC',
    n: values.length,
    sum: values.reduce((a, b) => a + b, 0),
    sumSq: values.reduce((a, b) => a + b * b, 0),
    categories: new Map(),
    histogram: { spec: BINS.latencyMs, counts },
  };
}

describe("releaseOutcome's p95 interval against SciPy", () => {
  it('bounds each side by the same order statistics as scipy.stats.quantile_test(...).confidence_interval, and none where SciPy has none', async () => {
    // Sizes around the edges: below 86 a p95 has no upper bound at 97.5 %, and large samples with heavy ties.
    const sizes = [12, 40, 85, 86, 87, 137, 500, 2_345, 20_000, 100_000];
    const samples = sizes.map((n, i) => latencySample(1000 + i, n, 150 + 40 * i));
    const dir = mkdtempSync(path.join(tmpdir(), 'provenant-quantile-'));
    const file = path.join(dir, 'samples.json');
    writeFileSync(file, JSON.stringify({ quantile: LATENCY_QUANTILE, confidence: SIDE_CONFIDENCE, samples }));
    const reference = JSON.parse(await runPython('quantile_reference.py', [file])) as Array<[number | null, number | null]>;
    const ours = samples.map((s) => {
      const side = quantileSide(totalsOf(s))!;
      return [side.low, side.high];
    });
    expect(ours).toEqual(reference);
    // The edges behave as the binomial says: 85 observations cannot bound a p95 from above, 86 can.
    expect(reference[2][1]).toBeNull();
    expect(reference[3][1]).not.toBeNull();
  }, 120_000);
});

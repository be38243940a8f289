/**
 * Seeded synthetic data for the monitoring statistics: a small PRNG with normal and categorical draws,
 * and the stream simulations whose false-alarm and detection rates tests/unit/statistics-error-rates.test.ts
 * asserts and `npm run eval -- --only monitoring` prints.
 */
import {
  detectDrift,
  normalQuantile,
  plannedSampleSize,
  sequentialMeanTest,
  sequentialProportionTest,
  summaryFromSums,
  twoProportionZTest,
  type DriftInput,
  type DriftMethod,
  type MeanSummary,
} from '../src/domain/monitoring/statistics/index.js';
import { evaluateCheck } from '../src/domain/monitors/evaluate.js';
import type { NodeOf } from '../src/domain/nodes/types.js';
import { binIndex, binValue, type BinSpec } from '../src/domain/signals/bins.js';
import type { SignalWindow } from '../src/domain/signals/window.js';

/** mulberry32: a fast 32-bit generator, plenty for simulations (not for secrets). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | undefined;
  const normal = () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  /** Index drawn with the given (unnormalised) weights. */
  const categorical = (weights: readonly number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let x = uniform() * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  return { uniform, normal, categorical };
}
export type Random = ReturnType<typeof seededRandom>;

/** Binomial slack: the largest rate a true rate p can show in `trials` runs at about 3 standard errors. */
export function upperRate(p: number, trials: number): number {
  return p + 3 * Math.sqrt((p * (1 - p)) / trials);
}

export interface RateFigure {
  readonly name: string;
  readonly rate: number;
  readonly trials: number;
  /** The nominal false-alarm rate (alpha) or the stated power. */
  readonly nominal: number;
  readonly kind: 'false-alarm' | 'power';
}

const SEQUENTIAL_PLAN = {
  alpha: 0.05,
  power: 0.8,
  sigma: 1,
  minimumDetectableEffect: 0.2,
  baselineSize: 5000,
  perHour: 50,
  hours: 48,
} as const;

/** The plan the sequential simulations run: n from plannedSampleSize, spread over hourly checks. */
export function sequentialPlan() {
  const plan = plannedSampleSize({
    sigma: SEQUENTIAL_PLAN.sigma,
    minimumDetectableEffect: SEQUENTIAL_PLAN.minimumDetectableEffect,
    baselineSize: SEQUENTIAL_PLAN.baselineSize,
    power: SEQUENTIAL_PLAN.power,
    alpha: SEQUENTIAL_PLAN.alpha,
  });
  return {
    ...SEQUENTIAL_PLAN,
    plannedSize: plan.currentSize,
    hours: Math.max(SEQUENTIAL_PLAN.hours, Math.ceil(plan.currentSize / SEQUENTIAL_PLAN.perHour)),
  };
}

function baselineSummary(random: Random, n: number, mean: number, sd: number): MeanSummary {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const x = mean + sd * random.normal();
    sum += x;
    squares += x * x;
  }
  return summaryFromSums(n, sum, squares);
}

/**
 * Runs `streams` current-release streams against a fresh baseline each, checking every hour, and returns
 * the share that ever alerted: with the mSPRT (always valid) and with a naive fixed-sample z-test at each check.
 */
export function hourlyMeanStreams(options: { seed: number; streams: number; shift: number; hours?: number; baselineSize?: number }) {
  const plan = {
    ...sequentialPlan(),
    ...(options.hours ? { hours: options.hours } : {}),
    ...(options.baselineSize ? { baselineSize: options.baselineSize } : {}),
  };
  const random = seededRandom(options.seed);
  let sequentialAlerts = 0;
  let naiveAlerts = 0;
  const zCritical = normalQuantile(1 - plan.alpha / 2);
  for (let s = 0; s < options.streams; s++) {
    const baseline = baselineSummary(random, plan.baselineSize, 0, plan.sigma);
    let n = 0;
    let sum = 0;
    let squares = 0;
    let sequentialHit = false;
    let naiveHit = false;
    let previousPValue = 1;
    for (let hour = 0; hour < plan.hours && !(sequentialHit && naiveHit); hour++) {
      for (let i = 0; i < plan.perHour; i++) {
        const x = options.shift + plan.sigma * random.normal();
        n++;
        sum += x;
        squares += x * x;
      }
      const current = summaryFromSums(n, sum, squares);
      const r = sequentialMeanTest(baseline, current, {
        minimumDetectableEffect: plan.minimumDetectableEffect,
        direction: 'HIGHER_IS_BETTER',
        alpha: plan.alpha,
        previousPValue,
      });
      previousPValue = r.pValue;
      if (r.pValue <= plan.alpha) sequentialHit = true;
      if (Math.abs(r.difference) / r.standardError >= zCritical) naiveHit = true;
    }
    if (sequentialHit) sequentialAlerts++;
    if (naiveHit) naiveAlerts++;
  }
  return { sequential: sequentialAlerts / options.streams, naive: naiveAlerts / options.streams, plan };
}

/** The same for a rate (success probability base + shift), 200 observations an hour against a baseline of 5,000. */
export function hourlyRateStreams(options: { seed: number; streams: number; base: number; shift: number; hours: number; mde: number }) {
  const random = seededRandom(options.seed);
  let sequentialAlerts = 0;
  let naiveAlerts = 0;
  const perHour = 200;
  for (let s = 0; s < options.streams; s++) {
    let baseSuccesses = 0;
    for (let i = 0; i < 5000; i++) if (random.uniform() < options.base) baseSuccesses++;
    const baseline = { successes: baseSuccesses, n: 5000 };
    let successes = 0;
    let n = 0;
    let previousPValue = 1;
    let sequentialHit = false;
    let naiveHit = false;
    for (let hour = 0; hour < options.hours && !(sequentialHit && naiveHit); hour++) {
      for (let i = 0; i < perHour; i++) if (random.uniform() < options.base + options.shift) successes++;
      n += perHour;
      const r = sequentialProportionTest(
        baseline,
        { successes, n },
        { minimumDetectableEffect: options.mde, direction: 'HIGHER_IS_BETTER', previousPValue },
      );
      previousPValue = r.pValue;
      if (r.pValue <= 0.05) sequentialHit = true;
      if (twoProportionZTest(baseline, { successes, n }).pValue < 0.05) naiveHit = true;
    }
    if (sequentialHit) sequentialAlerts++;
    if (naiveHit) naiveAlerts++;
  }
  return { sequential: sequentialAlerts / options.streams, naive: naiveAlerts / options.streams };
}

/** Share of single drift checks that flag drift, for `trials` pairs drawn by `draw`. */
export function driftRate(options: { seed: number; trials: number; draw: (random: Random) => DriftInput; method?: DriftMethod }): {
  rate: number;
  method: string;
} {
  const random = seededRandom(options.seed);
  let hits = 0;
  let method = '';
  for (let t = 0; t < options.trials; t++) {
    const r = detectDrift(options.draw(random), { method: options.method });
    method = r.method;
    if (r.drift) hits++;
  }
  return { rate: hits / options.trials, method };
}

/** Draws a numeric sample of `n` normals rounded to 3 decimals, as weighted pairs. */
export function numericSample(random: Random, n: number, mean: number, sd = 1, decimals = 3) {
  const counts = new Map<number, number>();
  const scale = 10 ** decimals;
  for (let i = 0; i < n; i++) {
    const v = Math.round((mean + sd * random.normal()) * scale) / scale;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** Draws `n` categories with the given weights, as counts per category name. */
export function categorySample(random: Random, n: number, weights: readonly number[]) {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const k = `c${random.categorical(weights)}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** A monitor as evaluateCheck reads it: a REGRESSION of `measure` with its MDE, lower is better. */
export function regressionMonitor(measure: 'P95' | 'PER_1K', minimumDetectableEffect: number): NodeOf<'Monitor'> {
  return {
    id: `monitor:eval/${measure}`,
    kind: 'Monitor',
    monitorKind: 'REGRESSION',
    method: 'MSPRT',
    measure,
    direction: 'LOWER_IS_BETTER',
    minimumDetectableEffect,
    minimumSampleSize: 30,
  } as NodeOf<'Monitor'>;
}

/** A numeric signal's window as the aggregates keep it: exact count, Σx and Σx², and a histogram on `bins`. */
class NumericWindow {
  private readonly counts = new Map<number, number>();
  private count = 0;
  private sum = 0;
  private sumSq = 0;
  constructor(private readonly bins: BinSpec) {}
  add(x: number) {
    const i = binIndex(this.bins, x);
    this.counts.set(i, (this.counts.get(i) ?? 0) + 1);
    this.count++;
    this.sum += x;
    this.sumSq += x * x;
  }
  window(): SignalWindow {
    const samples = [...this.counts].map(([i, count]) => ({ value: binValue(this.bins, i), count }));
    return { type: 'NUMERIC', samples, count: this.count, sum: this.sum, sumSq: this.sumSq };
  }
}

/**
 * The monitor's own check (evaluateCheck, on windows binned as the aggregates bin them) run every hour on
 * `streams` current-release streams against a fresh frozen baseline each: the share of streams that ever
 * FAILED. `draw(random, current)` gives one observation of the baseline (false) or the current release (true).
 */
export function hourlyMonitorStreams(options: {
  seed: number;
  streams: number;
  hours: number;
  perHour: number;
  baselineSize: number;
  bins: BinSpec;
  monitor: NodeOf<'Monitor'>;
  draw: (random: Random, current: boolean) => number;
}): number {
  const random = seededRandom(options.seed);
  let alerts = 0;
  for (let s = 0; s < options.streams; s++) {
    const baseline = new NumericWindow(options.bins);
    for (let i = 0; i < options.baselineSize; i++) baseline.add(options.draw(random, false));
    const frozen = baseline.window();
    const current = new NumericWindow(options.bins);
    let previousPValue: number | undefined;
    for (let hour = 0; hour < options.hours; hour++) {
      for (let i = 0; i < options.perHour; i++) current.add(options.draw(random, true));
      const finding = evaluateCheck(options.monitor, frozen, current.window(), previousPValue);
      previousPValue = finding.pValue ?? previousPValue;
      if (finding.outcome === 'FAILED') {
        alerts++;
        break;
      }
    }
  }
  return alerts / options.streams;
}

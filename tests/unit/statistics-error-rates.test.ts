import { describe, expect, it } from 'vitest';
import {
  categorySample,
  driftRate,
  hourlyMeanStreams,
  hourlyRateStreams,
  numericSample,
  sequentialPlan,
  upperRate,
} from '../../eval/monitoring-streams.js';

/**
 * Error rates on seeded synthetic streams. A false-alarm rate passes when it is at most the nominal
 * alpha plus three binomial standard errors of the number of trials (upperRate); a detection rate passes
 * when it is at least the stated power minus three standard errors.
 */
const ALPHA = 0.05;
const lowerRate = (p: number, trials: number) => p - 3 * Math.sqrt((p * (1 - p)) / trials);

describe('hourly re-checks with the always-valid test', () => {
  const plan = sequentialPlan();
  const STREAMS = 300;

  it('keep false alarms at or below alpha over 48 hourly checks, where a fixed-sample z-test re-run every hour inflates them', () => {
    const { sequential, naive } = hourlyMeanStreams({ seed: 11, streams: STREAMS, shift: 0, hours: 48 });
    expect(sequential).toBeLessThanOrEqual(upperRate(ALPHA, STREAMS));
    // 48 looks at a 5% test: the naive procedure alarms on far more than 5% of healthy releases.
    expect(naive).toBeGreaterThan(3 * ALPHA);
  });

  it('stay valid against a small frozen baseline (500 values, its own noise dominating by the end)', () => {
    const { sequential } = hourlyMeanStreams({ seed: 15, streams: STREAMS, shift: 0, hours: 48, baselineSize: 500 });
    expect(sequential).toBeLessThanOrEqual(upperRate(ALPHA, STREAMS));
  });

  it('detect a regression of the minimum detectable effect by the planned sample size with the stated power', () => {
    const hours = Math.ceil(plan.plannedSize / plan.perHour);
    const { sequential } = hourlyMeanStreams({ seed: 12, streams: STREAMS, shift: -plan.minimumDetectableEffect, hours });
    expect(sequential).toBeGreaterThanOrEqual(lowerRate(plan.power, STREAMS));
  });

  it('do the same for a rate (20% baseline, 3-point MDE, 200 observations an hour)', () => {
    const none = hourlyRateStreams({ seed: 13, streams: STREAMS, base: 0.2, shift: 0, hours: 48, mde: 0.03 });
    expect(none.sequential).toBeLessThanOrEqual(upperRate(ALPHA, STREAMS));
    expect(none.naive).toBeGreaterThan(3 * ALPHA);
    const drop = hourlyRateStreams({ seed: 14, streams: 200, base: 0.2, shift: -0.03, hours: 48, mde: 0.03 });
    expect(drop.sequential).toBeGreaterThanOrEqual(lowerRate(0.8, 200));
  });
});

describe('single drift checks with the size-aware defaults', () => {
  const TRIALS = 400;
  const weights = [40, 30, 20, 10];

  it('KS (500 vs 300 numeric values): false alarms at most 5%, a 0.3 σ shift found with power 0.8', () => {
    const none = driftRate({
      seed: 21,
      trials: TRIALS,
      draw: (r) => ({ kind: 'numeric', reference: numericSample(r, 500, 0), current: numericSample(r, 300, 0) }),
    });
    expect(none.method).toBe('ks');
    expect(none.rate).toBeLessThanOrEqual(upperRate(ALPHA, TRIALS));
    const shifted = driftRate({
      seed: 22,
      trials: 200,
      draw: (r) => ({ kind: 'numeric', reference: numericSample(r, 500, 0), current: numericSample(r, 300, 0.3) }),
    });
    expect(shifted.rate).toBeGreaterThanOrEqual(lowerRate(0.8, 200));
  });

  it('chi-square (800 vs 400 in 4 categories): false alarms at most 5%, a mix change found with power 0.8', () => {
    const none = driftRate({
      seed: 23,
      trials: TRIALS,
      draw: (r) => ({ kind: 'categorical', reference: categorySample(r, 800, weights), current: categorySample(r, 400, weights) }),
    });
    expect(none.method).toBe('chi2_contingency');
    expect(none.rate).toBeLessThanOrEqual(upperRate(ALPHA, TRIALS));
    const shifted = driftRate({
      seed: 24,
      trials: 200,
      draw: (r) => ({ kind: 'categorical', reference: categorySample(r, 800, weights), current: categorySample(r, 400, [30, 30, 25, 15]) }),
    });
    expect(shifted.rate).toBeGreaterThanOrEqual(lowerRate(0.8, 200));
  });

  it("Evidently's chisquare against the reference's proportions would alarm far above 5% on the same no-drift data", () => {
    const { rate } = driftRate({
      seed: 23,
      trials: TRIALS,
      draw: (r) => ({ kind: 'categorical', reference: categorySample(r, 800, weights), current: categorySample(r, 400, weights) }),
      method: 'chisquare',
    });
    expect(rate).toBeGreaterThan(upperRate(ALPHA, TRIALS));
  });

  it('two-proportion z (binary, 800 vs 400): false alarms at most 5%, 30% → 40% found with power 0.8', () => {
    const none = driftRate({
      seed: 25,
      trials: TRIALS,
      draw: (r) => ({ kind: 'categorical', reference: categorySample(r, 800, [7, 3]), current: categorySample(r, 400, [7, 3]) }),
    });
    expect(none.method).toBe('z');
    expect(none.rate).toBeLessThanOrEqual(upperRate(ALPHA, TRIALS));
    const shifted = driftRate({
      seed: 26,
      trials: 200,
      draw: (r) => ({ kind: 'categorical', reference: categorySample(r, 800, [7, 3]), current: categorySample(r, 400, [6, 4]) }),
    });
    expect(shifted.rate).toBeGreaterThanOrEqual(lowerRate(0.8, 200));
  });

  // Distances have no nominal rate: how often noise crosses 0.1 depends on the sizes. At these sizes it never should.
  it('distances above 1,000 reference values (Wasserstein, Jensen–Shannon) stay under 0.1 without drift and pass it with', () => {
    const numeric = (shift: number) => (r: Parameters<Parameters<typeof driftRate>[0]['draw']>[0]) => ({
      kind: 'numeric' as const,
      reference: numericSample(r, 5000, 0),
      current: numericSample(r, 2000, shift),
    });
    const none = driftRate({ seed: 27, trials: 40, draw: numeric(0) });
    expect(none.method).toBe('wasserstein');
    expect(none.rate).toBe(0);
    expect(driftRate({ seed: 28, trials: 40, draw: numeric(0.25) }).rate).toBe(1);
    const categorical = (mix: number[]) => (r: Parameters<Parameters<typeof driftRate>[0]['draw']>[0]) => ({
      kind: 'categorical' as const,
      reference: categorySample(r, 3000, weights),
      current: categorySample(r, 1000, mix),
    });
    const js = driftRate({ seed: 29, trials: 40, draw: categorical(weights) });
    expect(js.method).toBe('jensenshannon');
    expect(js.rate).toBe(0);
    expect(driftRate({ seed: 30, trials: 40, draw: categorical([20, 30, 25, 25]) }).rate).toBe(1);
  });
});

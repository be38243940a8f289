/**
 * `npm run eval -- --only monitoring`: the monitoring statistics' error rates on seeded synthetic streams
 * (no database needed). False-alarm rates on no-drift streams against their nominal alpha, and detection
 * rates on shifted streams against the stated power, for the sequential regression test under hourly
 * re-checks (beside a naive fixed-sample test re-run every hour) and for each default drift method.
 */
import {
  categorySample,
  driftRate,
  hourlyMeanStreams,
  hourlyMonitorStreams,
  hourlyRateStreams,
  numericSample,
  regressionMonitor,
  sequentialPlan,
  upperRate,
  type Random,
  type RateFigure,
} from './monitoring-streams.js';
import { normalQuantile, type DriftInput, type DriftMethod } from '../src/domain/monitoring/statistics/index.js';
import { BINS } from '../src/domain/signals/bins.js';

const ALPHA = 0.05;
const POWER = 0.8;
const WEIGHTS = [40, 30, 20, 10];

function drift(
  name: string,
  kind: RateFigure['kind'],
  trials: number,
  seed: number,
  draw: (r: Random) => DriftInput,
  method?: DriftMethod,
): RateFigure {
  const { rate, method: used } = driftRate({ seed, trials, draw, method });
  return { name: `${name} [${used}]`, rate, trials, nominal: kind === 'false-alarm' ? ALPHA : POWER, kind };
}

export function evaluateMonitoring(): RateFigure[] {
  const plan = sequentialPlan();
  const figures: RateFigure[] = [];
  const NULL_STREAMS = 1000;
  const nullMeans = hourlyMeanStreams({ seed: 101, streams: NULL_STREAMS, shift: 0, hours: 48 });
  figures.push({
    name: 'score mean, mSPRT, 48 hourly checks',
    rate: nullMeans.sequential,
    trials: NULL_STREAMS,
    nominal: ALPHA,
    kind: 'false-alarm',
  });
  figures.push({
    name: 'score mean, naive z re-run hourly',
    rate: nullMeans.naive,
    trials: NULL_STREAMS,
    nominal: ALPHA,
    kind: 'false-alarm',
  });
  const smallBaseline = hourlyMeanStreams({ seed: 105, streams: NULL_STREAMS, shift: 0, hours: 48, baselineSize: 500 });
  figures.push({
    name: 'score mean, frozen baseline of 500, mSPRT, 48 hourly checks',
    rate: smallBaseline.sequential,
    trials: NULL_STREAMS,
    nominal: ALPHA,
    kind: 'false-alarm',
  });
  const hours = Math.ceil(plan.plannedSize / plan.perHour);
  const shifted = hourlyMeanStreams({ seed: 102, streams: 500, shift: -plan.minimumDetectableEffect, hours });
  figures.push({
    name: `score mean -MDE (${plan.minimumDetectableEffect} σ), mSPRT by n=${hours * plan.perHour}`,
    rate: shifted.sequential,
    trials: 500,
    nominal: plan.power,
    kind: 'power',
  });
  const nullRates = hourlyRateStreams({ seed: 103, streams: 500, base: 0.2, shift: 0, hours: 48, mde: 0.03 });
  figures.push({ name: 'rate 20%, mSPRT, 48 hourly checks', rate: nullRates.sequential, trials: 500, nominal: ALPHA, kind: 'false-alarm' });
  figures.push({ name: 'rate 20%, naive z re-run hourly', rate: nullRates.naive, trials: 500, nominal: ALPHA, kind: 'false-alarm' });
  const rateDrop = hourlyRateStreams({ seed: 104, streams: 300, base: 0.2, shift: -0.03, hours: 48, mde: 0.03 });
  figures.push({ name: 'rate 20% → 17%, mSPRT within 48 h', rate: rateDrop.sequential, trials: 300, nominal: POWER, kind: 'power' });

  figures.push(...tailAndCostFigures());

  const numeric = (nRef: number, nCur: number, shift: number) => (r: Random) => ({
    kind: 'numeric' as const,
    reference: numericSample(r, nRef, 0),
    current: numericSample(r, nCur, shift),
  });
  const categorical = (nRef: number, nCur: number, weights: number[], current: number[]) => (r: Random) => ({
    kind: 'categorical' as const,
    reference: categorySample(r, nRef, weights),
    current: categorySample(r, nCur, current),
  });
  figures.push(drift('numeric 500 vs 300, no drift', 'false-alarm', 1000, 111, numeric(500, 300, 0)));
  figures.push(drift('numeric 500 vs 300, +0.3 σ', 'power', 300, 112, numeric(500, 300, 0.3)));
  figures.push(drift('4 categories 800 vs 400, no drift', 'false-alarm', 1000, 113, categorical(800, 400, WEIGHTS, WEIGHTS)));
  figures.push(
    drift(
      "4 categories 800 vs 400, no drift, Evidently's chisquare",
      'false-alarm',
      1000,
      113,
      categorical(800, 400, WEIGHTS, WEIGHTS),
      'chisquare',
    ),
  );
  figures.push(drift('4 categories 800 vs 400, mix change', 'power', 300, 114, categorical(800, 400, WEIGHTS, [30, 30, 25, 15])));
  figures.push(drift('binary 800 vs 400, no drift', 'false-alarm', 1000, 115, categorical(800, 400, [7, 3], [7, 3])));
  figures.push(drift('binary 800 vs 400, 30% → 40%', 'power', 300, 116, categorical(800, 400, [7, 3], [6, 4])));
  figures.push(drift('numeric 5000 vs 2000, no drift', 'false-alarm', 100, 117, numeric(5000, 2000, 0)));
  figures.push(drift('numeric 5000 vs 2000, +0.25 σ', 'power', 100, 118, numeric(5000, 2000, 0.25)));
  figures.push(drift('4 categories 3000 vs 1000, no drift', 'false-alarm', 300, 119, categorical(3000, 1000, WEIGHTS, WEIGHTS)));
  figures.push(drift('4 categories 3000 vs 1000, mix change', 'power', 300, 120, categorical(3000, 1000, WEIGHTS, [20, 30, 25, 25])));
  return figures;
}

/** Log-normal latencies (median 200 ms, σ_log 0.5) and costs per call (median $0.002, σ_log 0.6). */
const LATENCY = { median: 200, sigmaLog: 0.5 };
const COST = { median: 0.002, sigmaLog: 0.6 };
/** Scaling every latency by this moves the share above the old p95 from 5 % to 10 %: exp(σ (z.95 − z.90)). */
const P95_SHIFT = Math.exp(LATENCY.sigmaLog * (normalQuantile(0.95) - normalQuantile(0.9)));
const P95_MDE = 0.05;
/** Cost per 1k: the MDE is 10 % of the mean cost per 1,000 calls. */
const COST_PER_1K = 1000 * COST.median * Math.exp(COST.sigmaLog ** 2 / 2);
const COST_MDE = 0.1 * COST_PER_1K;

/** The p95-latency and cost-per-1k monitors' own checks, hourly for 48 h against a frozen baseline of 5,000 calls. */
function tailAndCostFigures(): RateFigure[] {
  const common = { hours: 48, perHour: 100, baselineSize: 5000 };
  const latency = (factor: number) => (r: Random, current: boolean) =>
    LATENCY.median * Math.exp(LATENCY.sigmaLog * r.normal()) * (current ? factor : 1);
  const cost = (shift: number) => (r: Random, current: boolean) =>
    COST.median * Math.exp(COST.sigmaLog * r.normal()) + (current ? shift / 1000 : 0);
  const p95 = { ...common, bins: BINS.latencyMs, monitor: regressionMonitor('P95', P95_MDE) };
  const per1k = { ...common, bins: BINS.costUsd, monitor: regressionMonitor('PER_1K', COST_MDE) };
  const figure = (name: string, kind: RateFigure['kind'], trials: number, rate: number): RateFigure => ({
    name,
    rate,
    trials,
    nominal: kind === 'false-alarm' ? ALPHA : POWER,
    kind,
  });
  return [
    figure(
      'p95 latency, no change, 48 hourly checks',
      'false-alarm',
      500,
      hourlyMonitorStreams({ ...p95, seed: 131, streams: 500, draw: latency(1) }),
    ),
    figure(
      `p95 latency ×${P95_SHIFT.toFixed(3)} (share above the baseline p95 5% → 10%, the MDE), within 48 h`,
      'power',
      300,
      hourlyMonitorStreams({ ...p95, seed: 132, streams: 300, draw: latency(P95_SHIFT) }),
    ),
    figure(
      'cost per 1k, no change, 48 hourly checks',
      'false-alarm',
      500,
      hourlyMonitorStreams({ ...per1k, seed: 133, streams: 500, draw: cost(0) }),
    ),
    figure(
      `cost per 1k +$${COST_MDE.toFixed(3)} (the MDE, 10%), within 48 h`,
      'power',
      300,
      hourlyMonitorStreams({ ...per1k, seed: 134, streams: 300, draw: cost(COST_MDE) }),
    ),
  ];
}

export function printMonitoring(figures: readonly RateFigure[]): void {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
  console.log('\nmonitoring: error rates on seeded synthetic streams (eval/monitoring.ts)');
  console.log('kind         rate   nominal  trials  ok  case');
  for (const f of figures) {
    // A false-alarm rate is within its nominal alpha up to 3 binomial standard errors; the naive and Evidently rows show what not to do.
    const ok =
      f.kind === 'false-alarm'
        ? f.rate <= upperRate(f.nominal, f.trials)
        : f.rate >= f.nominal - 3 * Math.sqrt((f.nominal * (1 - f.nominal)) / f.trials);
    console.log(`${f.kind.padEnd(11)}  ${pct(f.rate)}  ${pct(f.nominal)}  ${String(f.trials).padStart(6)}  ${ok ? 'ok' : '--'}  ${f.name}`);
  }
}

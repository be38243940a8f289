import { DomainError } from '../errors.js';
import {
  detectDrift,
  sequentialMeanTest,
  sequentialMeanVsReference,
  sequentialProportionTest,
  sequentialProportionVsReference,
  summaryFromSums,
  tailExceedance,
  type DriftInput,
  type MeanSummary,
  type SequentialOptions,
  type SequentialResult,
} from '../monitoring/statistics/index.js';
import type { NodeOf } from '../nodes/types.js';
import type { SignalWindow } from '../signals/window.js';
import { defaultAlertThreshold, driftMethodOf, P95_QUANTILE, type CheckOutcome } from './definition.js';

/** A fixed reference value to compare with instead of a baseline window (an EVALUATION baseline). */
export interface ReferenceValue {
  type: 'REFERENCE';
  value: number;
}
export type Baseline = SignalWindow | ReferenceValue;

/** What one check found: the figures a MonitorCheck node records. */
export interface CheckFinding {
  outcome: CheckOutcome;
  /** Past the warning threshold but not the alert one (or regressing without significance yet). */
  warning: boolean;
  method: string | null;
  statistic: number | null;
  pValue: number | null;
  distance: number | null;
  threshold: number | null;
  /** Null when the baseline is one reference value. */
  baselineSize: number | null;
  currentSize: number;
  detail: string;
}

export const sizeOf = (w: SignalWindow): number => (w.type === 'BOOLEAN' ? w.n : w.count);
const baselineSizeOf = (b: Baseline): number | null => (b.type === 'REFERENCE' ? null : sizeOf(b));

const finite = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

/**
 * Compares a signal's current window with its baseline as the monitor says: no data → its noData
 * meaning; too few observations on either side → INCONCLUSIVE; a statistic the data cannot support
 * (mismatched types, a count-only signal, a method for another kind of signal) → ERROR.
 */
export function evaluateCheck(
  monitor: NodeOf<'Monitor'>,
  baseline: Baseline,
  current: SignalWindow,
  previousPValue?: number,
): CheckFinding {
  const sizes = { baselineSize: baselineSizeOf(baseline), currentSize: sizeOf(current) };
  const none = { warning: false, method: null, statistic: null, pValue: null, distance: null, threshold: null, ...sizes };
  if (sizes.currentSize === 0) return { ...none, outcome: monitor.noData ?? 'INCONCLUSIVE', detail: 'no data in the current window' };
  const minimum = monitor.minimumSampleSize ?? 1;
  if (sizes.currentSize < minimum || (sizes.baselineSize !== null && sizes.baselineSize < minimum))
    return {
      ...none,
      outcome: 'INCONCLUSIVE',
      detail:
        sizes.baselineSize === null
          ? `not enough data: ${sizes.currentSize} current observations, at least ${minimum} needed`
          : `not enough data: ${sizes.baselineSize} baseline and ${sizes.currentSize} current observations, at least ${minimum} each needed`,
    };
  try {
    if (monitor.monitorKind === 'REGRESSION') return regression(monitor, baseline, current, previousPValue);
    if (baseline.type === 'REFERENCE')
      throw new DomainError('VALIDATION', 'a DRIFT monitor needs a baseline window, not one reference value');
    return drift(monitor, baseline, current);
  } catch (err) {
    if (err instanceof DomainError) return { ...none, outcome: 'ERROR', detail: err.message };
    throw err;
  }
}

function driftInput(baseline: SignalWindow, current: SignalWindow): DriftInput {
  if (baseline.type === 'NUMERIC' && current.type === 'NUMERIC')
    return { kind: 'numeric', reference: baseline.samples, current: current.samples };
  if (baseline.type === 'CATEGORICAL' && current.type === 'CATEGORICAL')
    return { kind: 'categorical', reference: baseline.counts, current: current.counts };
  if (baseline.type === 'BOOLEAN' && current.type === 'BOOLEAN') return { kind: 'binary', reference: baseline, current };
  throw new DomainError('VALIDATION', `cannot compare a ${baseline.type} baseline with a ${current.type} current window`);
}

function drift(monitor: NodeOf<'Monitor'>, baseline: SignalWindow, current: SignalWindow): CheckFinding {
  const named = driftMethodOf(monitor.method ?? 'AUTO');
  const r = detectDrift(driftInput(baseline, current), { method: named, threshold: monitor.alertThreshold ?? undefined });
  const score = r.scoreKind === 'p-value' ? r.pValue! : r.distance!;
  const warn = monitor.warningThreshold;
  const warning = !r.drift && warn !== null && warn !== undefined && (r.scoreKind === 'p-value' ? score < warn : score >= warn);
  return {
    outcome: r.drift ? 'FAILED' : 'PASSED',
    warning,
    method: r.method,
    statistic: finite(r.statistic),
    pValue: finite(r.pValue),
    distance: finite(r.distance),
    threshold: r.threshold,
    baselineSize: r.referenceSize,
    currentSize: r.currentSize,
    detail: `${r.method} (${r.selection}): ${r.scoreKind} ${score.toPrecision(4)} against ${r.threshold}${r.drift ? ': drift' : ''}`,
  };
}

/** The sequential test a REGRESSION monitor's measure calls for, and what its report says beyond the test. */
function regressionTest(
  monitor: NodeOf<'Monitor'>,
  baseline: Baseline,
  current: SignalWindow,
  options: SequentialOptions,
): { result: SequentialResult; measured: string } {
  const measure = monitor.measure ?? 'MEAN';
  const mismatch = () =>
    new DomainError(
      'VALIDATION',
      `a ${measure} REGRESSION monitor needs ${measure === 'MEAN' ? 'a numeric or boolean' : 'a numeric'} signal, not ${baseline.type} and ${current.type}`,
    );
  if (baseline.type === 'REFERENCE') {
    if (current.type === 'NUMERIC')
      return {
        result: sequentialMeanVsReference(baseline.value, summaryFromSums(current.count, current.sum, current.sumSq), options),
        measured: `mean against the evaluation's ${baseline.value.toPrecision(4)}`,
      };
    if (current.type === 'BOOLEAN')
      return {
        result: sequentialProportionVsReference(baseline.value, current, options),
        measured: `rate against the evaluation's ${baseline.value.toPrecision(4)}`,
      };
    throw mismatch();
  }
  if (measure === 'P95') {
    if (baseline.type !== 'NUMERIC' || current.type !== 'NUMERIC') throw mismatch();
    const tail = tailExceedance(baseline.samples, current.samples, P95_QUANTILE);
    const share = (b: { successes: number; n: number }) => `${((100 * b.successes) / b.n).toFixed(2)} %`;
    return {
      result: sequentialProportionTest(tail.reference, tail.current, options),
      measured: `p95 ${tail.currentQuantile.toPrecision(4)} against ${tail.threshold.toPrecision(4)}; above the baseline p95: ${share(tail.current)} against ${share(tail.reference)}`,
    };
  }
  if (baseline.type === 'NUMERIC' && current.type === 'NUMERIC') {
    const scale = measure === 'PER_1K' ? 1000 : 1;
    const summary = (w: typeof current): MeanSummary => {
      const s = summaryFromSums(w.count, w.sum, w.sumSq);
      return { n: s.n, mean: s.mean * scale, variance: s.variance * scale * scale };
    };
    return {
      result: sequentialMeanTest(summary(baseline), summary(current), options),
      measured: measure === 'PER_1K' ? 'per 1,000' : 'mean',
    };
  }
  if (measure === 'MEAN' && baseline.type === 'BOOLEAN' && current.type === 'BOOLEAN')
    return { result: sequentialProportionTest(baseline, current, options), measured: 'rate' };
  throw mismatch();
}

function regression(monitor: NodeOf<'Monitor'>, baseline: Baseline, current: SignalWindow, previousPValue?: number): CheckFinding {
  const alpha = monitor.alertThreshold ?? defaultAlertThreshold({ kind: 'REGRESSION', method: 'MSPRT' })!;
  const options = {
    minimumDetectableEffect: monitor.minimumDetectableEffect!,
    direction: monitor.direction!,
    alpha,
    previousPValue,
  };
  const { result: r, measured } = regressionTest(monitor, baseline, current, options);
  if (r.verdict === 'INCONCLUSIVE')
    return { ...base(r), outcome: 'INCONCLUSIVE', warning: false, detail: 'the sequential test could not decide (no variance yet)' };
  const worse = monitor.direction === 'HIGHER_IS_BETTER' ? r.difference < 0 : r.difference > 0;
  const warn = monitor.warningThreshold;
  return {
    ...base(r),
    outcome: r.verdict === 'REGRESSED' ? 'FAILED' : 'PASSED',
    warning: r.verdict !== 'REGRESSED' && worse && warn !== null && warn !== undefined && r.pValue <= warn,
    detail: `mSPRT (${measured}): difference ${r.difference.toPrecision(4)} (confidence sequence ${r.confidenceSequence.map((x) => x.toPrecision(4)).join(' to ')}), always-valid p ${r.pValue.toPrecision(4)}: ${r.verdict}`,
  };
  function base(s: SequentialResult) {
    return {
      method: s.method,
      statistic: finite(s.difference),
      pValue: finite(s.pValue),
      distance: null,
      threshold: s.alpha,
      baselineSize: s.baselineSize,
      currentSize: s.currentSize,
    };
  }
}

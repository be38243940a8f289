import { DomainError } from '../errors.js';
import {
  detectDrift,
  sequentialMeanTest,
  sequentialProportionTest,
  summaryFromSums,
  type DriftInput,
  type SequentialResult,
} from '../monitoring/statistics/index.js';
import type { NodeOf } from '../nodes/types.js';
import type { SignalWindow } from '../signals/window.js';
import { defaultAlertThreshold, driftMethodOf, type CheckOutcome } from './definition.js';

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
  baselineSize: number;
  currentSize: number;
  detail: string;
}

export const sizeOf = (w: SignalWindow): number => (w.type === 'BOOLEAN' ? w.n : w.count);

const finite = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

/**
 * Compares a signal's current window with its baseline as the monitor says: no data → its noData
 * meaning; too few observations on either side → INCONCLUSIVE; a statistic the data cannot support
 * (mismatched types, a count-only signal, a method for another kind of signal) → ERROR.
 */
export function evaluateCheck(
  monitor: NodeOf<'Monitor'>,
  baseline: SignalWindow,
  current: SignalWindow,
  previousPValue?: number,
): CheckFinding {
  const sizes = { baselineSize: sizeOf(baseline), currentSize: sizeOf(current) };
  const none = { warning: false, method: null, statistic: null, pValue: null, distance: null, threshold: null, ...sizes };
  if (sizes.currentSize === 0) return { ...none, outcome: monitor.noData ?? 'INCONCLUSIVE', detail: 'no data in the current window' };
  const minimum = monitor.minimumSampleSize ?? 1;
  if (sizes.currentSize < minimum || sizes.baselineSize < minimum)
    return {
      ...none,
      outcome: 'INCONCLUSIVE',
      detail: `not enough data: ${sizes.baselineSize} baseline and ${sizes.currentSize} current observations, at least ${minimum} each needed`,
    };
  try {
    return monitor.monitorKind === 'REGRESSION'
      ? regression(monitor, baseline, current, previousPValue)
      : drift(monitor, baseline, current);
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

function regression(monitor: NodeOf<'Monitor'>, baseline: SignalWindow, current: SignalWindow, previousPValue?: number): CheckFinding {
  const alpha = monitor.alertThreshold ?? defaultAlertThreshold({ kind: 'REGRESSION', method: 'MSPRT' })!;
  const options = {
    minimumDetectableEffect: monitor.minimumDetectableEffect!,
    direction: monitor.direction!,
    alpha,
    previousPValue,
  };
  let r: SequentialResult;
  if (baseline.type === 'NUMERIC' && current.type === 'NUMERIC')
    r = sequentialMeanTest(
      summaryFromSums(baseline.count, baseline.sum, baseline.sumSq),
      summaryFromSums(current.count, current.sum, current.sumSq),
      options,
    );
  else if (baseline.type === 'BOOLEAN' && current.type === 'BOOLEAN') r = sequentialProportionTest(baseline, current, options);
  else
    throw new DomainError('VALIDATION', `a REGRESSION monitor needs a numeric or boolean signal, not ${baseline.type} and ${current.type}`);
  if (r.verdict === 'INCONCLUSIVE')
    return { ...base(r), outcome: 'INCONCLUSIVE', warning: false, detail: 'the sequential test could not decide (no variance yet)' };
  const worse = monitor.direction === 'HIGHER_IS_BETTER' ? r.difference < 0 : r.difference > 0;
  const warn = monitor.warningThreshold;
  return {
    ...base(r),
    outcome: r.verdict === 'REGRESSED' ? 'FAILED' : 'PASSED',
    warning: r.verdict !== 'REGRESSED' && worse && warn !== null && warn !== undefined && r.pValue <= warn,
    detail: `mSPRT: difference ${r.difference.toPrecision(4)} (confidence sequence ${r.confidenceSequence.map((x) => x.toPrecision(4)).join(' to ')}), always-valid p ${r.pValue.toPrecision(4)}: ${r.verdict}`,
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

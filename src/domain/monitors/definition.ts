import { z } from 'zod';
import { DRIFT_DEFAULTS, DRIFT_SCORE_KIND, SEQUENTIAL_DEFAULTS, type DriftMethod } from '../monitoring/statistics/index.js';
import { nameIn, signalName, SIGNALS } from '../signals/names.js';
import { idOf, key, text, timestamp } from '../validate.js';

/** DRIFT: the signal's distribution against the baseline's. REGRESSION: its mean or rate, with an always-valid sequential test. */
export const MONITOR_KINDS = ['DRIFT', 'REGRESSION'] as const;
export type MonitorKind = (typeof MONITOR_KINDS)[number];

/**
 * What the current release is compared with. PREVIOUS_RELEASE: the release the alias pointed at before,
 * over the time it served; PINNED: a named release over a fixed window; TRAILING: the current release's
 * own window just before the current one; EVALUATION: the value a metric had in the latest evaluation
 * of the current release on a named dataset version (its offline reference), one fixed number.
 */
export const BASELINE_KINDS = ['PREVIOUS_RELEASE', 'PINNED', 'TRAILING', 'EVALUATION'] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/** The statistics library's drift methods by their GraphQL names, AUTO (its size-aware defaults) and the regression test. */
export const DRIFT_METHOD_NAMES = {
  KS: 'ks',
  CHISQUARE: 'chisquare',
  CHI2_CONTINGENCY: 'chi2_contingency',
  Z: 'z',
  WASSERSTEIN: 'wasserstein',
  JENSENSHANNON: 'jensenshannon',
  PSI: 'psi',
} as const satisfies Record<string, DriftMethod>;
export const MONITOR_METHODS = ['AUTO', ...(Object.keys(DRIFT_METHOD_NAMES) as Array<keyof typeof DRIFT_METHOD_NAMES>), 'MSPRT'] as const;
export type MonitorMethod = (typeof MONITOR_METHODS)[number];

/**
 * What a REGRESSION monitor compares (null on the node: MEAN). MEAN: the mean of a numeric signal or the
 * rate of a boolean one; P95: a numeric signal's 95th percentile, tested as the share of current
 * observations above the baseline's p95 (its minimum detectable effect is in points of that share);
 * PER_1K: a numeric signal's total per 1,000 observations (cost per 1k invocations on costUsd), its MDE in
 * the signal's unit per 1,000.
 */
export const REGRESSION_MEASURES = ['MEAN', 'P95', 'PER_1K'] as const;
export type RegressionMeasure = (typeof REGRESSION_MEASURES)[number];
/** The quantile a P95 monitor watches. */
export const P95_QUANTILE = 0.95;

export const REGRESSION_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type RegressionDirection = (typeof REGRESSION_DIRECTIONS)[number];

/** What a check concludes when the current window holds no data at all. */
export const NO_DATA_MEANINGS = ['INCONCLUSIVE', 'PASSED', 'FAILED'] as const;
export type NoDataMeaning = (typeof NO_DATA_MEANINGS)[number];

/** A check's outcome, with Argo Rollouts' analysis semantics (INCONCLUSIVE: not enough data to decide). */
export const CHECK_OUTCOMES = ['PASSED', 'FAILED', 'INCONCLUSIVE', 'ERROR'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** Defaults and bounds of a monitor definition: the one place they are stated. */
export const MONITOR_DEFAULTS = {
  minimumSampleSize: 30,
  noData: 'INCONCLUSIVE' as NoDataMeaning,
  failureLimit: 3,
  autoResolveAfter: 3,
  /** Most consecutive checks a limit may name: a monitor's state reads this many of its latest checks. */
  maxStreak: 50,
  minWindowMs: 60_000,
  maxWindowMs: 90 * 24 * 3_600_000,
  regressionAlpha: SEQUENTIAL_DEFAULTS.alpha,
} as const;

const BUILT_IN_SIGNALS: readonly string[] = Object.values<unknown>(SIGNALS).filter((v): v is string => typeof v === 'string');
const SIGNAL_PREFIXES = ['score', 'feature', 'kpi'] as const;

/** A signal as the aggregates name it (signals/names.ts SIGNALS): a built-in one or `score:`/`feature:`/`kpi:<name>`. */
const isSignal = (v: string): boolean =>
  BUILT_IN_SIGNALS.includes(v) ||
  SIGNAL_PREFIXES.some((prefix) => {
    const name = nameIn(v, prefix);
    return name !== null && signalName.safeParse(name).success;
  });

const windowMs = z.number().int().min(MONITOR_DEFAULTS.minWindowMs).max(MONITOR_DEFAULTS.maxWindowMs);
const streak = z.number().int().min(1).max(MONITOR_DEFAULTS.maxStreak);

export const defineMonitorInput = z
  .object({
    system: idOf('System'),
    environment: key,
    name: key,
    signal: z
      .string()
      .max(80)
      .refine(isSignal, `name a signal: ${BUILT_IN_SIGNALS.join(', ')}, score:<name>, feature:<name> or kpi:<name>`),
    kind: z.enum(MONITOR_KINDS),
    method: z.enum(MONITOR_METHODS).default('AUTO'),
    direction: z.enum(REGRESSION_DIRECTIONS).optional(),
    minimumDetectableEffect: z.number().positive().finite().optional(),
    measure: z.enum(REGRESSION_MEASURES).optional(),
    baseline: z.object({
      kind: z.enum(BASELINE_KINDS),
      release: idOf('Release').optional(),
      dataset: idOf('DatasetVersion').optional(),
      metric: text(100).min(1).optional(),
      from: timestamp.optional(),
      to: timestamp.optional(),
      windowMs: windowMs.optional(),
    }),
    currentWindowMs: windowMs.optional(),
    warningThreshold: z.number().positive().finite().optional(),
    alertThreshold: z.number().positive().finite().optional(),
    minimumSampleSize: z.number().int().min(1).max(1_000_000).default(MONITOR_DEFAULTS.minimumSampleSize),
    noData: z.enum(NO_DATA_MEANINGS).default(MONITOR_DEFAULTS.noData),
    failureLimit: streak.default(MONITOR_DEFAULTS.failureLimit),
    autoResolveAfter: streak.default(MONITOR_DEFAULTS.autoResolveAfter),
  })
  .superRefine((m, ctx) => {
    const problem = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (m.kind === 'REGRESSION') {
      if (!m.direction) problem(['direction'], 'a REGRESSION monitor says which direction is better');
      if (m.minimumDetectableEffect === undefined)
        problem(['minimumDetectableEffect'], 'a REGRESSION monitor states its minimum detectable effect');
      if (m.method !== 'AUTO' && m.method !== 'MSPRT')
        problem(['method'], 'a REGRESSION monitor uses AUTO or MSPRT (the always-valid sequential test)');
    } else {
      if (m.direction) problem(['direction'], 'only a REGRESSION monitor has a direction');
      if (m.minimumDetectableEffect !== undefined)
        problem(['minimumDetectableEffect'], 'only a REGRESSION monitor has a minimum detectable effect');
      if (m.method === 'MSPRT') problem(['method'], 'MSPRT is the REGRESSION test; name a drift method or AUTO');
      if (m.measure) problem(['measure'], 'only a REGRESSION monitor has a measure');
    }
    if (m.measure === 'P95' && m.minimumDetectableEffect !== undefined && m.minimumDetectableEffect >= 1)
      problem(['minimumDetectableEffect'], 'a P95 monitor states its effect as a share of observations above the baseline p95 (below 1)');
    const b = m.baseline;
    if (b.kind === 'PINNED') {
      if (!b.release) problem(['baseline', 'release'], 'a PINNED baseline names its release');
      if (!b.from || !b.to) problem(['baseline', 'from'], 'a PINNED baseline names its window (from and to)');
      else if (!(b.from < b.to)) problem(['baseline', 'to'], 'the window ends after it starts');
    } else if (b.release || b.from || b.to) problem(['baseline', 'release'], 'only a PINNED baseline names a release and a window');
    if (b.kind === 'TRAILING') {
      if (!b.windowMs) problem(['baseline', 'windowMs'], 'a TRAILING baseline states its length');
      if (!m.currentWindowMs) problem(['currentWindowMs'], 'a TRAILING baseline needs a current window length to trail');
    } else if (b.windowMs) problem(['baseline', 'windowMs'], 'only a TRAILING baseline has a length');
    if (b.kind === 'EVALUATION') {
      if (!b.dataset || !b.metric) problem(['baseline', 'dataset'], 'an EVALUATION baseline names its dataset version and metric');
      if (m.kind !== 'REGRESSION' || (m.measure ?? 'MEAN') !== 'MEAN')
        problem(['baseline', 'kind'], 'an EVALUATION baseline is one recorded value: only a REGRESSION monitor of a MEAN compares with it');
    } else if (b.dataset || b.metric) problem(['baseline', 'dataset'], 'only an EVALUATION baseline names a dataset version and metric');
    checkThresholds(m, problem);
  });

export type DefineMonitorInput = z.output<typeof defineMonitorInput>;

/** Whether a monitor's thresholds are p-values (alert when below) or distances (alert when at or above); null for AUTO drift. */
export function thresholdScale(m: Pick<DefineMonitorInput, 'kind' | 'method'>): 'p-value' | 'distance' | null {
  if (m.kind === 'REGRESSION') return 'p-value';
  if (m.method === 'AUTO' || m.method === 'MSPRT') return null;
  return DRIFT_SCORE_KIND[DRIFT_METHOD_NAMES[m.method]];
}

function checkThresholds(m: DefineMonitorInput, problem: (path: string[], message: string) => void): void {
  const scale = thresholdScale(m);
  const { warningThreshold: warn, alertThreshold: alert } = m;
  if (scale === null) {
    if (warn !== undefined || alert !== undefined)
      problem(
        ['alertThreshold'],
        'AUTO picks a p-value test or a distance by sample size, so its thresholds are the defaults; name a method to set them',
      );
    return;
  }
  if (scale === 'p-value') {
    if (alert !== undefined && alert >= 1) problem(['alertThreshold'], 'a p-value threshold lies between 0 and 1');
    if (warn !== undefined && warn >= 1) problem(['warningThreshold'], 'a p-value threshold lies between 0 and 1');
    if (warn !== undefined && warn < (alert ?? defaultAlertThreshold(m)!))
      problem(['warningThreshold'], 'for p-values the warning threshold is at least the alert threshold (it warns first)');
  } else if (warn !== undefined && warn > (alert ?? defaultAlertThreshold(m)!))
    problem(['warningThreshold'], 'for distances the warning threshold is at most the alert threshold (it warns first)');
}

/** The alert threshold a monitor uses when it names none; null when AUTO picks it per check. */
export function defaultAlertThreshold(m: Pick<DefineMonitorInput, 'kind' | 'method'>): number | null {
  const scale = thresholdScale(m);
  if (scale === null) return null;
  if (m.kind === 'REGRESSION') return MONITOR_DEFAULTS.regressionAlpha;
  return scale === 'p-value' ? DRIFT_DEFAULTS.pValueThreshold : DRIFT_DEFAULTS.distanceThreshold;
}

/** The library's name of a named drift method; undefined for AUTO. */
export const driftMethodOf = (method: MonitorMethod): DriftMethod | undefined =>
  method === 'AUTO' || method === 'MSPRT' ? undefined : DRIFT_METHOD_NAMES[method];

import type { Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { requireId } from '../ids.js';
import { highestClassification, ReaderView } from '../permissions/derived-answers.js';
import type { Classification } from '../permissions/principal.js';
import { authorize } from '../permissions/permissions.js';
import { strategyOf } from '../recommend/findings.js';
import type { Strategy } from '../recommend/strategies.js';
import { signalBucketMs } from '../signals/aggregates.js';
import { compare, type Comparison, type Totals } from './compare.js';
import { BUILD_RUN_KINDS, DEFAULT_OUTCOME_ENVIRONMENT, OUTCOME_LIMITS } from './limits.js';
import { outcomeQueries } from './queries.js';
import { buildCost, costPerSuccess, payback, type BuildCost, type CostPerSuccess, type Payback } from './roi.js';
import { readSide, type ServiceSide } from './sides.js';

export interface OutcomeQuestion {
  release: string;
  environment?: string | null;
  asOf?: Date | null;
  /** A BOOLEAN score whose true value is a successful outcome. */
  successScore?: string | null;
  /** A KPI whose observations are value (× usdPerUnit) for payback. */
  valueKpi?: string | null;
  usdPerUnit?: number | null;
}

export interface ReleaseOutcome extends Comparison {
  release: string;
  environment: string;
  asOf: Date | null;
  strategy: Strategy;
  /** Null when the release never served the environment by the answer's instant. */
  service: ServiceSide | null;
  /** The release it replaced there, and its strategy; null when it replaced none (or none the reader may see). */
  previous: (ServiceSide & { strategy: Strategy }) | null;
  buildCost: BuildCost;
  costPerSuccess: CostPerSuccess;
  payback: Payback;
  /** Something above the reader's clearance (the predecessor, a build run) was left out of this answer. */
  evidenceWithheld: boolean;
  classification: Classification;
}

/** The parts strategyOutcomes pools: each side's totals as well as the answer. */
export interface MeasuredRelease {
  outcome: ReleaseOutcome;
  current: Totals;
  previous: Totals | null;
}

/**
 * One release's outcome inside a read transaction, as `reader` may see it; null when the reader may not
 * see the release, or, with `replacedOnly` (what pooling wants), when it replaced none the reader may
 * see: then nothing more than its service is read (its aggregates are most of an answer's cost).
 */
export async function measureRelease(
  tx: Tx,
  ctx: DomainContext,
  q: OutcomeQuestion & { environment: string },
  reader: ReaderView,
  replacedOnly = false,
): Promise<MeasuredRelease | null> {
  const asOf = q.asOf ?? null;
  const at = asOf ?? ctx.now();
  const width = signalBucketMs(ctx.limits);
  const [row] = await tx.run(outcomeQueries.service, {
    release: q.release,
    environment: q.environment,
    asOf: dateTimeParam(at),
    max: intParam(OUTCOME_LIMITS.MAX_INTERVALS),
  });
  if (!row || reader.keep([row]).length === 0) return null;
  const prev = row.previous && reader.keep([row.previous]).length > 0 ? row.previous : null;
  if (replacedOnly && !prev) return null;
  const current = row.intervals.length > 0 ? await readSide(tx, row.release, row.intervals, at, asOf, width) : null;
  const previous = prev ? await readSide(tx, prev.release, [prev], at, asOf, width) : null;
  const found = await tx.run(outcomeQueries.buildRuns, {
    release: q.release,
    asOf: dateTimeParam(at),
    max: intParam(OUTCOME_LIMITS.MAX_BUILD_RUNS),
    runKinds: BUILD_RUN_KINDS,
  });
  const runs = reader.keep(found.map((r) => ({ ...r, classification: highestClassification([r.classification, ...r.classifications]) })));
  const totals = current?.totals ?? new Map();
  const comparison = compare(totals, previous?.totals ?? new Map());
  const build = buildCost(runs, current?.side ?? null, comparison.invocations.current);
  return {
    current: totals,
    previous: previous?.totals ?? null,
    outcome: {
      ...comparison,
      release: q.release,
      environment: q.environment,
      asOf,
      strategy: strategyOf(row.pins),
      service: current?.side ?? null,
      previous: previous && prev ? { ...previous.side, strategy: strategyOf(prev.pins) } : null,
      buildCost: build,
      costPerSuccess: costPerSuccess(totals, q.successScore ?? null, build.totalUsd),
      payback: payback({ kpi: q.valueKpi ?? null, usdPerUnit: q.usdPerUnit ?? 1, build: build.totalUsd, now: at }, current, previous),
      evidenceWithheld: reader.withheld,
      classification: reader.classification,
    },
  };
}

/**
 * `releaseOutcome`: a release against the release it replaced in one environment (its alias history as
 * of asOf), from the signal aggregates, its build runs and its time in service. Computed only from what
 * the reader may see (derived-answers.ts): a predecessor or run above their clearance is left out and
 * the answer says evidence was withheld; a release above it is not found.
 */
export async function releaseOutcome(ctx: DomainContext, q: OutcomeQuestion): Promise<ReleaseOutcome> {
  authorize(ctx.principal, 'catalog.read');
  requireId('release', q.release, 'Release');
  checkAsOf(ctx, q.asOf);
  if (q.usdPerUnit !== undefined && q.usdPerUnit !== null && !(Number.isFinite(q.usdPerUnit) && q.usdPerUnit > 0))
    throw new DomainError('VALIDATION', 'usdPerUnit: must be a positive number.', { field: 'usdPerUnit' });
  const environment = q.environment ?? DEFAULT_OUTCOME_ENVIRONMENT;
  const reader = new ReaderView(ctx.principal);
  const measured = await ctx.db.read(async (tx) => {
    return measureRelease(tx, ctx, { ...q, environment }, reader);
  });
  if (!measured)
    throw q.asOf
      ? new DomainError('NOT_FOUND', `release: ${q.release} did not exist at ${q.asOf.toISOString()}.`, { id: q.release })
      : notFound(q.release, 'Release');
  return measured.outcome;
}

import type { Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { aliasId } from '../aliases/service.js';
import { DomainError } from '../errors.js';
import { ACTIONS } from '../permissions/permissions.js';
import type { Role } from '../permissions/principal.js';
import { approvalUnmet, countingApprovals, type Unmet } from '../policies/gate.js';
import { policyInForce } from '../policies/policy.js';
import { evaluationEffects, metricEffects, type ExpectedEffect } from './effects.js';
import { approvalFactsOf, judge } from './judge.js';
import { healthWhileServed } from './monitor-health.js';
import type { CandidateVerdict } from './verdicts.js';
import { ROLLBACK_PLAN_LIMITS } from './limits.js';
import { planId, type PlanInputs } from './plan-id.js';
import { rollbackPlanQueries, type CandidateRow, type EvidenceAlert, type FailedEvaluation } from './queries.js';

export const PLAN_OUTCOMES = ['PROPOSED', 'NO_CANDIDATE'] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

/** What executing the plan needs, per the policy in force at the plan's instant. */
export interface PlanApprovals {
  policy: string | null;
  gated: boolean;
  /** The target must carry an approval for the environment by someone other than its author. */
  approvalRequired: boolean;
  /** The approvals of the target that meet it. */
  satisfiedBy: string[];
  unmet: Unmet | null;
  /** Who may execute the plan, and who must then review the rollback (never whoever executed it). */
  executeRoles: readonly Role[];
  reviewRoles: readonly Role[];
}

export interface RollbackPlan extends PlanInputs {
  id: string;
  asOf: string;
  outcome: PlanOutcome;
  currentSince: string;
  candidates: CandidateVerdict[];
  /** Releases older than the current one; more than were judged when the candidate bound was hit. */
  earlierReleases: number;
  truncated: boolean;
  alerts: EvidenceAlert[];
  failedEvaluations: FailedEvaluation[];
  /** Checks of the current release's monitors that failed since it began serving (newest first, bounded). */
  failedChecks: string[];
  failingComponents: string[];
  effects: ExpectedEffect[];
  approvals: PlanApprovals;
  summary: string;
}

/** The pinned versions the failing evidence points at: named by an alert, or evaluated on their own and failed. */
function failingComponentsOf(alerts: EvidenceAlert[], failed: FailedEvaluation[], current: string): string[] {
  const named = alerts.map((a) => a.component).filter((c): c is string => c !== null);
  const evaluated = failed.map((e) => e.parent).filter((p) => p !== current);
  return [...new Set([...named, ...evaluated])].sort();
}

function summaryOf(p: Omit<RollbackPlan, 'summary' | 'id'>): string {
  // Checks are counted, not listed: a monitor checking hourly can cite many.
  const named = p.evidence.filter((id) => !p.failedChecks.includes(id));
  const checks = p.failedChecks.length ? `${p.failedChecks.length} failed monitor check(s)` : null;
  const parts = [...named, ...(checks ? [checks] : [])];
  const evidence = parts.length ? `evidence ${parts.join(', ')}` : 'no failing evidence recorded';
  if (!p.target) return `No earlier release of ${p.system} qualifies as a rollback target for ${p.environment} (${evidence}).`;
  const skipped = p.candidates.filter((c) => !c.accepted).map((c) => `${c.release}: ${c.rejections.map((r) => r.code).join('+')}`);
  return `Roll ${p.environment} back from ${p.current} to ${p.target} (${evidence}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}).`;
}

/**
 * The rollback plan for one environment exactly as the graph stood at `at`: the release serving then,
 * the evidence against it (open alerts, failed evaluations, its monitors' failed checks), every
 * earlier release judged newest first until one qualifies, the expected effect on each failing signal
 * (measured from aggregates kept at `bucketMs`), and what executing it requires. NOT_FOUND when the
 * alias pointed nowhere at `at`.
 */
export async function computePlan(tx: Tx, system: string, environment: string, at: Date, bucketMs: number): Promise<RollbackPlan> {
  const alias = aliasId(system, environment);
  const facts = await tx.one(rollbackPlanQueries.facts, {
    alias,
    system,
    environment,
    at: dateTimeParam(at),
    maxCandidates: intParam(ROLLBACK_PLAN_LIMITS.maxCandidates),
    maxEvidence: intParam(ROLLBACK_PLAN_LIMITS.maxEvidence),
    maxIntervals: intParam(ROLLBACK_PLAN_LIMITS.maxIntervals),
  });
  if (!facts) {
    throw new DomainError('NOT_FOUND', `${alias} pointed at no release at ${at.toISOString()}; there is nothing to roll back.`, { alias });
  }
  const policy = await policyInForce(tx, system, at);
  const gated = policy.gatedEnvironments.includes(environment);
  const approvalRequired = gated && policy.requireApproval;
  const failingComponents = failingComponentsOf(facts.alerts, facts.failedEvaluations, facts.current);
  const context = { at, environment, failingComponents, approvalRequired };
  const candidates: CandidateVerdict[] = [];
  let chosen: CandidateRow | null = null;
  for (const row of facts.candidates) {
    const verdict = judge(row, context, await healthWhileServed(tx, row.id, row.served, at));
    candidates.push(verdict);
    if (verdict.accepted) {
      chosen = row;
      break;
    }
  }
  const targetFacts = chosen && approvalFactsOf(chosen, environment);
  const currentServed = [{ since: facts.currentSince, until: null }];
  const { failedChecks } = await healthWhileServed(tx, facts.current, currentServed, at);
  const failingMonitors = failedChecks.length
    ? await tx.run(rollbackPlanQueries.failingMonitors, { checks: failedChecks, at: dateTimeParam(at) })
    : [];
  const evidence = [...facts.alerts.map((a) => a.id), ...facts.failedEvaluations.map((e) => e.id), ...failedChecks];
  const inputs: PlanInputs = {
    system,
    environment,
    current: facts.current,
    currentMove: facts.currentMove,
    target: chosen?.id ?? null,
    evidence,
  };
  const plan: Omit<RollbackPlan, 'summary' | 'id'> = {
    ...inputs,
    asOf: at.toISOString(),
    outcome: chosen ? 'PROPOSED' : 'NO_CANDIDATE',
    currentSince: facts.currentSince,
    candidates,
    earlierReleases: facts.earlierReleases,
    truncated: !chosen && facts.earlierReleases > facts.candidates.length,
    alerts: facts.alerts,
    failedEvaluations: facts.failedEvaluations,
    failedChecks,
    failingComponents,
    effects: [
      ...evaluationEffects(facts.failedEvaluations, chosen),
      ...(await metricEffects(tx, failingMonitors, {
        current: { release: facts.current, served: currentServed },
        target: chosen && { release: chosen.id, served: chosen.served },
        at,
        bucketMs,
      })),
    ],
    approvals: {
      policy: policy.version,
      gated,
      approvalRequired,
      satisfiedBy: targetFacts && approvalRequired ? countingApprovals(targetFacts).map((a) => a.id) : [],
      unmet: targetFacts && approvalRequired ? approvalUnmet(targetFacts) : null,
      executeRoles: ACTIONS['alias.executePlan'],
      reviewRoles: ACTIONS['alias.review'],
    },
  };
  return { ...plan, id: planId(inputs, at), summary: summaryOf(plan) };
}

import type { Tx } from '../../db/database.js';
import { DomainError } from '../errors.js';
import { policyInForce, type PolicyInForce } from './policy.js';
import { policyQueries } from './queries.js';

/** What a promotion policy can require. */
export const REQUIREMENTS = ['approval', 'evaluation', 'drift'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface Unmet {
  requirement: Requirement;
  detail: string;
}

export interface ApprovalFact {
  id: string;
  decision: string;
  approver: string | null;
  createdAt: string;
  retractedAt: string | null;
}

interface EvaluationFact {
  id: string;
  score: number | null;
  passed: boolean | null;
  retractedAt: string | null;
}

interface DriftFact {
  id: string;
  release: string | null;
  reason: string | null;
  createdAt: string;
}

/** What the graph says about one release in one environment: everything a gate decision reads. */
export interface PromotionFacts {
  release: string;
  environment: string;
  author: string | null;
  approvals: ApprovalFact[];
  evaluations: EvaluationFact[];
  openDriftAlerts: DriftFact[];
}

export async function promotionFacts(tx: Tx, system: string, environment: string, release: string): Promise<PromotionFacts> {
  const row = await tx.one(policyQueries.promotionFacts, { system, environment, release });
  return {
    release,
    environment,
    author: row?.author ?? null,
    approvals: row?.approvals ?? [],
    evaluations: row?.evaluations ?? [],
    openDriftAlerts: row?.openDriftAlerts ?? [],
  };
}

/**
 * The approvals that count: APPROVED, still in force, not by the release's own author, and not
 * overturned by a later REJECTED decision for the same environment.
 */
export function countingApprovals(f: PromotionFacts): ApprovalFact[] {
  const rejection = lastRejection(f);
  return decisionsInForce(f).filter((a) => a.decision === 'APPROVED' && (!rejection || a.createdAt > rejection.createdAt));
}

const decisionsInForce = (f: PromotionFacts) => f.approvals.filter((a) => !a.retractedAt && a.approver !== f.author);
const lastRejection = (f: PromotionFacts) =>
  decisionsInForce(f)
    .filter((a) => a.decision === 'REJECTED')
    .at(-1);

export function approvalUnmet(f: PromotionFacts): Unmet | null {
  if (countingApprovals(f).length > 0) return null;
  const rejection = lastRejection(f);
  if (rejection) {
    return {
      requirement: 'approval',
      detail: `${f.release} was REJECTED for ${f.environment} by ${rejection.approver ?? '(unknown)'} (${rejection.id}) and not approved again since`,
    };
  }
  const notes = f.approvals
    .filter((a) => a.decision === 'APPROVED')
    .map((a) => (a.retractedAt ? `${a.id} was retracted at ${a.retractedAt}` : `${a.id} is by the author`));
  return {
    requirement: 'approval',
    detail:
      `no APPROVED approval of ${f.release} for ${f.environment} by an APPROVER other than its author ${f.author ?? '(unknown)'}` +
      (notes.length ? ` (${notes.join('; ')})` : ''),
  };
}

export function evaluationUnmet(f: PromotionFacts, minScore: number | null): Unmet | null {
  const inForce = f.evaluations.filter((e) => !e.retractedAt);
  const passing = inForce.filter((e) => e.passed === true);
  const meeting = passing.filter((e) => minScore === null || (e.score ?? -Infinity) >= minScore);
  if (meeting.length > 0) return null;
  const best = (evs: EvaluationFact[]) => Math.max(...evs.map((e) => e.score ?? -Infinity));
  let why: string;
  if (inForce.length === 0) why = 'none recorded';
  else if (passing.length > 0) why = `best score ${best(passing)} < minScore ${minScore}`;
  else why = `${inForce.length} evaluation(s), none passed its threshold; best score ${best(inForce)}`;
  return { requirement: 'evaluation', detail: `no passing evaluation of ${f.release} (${why})` };
}

const MAX_LISTED_ALERTS = 5;

export function driftUnmet(f: PromotionFacts): Unmet | null {
  const alerts = f.openDriftAlerts;
  if (alerts.length === 0) return null;
  const listed = alerts
    .slice(0, MAX_LISTED_ALERTS)
    .map((a) => `open drift alert ${a.id} since ${a.createdAt}${a.release ? ` on ${a.release}` : ''}: ${a.reason ?? ''}`);
  const more = alerts.length > MAX_LISTED_ALERTS ? `; and ${alerts.length - MAX_LISTED_ALERTS} more` : '';
  return { requirement: 'drift', detail: listed.join('; ') + more };
}

/** Every requirement of the policy the facts do not meet; empty when the environment is not gated. */
export function unmetRequirements(policy: PolicyInForce, f: PromotionFacts): Unmet[] {
  if (!policy.gatedEnvironments.includes(f.environment)) return [];
  return [
    policy.requireApproval ? approvalUnmet(f) : null,
    policy.requirePassingEvaluation ? evaluationUnmet(f, policy.minScore) : null,
    policy.blockOnOpenDriftAlert ? driftUnmet(f) : null,
  ].filter((u): u is Unmet => u !== null);
}

export interface PromotionCheck {
  gated: boolean;
  allowed: boolean;
  unmet: Unmet[];
  policy: PolicyInForce;
}

/** Evaluates the system's policy for moving `environment` to `release`, reading in the caller's transaction. */
export async function checkPromotion(tx: Tx, system: string, environment: string, release: string): Promise<PromotionCheck> {
  const policy = await policyInForce(tx, system, null);
  const gated = policy.gatedEnvironments.includes(environment);
  const unmet = gated ? unmetRequirements(policy, await promotionFacts(tx, system, environment, release)) : [];
  return { gated, allowed: unmet.length === 0, unmet, policy };
}

export function policyViolation(what: string, policy: PolicyInForce, unmet: Unmet[], details: Record<string, unknown> = {}): DomainError {
  const list = unmet.map((u) => `${u.requirement}: ${u.detail}`).join('; ');
  const source = policy.version ?? `the default policy of ${policy.system}`;
  return new DomainError('POLICY_VIOLATION', `${what} is refused by ${source}: ${unmet.length} requirement(s) unmet: ${list}.`, {
    policy: policy.version,
    unmet,
    ...details,
  });
}

/** Refuses (POLICY_VIOLATION, nothing written) a promotion the system's policy does not allow. */
export async function enforcePromotionPolicy(tx: Tx, system: string, environment: string, release: string): Promise<void> {
  const check = await checkPromotion(tx, system, environment, release);
  if (!check.allowed) {
    throw policyViolation(`Promoting ${release} to ${environment}`, check.policy, check.unmet, { release, environment });
  }
}

/**
 * An emergency rollback skips a new approval but may only return to a release that was approved for
 * the environment (by someone other than its author, and not since retracted).
 */
export async function enforceRollbackPolicy(tx: Tx, system: string, environment: string, release: string): Promise<void> {
  const policy = await policyInForce(tx, system, null);
  if (!policy.gatedEnvironments.includes(environment) || !policy.requireApproval) return;
  const unmet = approvalUnmet(await promotionFacts(tx, system, environment, release));
  if (unmet) {
    throw policyViolation(
      `Rolling ${environment} back to ${release} (an emergency rollback may only return to a previously approved release)`,
      policy,
      [unmet],
      {
        release,
        environment,
      },
    );
  }
}

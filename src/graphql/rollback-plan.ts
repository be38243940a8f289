import type { z } from 'zod';
import { diff } from '../domain/diff/service.js';
import { EFFECT_SOURCES, type ExpectedEffect } from '../domain/rollback-plan/effects.js';
import { executeRollbackPlan, executeRollbackPlanInput, type RollbackExecution } from '../domain/rollback-plan/execute.js';
import { REJECTION_CODES, type CandidateVerdict, type Rejection } from '../domain/rollback-plan/verdicts.js';
import { PLAN_OUTCOMES, type PlanApprovals, type RollbackPlan as Plan } from '../domain/rollback-plan/plan.js';
import type { ServedInterval } from '../domain/rollback-plan/queries.js';
import { rollbackPlan } from '../domain/rollback-plan/service.js';
import { Alias, AliasMove } from './aliases.js';
import { Role } from './api-keys.js';
import { Approval } from './approvals.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { DiffRef } from './diff.js';
import { MonitorCheck } from './monitors.js';
import { sameFields } from './input-check.js';
import { nodeRef } from './node-type.js';
import { DriftAlert, PolicyVersion, UnmetRequirement } from './policies.js';
import { Release, System } from './releases.js';
import { EvaluationRun } from './runs.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

export const RollbackPlan = nodeRef(
  'RollbackPlan',
  'A rollback plan that was executed: what it found at its instant, the move that followed it (lineage: the move used it; it was derived from its evidence).',
);

builder.objectFields(RollbackPlan, (t) => ({
  alias: t.field({ type: Alias, resolve: (n) => n.parent }),
  system: t.field({ type: System, resolve: (n) => n.system }),
  environment: t.exposeString('environment'),
  asOf: t.expose('asOf', { type: DateTime, description: 'The instant the plan was asked for.' }),
  currentRelease: t.field({ type: Release, description: 'The release rolled back from.', resolve: (n) => n.currentRelease }),
  targetRelease: t.field({ type: Release, resolve: (n) => n.targetRelease }),
  evidence: t.exposeIDList('evidence', {
    description: 'The open drift alerts, failed evaluations and failed monitor checks it was derived from.',
  }),
  failingComponents: t.exposeIDList('failingComponents'),
  rejected: t.exposeIDList('rejected', { description: 'Earlier releases judged and rejected before the target.' }),
  automatic: t.exposeBoolean('automatic', { description: 'Executed by the system policy when a drift alert opened.' }),
  summary: t.exposeString('summary'),
}));

builder.objectFields(AliasMove, (t) => ({
  rollbackPlan: t.field({ type: RollbackPlan, description: 'The plan this rollback executed, if any.', resolve: (n) => n.rollbackPlan }),
  automatic: t.boolean({
    description: 'A rollback the system policy executed when a drift alert opened (flagged for review like any rollback).',
    resolve: (n) => (n.redacted ? null : Boolean(n.automatic)),
  }),
}));

const Outcome = builder.enumType('RollbackPlanOutcome', {
  values: PLAN_OUTCOMES,
  description: 'PROPOSED: a target qualifies. NO_CANDIDATE: no earlier release qualifies (the candidates say why).',
});
const RejectionCode = builder.enumType('RollbackRejectionCode', { values: REJECTION_CODES });
const EffectSource = builder.enumType('ExpectedEffectSource', { values: EFFECT_SOURCES });

const ServedIntervalRef = builder.objectRef<ServedInterval>('ServedInterval').implement({
  description: 'A time the release served the environment; until is null while it still served at the plan instant.',
  fields: (t) => ({
    since: t.field({ type: DateTime, nullable: false, resolve: (i) => i.since }),
    until: t.field({ type: DateTime, resolve: (i) => i.until }),
  }),
});

const RejectionRef = builder.objectRef<Rejection>('RollbackRejection').implement({
  fields: (t) => ({
    code: t.field({ type: RejectionCode, nullable: false, resolve: (r) => r.code }),
    detail: t.exposeString('detail', { nullable: false }),
    evidence: t.exposeIDList('evidence', { nullable: false, description: 'The nodes that show it.' }),
  }),
});

const CandidateRef = builder.objectRef<CandidateVerdict>('RollbackCandidate').implement({
  description: 'An earlier release the plan judged, and why it was accepted or rejected.',
  fields: (t) => ({
    release: t.field({ type: Release, nullable: false, resolve: (c) => c.release }),
    version: t.exposeInt('version', { nullable: false }),
    accepted: t.exposeBoolean('accepted', { nullable: false }),
    rejections: t.field({ type: [RejectionRef], nullable: false, resolve: (c) => c.rejections }),
    served: t.field({ type: [ServedIntervalRef], nullable: false, resolve: (c) => c.served }),
  }),
});

const EffectRef = builder.objectRef<ExpectedEffect>('ExpectedEffect').implement({
  description: "A failing signal of the current release beside the target's measured value of it.",
  fields: (t) => ({
    signal: t.exposeString('signal', { nullable: false }),
    source: t.field({ type: EffectSource, nullable: false, resolve: (e) => e.source }),
    evidence: t.field({
      type: EvaluationRun,
      description: 'The failed evaluation (source EVALUATION).',
      resolve: (e) => (e.source === 'EVALUATION' ? e.evidence : null),
    }),
    check: t.field({
      type: MonitorCheck,
      description: "The failing monitor's newest failed check (source METRIC).",
      resolve: (e) => (e.source === 'METRIC' ? e.evidence : null),
    }),
    current: t.exposeFloat('current', {
      description: "METRIC: the current release's mean (or rate) since it began serving, from the signal aggregates.",
    }),
    threshold: t.exposeFloat('threshold'),
    target: t.exposeFloat('target', {
      description: 'Null when the target never measured this signal (or, for METRIC, the signal is categorical).',
    }),
    targetMeetsThreshold: t.exposeBoolean('targetMeetsThreshold'),
    measuredBy: t.field({ type: EvaluationRun, resolve: (e) => e.measuredBy }),
    currentSampleSize: t.exposeInt('currentSampleSize', { description: 'METRIC: observations behind current.' }),
    targetSampleSize: t.exposeInt('targetSampleSize', {
      description: 'METRIC: observations behind target (the last time it served).',
    }),
    improves: t.exposeBoolean('improves', {
      description: 'The target is better on this signal than the current release; null when no direction says which is better.',
    }),
  }),
});

const ApprovalsRef = builder.objectRef<PlanApprovals>('RollbackPlanApprovals').implement({
  description: 'What executing the plan requires under the policy in force at its instant.',
  fields: (t) => ({
    policy: t.field({ type: PolicyVersion, description: 'Null while the defaults apply.', resolve: (a) => a.policy }),
    gated: t.exposeBoolean('gated', { nullable: false }),
    approvalRequired: t.exposeBoolean('approvalRequired', {
      nullable: false,
      description: 'The target must be approved for the environment by someone other than its author.',
    }),
    satisfiedBy: t.field({ type: [Approval], nullable: false, resolve: (a) => a.satisfiedBy }),
    unmet: t.field({ type: UnmetRequirement, resolve: (a) => a.unmet }),
    executeRoles: t.field({ type: [Role], nullable: false, resolve: (a) => [...a.executeRoles] }),
    reviewRoles: t.field({
      type: [Role],
      nullable: false,
      description: 'The rollback is flagged; one of these (not whoever executed it) reviews it.',
      resolve: (a) => [...a.reviewRoles],
    }),
  }),
});

const ProposalRef = builder.objectRef<Plan>('RollbackPlanProposal').implement({
  description:
    'A rollback plan computed from the graph as of an instant: the target, every candidate judged, the evidence, the expected effects and the approvals. Its id changes whenever any of its inputs would.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Stable for the same inputs; pass it to executeRollbackPlan.' }),
    system: t.field({ type: System, nullable: false, resolve: (p) => p.system }),
    environment: t.exposeString('environment', { nullable: false }),
    asOf: t.field({ type: DateTime, nullable: false, resolve: (p) => p.asOf }),
    outcome: t.field({ type: Outcome, nullable: false, resolve: (p) => p.outcome }),
    summary: t.exposeString('summary', { nullable: false }),
    current: t.field({ type: Release, nullable: false, description: 'The release serving at asOf.', resolve: (p) => p.current }),
    currentMove: t.field({ type: AliasMove, nullable: false, resolve: (p) => p.currentMove }),
    currentSince: t.field({ type: DateTime, nullable: false, resolve: (p) => p.currentSince }),
    target: t.field({ type: Release, description: 'Null when no candidate qualifies.', resolve: (p) => p.target }),
    candidates: t.field({
      type: [CandidateRef],
      nullable: false,
      description: 'Earlier releases, newest first, judged until one qualified.',
      resolve: (p) => p.candidates,
    }),
    earlierReleases: t.exposeInt('earlierReleases', { nullable: false }),
    truncated: t.exposeBoolean('truncated', {
      nullable: false,
      description: 'No candidate qualified among the newest ones judged, and older releases were not judged.',
    }),
    evidence: t.exposeIDList('evidence', {
      nullable: false,
      description: 'Ids of the alerts, failed evaluations and failed monitor checks below.',
    }),
    alerts: t.field({
      type: [DriftAlert],
      nullable: false,
      description: 'Drift alerts open at asOf on the current release or the whole system.',
      resolve: (p) => p.alerts.map((a) => a.id),
    }),
    failedEvaluations: t.field({
      type: [EvaluationRun],
      nullable: false,
      description: 'Evaluations of the current release, or of a version it pins, that failed their threshold.',
      resolve: (p) => p.failedEvaluations.map((e) => e.id),
    }),
    failingComponents: t.exposeIDList('failingComponents', {
      nullable: false,
      description: 'Pinned versions the failing evidence points at; a candidate pinning one is rejected.',
    }),
    failedChecks: t.field({
      type: [MonitorCheck],
      nullable: false,
      description: "Checks of the current release's monitors that failed since it began serving (newest first).",
      resolve: (p) => p.failedChecks,
    }),
    effects: t.field({ type: [EffectRef], nullable: false, resolve: (p) => p.effects }),
    approvals: t.field({ type: ApprovalsRef, nullable: false, resolve: (p) => p.approvals }),
    diff: t.field({
      type: DiffRef,
      description: 'What rolling back changes: a is the current release, b the target. Null without a target.',
      resolve: (p, _args, ctx) => (p.target ? diff(ctx.domain, p.current, p.target) : null),
    }),
  }),
});

const ExecutionRef = builder.objectRef<RollbackExecution>('RollbackExecution').implement({
  fields: (t) => ({
    plan: t.field({ type: RollbackPlan, nullable: false, resolve: (e) => e.plan }),
    move: t.field({ type: AliasMove, nullable: false, resolve: (e) => e.move }),
  }),
});

const ExecuteRollbackPlanInput = builder.inputType('ExecuteRollbackPlanInput', {
  fields: (t) => ({
    plan: t.id({ required: true, description: 'The id of a plan rollbackPlan proposed.' }),
    reason: t.string({ description: "Why; by default the plan's summary." }),
  }),
});
sameFields<typeof ExecuteRollbackPlanInput.$inferInput, z.input<typeof executeRollbackPlanInput>>(true);

builder.queryFields((t) => ({
  rollbackPlan: t.field({
    type: ProposalRef,
    nullable: false,
    description:
      'Proposes where to roll an environment back to, from the graph as of `asOf`: the newest earlier release that served it, passed its evaluations, had no drift alert while it served (opened by a person or by its monitors) and does not pin what the failing evidence points at.',
    args: {
      system: t.arg.id({ required: true }),
      environment: t.arg.string({ required: true }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    resolve: (_, args, ctx) => rollbackPlan(ctx.domain, args.system, args.environment, args.asOf),
  }),
}));

builder.mutationFields((t) => ({
  executeRollbackPlan: t.field({
    type: ExecutionRef,
    nullable: false,
    description:
      'Executes a rollback plan through the rollback (flagged for review); CONFLICT, nothing written, when the alias moved or the evidence changed since the plan.',
    args: { input: t.arg({ type: ExecuteRollbackPlanInput, required: true }) },
    resolve: (_, { input }, ctx) => executeRollbackPlan(ctx.domain, withoutNulls(input)),
  }),
}));

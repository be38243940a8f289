import type { z } from 'zod';
import { REQUIREMENTS, type PromotionCheck, type Unmet } from '../domain/policies/gate.js';
import { openDriftAlert, resolveDriftAlert, openDriftAlertInput, resolveDriftAlertInput } from '../domain/policies/drift.js';
import { DEFAULT_POLICY, policyIdOf, type PolicyInForce, type PolicySettings } from '../domain/policies/policy.js';
import { getPolicy, promotionCheck, setPolicy, setPolicyInput } from '../domain/policies/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef } from './node-type.js';
import { Release, System } from './releases.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

export const Policy = nodeRef('Policy', 'The promotion policy of one system; each change is a PolicyVersion.');
export const PolicyVersion = nodeRef(
  'PolicyVersion',
  'One version of a system policy: what moving a gated environment requires. Superseded versions stay.',
);
export const DriftAlert = nodeRef(
  'DriftAlert',
  'A signal that a system (or one of its releases) drifted; while open it can block promotion.',
);

const settingsFields = {
  gatedEnvironments: `Environments whose alias moves are gated (default: ${DEFAULT_POLICY.gatedEnvironments.join(', ')}).`,
  requireApproval: 'An APPROVED, unretracted approval of the release for the environment by an APPROVER other than its author.',
  requirePassingEvaluation: 'An evaluation of the release that passed its threshold (and reached minScore when set).',
  minScore: "The system's threshold: a passing evaluation's score must also be at least this.",
  blockOnOpenDriftAlert: 'No unresolved drift alert on the system.',
  autoRollbackOnAlert:
    "Opening a drift alert on a release an alias serves executes that environment's rollback plan, flagged for review (default: off).",
} satisfies Record<keyof PolicySettings, string>;

builder.objectFields(Policy, (t) => ({
  system: t.field({ type: System, resolve: (n) => n.system }),
  versions: t.connection({
    type: PolicyVersion,
    description: 'Every version, newest first.',
    resolve: async (n, args, ctx) => toConnection(await listNodes(ctx.domain, 'PolicyVersion', { ...forwardArgs(args), parent: n.id })),
  }),
}));

builder.objectFields(PolicyVersion, (t) => ({
  version: t.exposeInt('version'),
  system: t.field({ type: System, resolve: (n) => n.system }),
  gatedEnvironments: t.exposeStringList('gatedEnvironments', { description: settingsFields.gatedEnvironments }),
  requireApproval: t.exposeBoolean('requireApproval', { description: settingsFields.requireApproval }),
  requirePassingEvaluation: t.exposeBoolean('requirePassingEvaluation', { description: settingsFields.requirePassingEvaluation }),
  minScore: t.exposeFloat('minScore', { description: settingsFields.minScore }),
  blockOnOpenDriftAlert: t.exposeBoolean('blockOnOpenDriftAlert', { description: settingsFields.blockOnOpenDriftAlert }),
  autoRollbackOnAlert: t.exposeBoolean('autoRollbackOnAlert', { description: settingsFields.autoRollbackOnAlert }),
  reason: t.exposeString('reason'),
  supersededAt: t.expose('supersededAt', { type: DateTime, description: 'When a newer version replaced it; null while in force.' }),
}));

builder.objectFields(DriftAlert, (t) => ({
  system: t.field({ type: System, resolve: (n) => n.system }),
  release: t.field({ type: Release, description: 'The release that drifted, when known.', resolve: (n) => n.release }),
  reason: t.exposeString('reason'),
  open: t.boolean({ resolve: (n) => (n.redacted ? null : !n.resolvedAt) }),
  resolvedAt: t.expose('resolvedAt', { type: DateTime }),
  resolvedBy: t.exposeString('resolvedBy'),
  resolution: t.exposeString('resolution'),
  component: t.exposeID('component', {
    description: 'The pinned version (prompt, model or adapter, retrieval config) the drift points at, when known.',
  }),
}));

const PolicyInForceRef = builder.objectRef<PolicyInForce>('PolicyInForce').implement({
  description: "A system's policy as it applies: the version in force, or the defaults when none was set.",
  fields: (t) => ({
    system: t.field({ type: System, nullable: false, resolve: (p) => p.system }),
    version: t.field({ type: PolicyVersion, description: 'Null while the defaults apply.', resolve: (p) => p.version }),
    isDefault: t.boolean({ nullable: false, resolve: (p) => p.version === null }),
    gatedEnvironments: t.exposeStringList('gatedEnvironments', { nullable: false, description: settingsFields.gatedEnvironments }),
    requireApproval: t.exposeBoolean('requireApproval', { nullable: false, description: settingsFields.requireApproval }),
    requirePassingEvaluation: t.exposeBoolean('requirePassingEvaluation', {
      nullable: false,
      description: settingsFields.requirePassingEvaluation,
    }),
    minScore: t.exposeFloat('minScore', { description: settingsFields.minScore }),
    blockOnOpenDriftAlert: t.exposeBoolean('blockOnOpenDriftAlert', { nullable: false, description: settingsFields.blockOnOpenDriftAlert }),
    autoRollbackOnAlert: t.exposeBoolean('autoRollbackOnAlert', { nullable: false, description: settingsFields.autoRollbackOnAlert }),
  }),
});

const RequirementKind = builder.enumType('PolicyRequirement', { values: REQUIREMENTS });

export const UnmetRequirement = builder.objectRef<Unmet>('UnmetRequirement').implement({
  description: 'One policy requirement a promotion does not meet, and what exactly is missing.',
  fields: (t) => ({
    requirement: t.field({ type: RequirementKind, nullable: false, resolve: (u) => u.requirement }),
    detail: t.exposeString('detail', { nullable: false }),
  }),
});

const PromotionCheckRef = builder.objectRef<PromotionCheck>('PromotionCheck').implement({
  description: 'What promoting a release to an environment would need: a dry run of the gate.',
  fields: (t) => ({
    gated: t.exposeBoolean('gated', { nullable: false }),
    allowed: t.exposeBoolean('allowed', { nullable: false }),
    unmet: t.field({ type: [UnmetRequirement], nullable: false, resolve: (c) => c.unmet }),
    policy: t.field({ type: PolicyInForceRef, nullable: false, resolve: (c) => c.policy }),
  }),
});

const SetPolicyInput = builder.inputType('SetPolicyInput', {
  description: 'The whole policy of a system: omitted settings take their defaults.',
  fields: (t) => ({
    system: t.id({ required: true }),
    gatedEnvironments: t.stringList({ description: settingsFields.gatedEnvironments }),
    requireApproval: t.boolean({ description: settingsFields.requireApproval }),
    requirePassingEvaluation: t.boolean({ description: settingsFields.requirePassingEvaluation }),
    minScore: t.float({ description: settingsFields.minScore }),
    blockOnOpenDriftAlert: t.boolean({ description: settingsFields.blockOnOpenDriftAlert }),
    autoRollbackOnAlert: t.boolean({ description: settingsFields.autoRollbackOnAlert }),
    reason: t.string({ required: true }),
  }),
});
sameFields<typeof SetPolicyInput.$inferInput, z.input<typeof setPolicyInput>>(true);

const OpenDriftAlertInput = builder.inputType('OpenDriftAlertInput', {
  fields: (t) => ({
    system: t.id({ required: true }),
    release: t.id({ description: 'The release that drifted, when known.' }),
    component: t.id({ description: 'The pinned prompt, model (or adapter) or retrieval config version the drift points at, when known.' }),
    reason: t.string({ required: true }),
  }),
});
sameFields<typeof OpenDriftAlertInput.$inferInput, z.input<typeof openDriftAlertInput>>(true);

const ResolveDriftAlertInput = builder.inputType('ResolveDriftAlertInput', {
  fields: (t) => ({ id: t.id({ required: true }), reason: t.string({ required: true }) }),
});
sameFields<typeof ResolveDriftAlertInput.$inferInput, z.input<typeof resolveDriftAlertInput>>(true);

builder.mutationFields((t) => ({
  setPolicy: t.field({
    type: PolicyInForceRef,
    nullable: false,
    description: "Sets a system's promotion policy (ADMIN). The previous version stays, superseded.",
    args: { input: t.arg({ type: SetPolicyInput, required: true }) },
    resolve: (_, { input }, ctx) => setPolicy(ctx.domain, withoutNulls(input)),
  }),
  openDriftAlert: t.field({
    type: DriftAlert,
    nullable: false,
    args: { input: t.arg({ type: OpenDriftAlertInput, required: true }) },
    resolve: (_, { input }, ctx) => openDriftAlert(ctx.domain, withoutNulls(input)),
  }),
  resolveDriftAlert: t.field({
    type: DriftAlert,
    nullable: false,
    args: { input: t.arg({ type: ResolveDriftAlertInput, required: true }) },
    resolve: (_, { input }, ctx) => resolveDriftAlert(ctx.domain, withoutNulls(input)),
  }),
}));

builder.queryFields((t) => ({
  policy: t.field({
    type: PolicyInForceRef,
    nullable: false,
    description: 'The policy in force for a system at `asOf` (default: now).',
    args: { system: t.arg.id({ required: true }), asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }) },
    resolve: (_, args, ctx) => getPolicy(ctx.domain, args.system, args.asOf),
  }),
  policyHistory: t.connection({
    type: PolicyVersion,
    nullable: false,
    description: "Every version of a system's policy, newest first.",
    args: { system: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'PolicyVersion', { ...forwardArgs(args), parent: policyIdOf(args.system) })),
  }),
  promotionCheck: t.field({
    type: PromotionCheckRef,
    nullable: false,
    description: 'What promoting `release` to `environment` would need that is missing, without moving anything.',
    args: { system: t.arg.id({ required: true }), environment: t.arg.string({ required: true }), release: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => promotionCheck(ctx.domain, args),
  }),
  driftAlerts: t.connection({
    type: DriftAlert,
    nullable: false,
    description: "A system's drift alerts, newest first.",
    args: { system: t.arg.id({ required: true }), openOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: async (_, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'DriftAlert', {
          ...forwardArgs(args),
          parent: args.system,
          filters: args.openOnly ? [{ property: 'open', value: true }] : [],
        }),
      ),
  }),
}));

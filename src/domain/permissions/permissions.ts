import { forbidden } from '../errors.js';
import type { Principal, Role } from './principal.js';

/**
 * Who may do what: every write the API can make (named as the audit trail records it) and every kind
 * of read. Reads are further narrowed by clearance (see redaction.ts). docs/access-control.md is
 * generated from this table (`npm run docs:access`) and a test fails when the two differ.
 */
export const ACTIONS = {
  // Reads
  'catalog.read': ['VIEWER', 'ANALYST', 'ENGINEER', 'APPROVER', 'AUDITOR', 'ADMIN'],
  'lineage.read': ['VIEWER', 'ANALYST', 'ENGINEER', 'APPROVER', 'AUDITOR', 'ADMIN'],
  'audit.read': ['AUDITOR', 'ADMIN'],
  'apikey.read': ['ADMIN'],
  // Writes
  'artifact.register': ['ENGINEER', 'ADMIN'],
  'version.register': ['ENGINEER', 'ADMIN'],
  'release.create': ['ENGINEER', 'ADMIN'],
  'alias.promote': ['ENGINEER', 'ADMIN'],
  'alias.rollback': ['ENGINEER', 'ADMIN'],
  // Executing a rollback plan is a rollback: the same roles.
  'alias.executePlan': ['ENGINEER', 'ADMIN'],
  'run.training': ['ENGINEER', 'ADMIN'],
  'run.evaluation': ['ENGINEER', 'ADMIN'],
  'invocation.record': ['ENGINEER', 'ADMIN'],
  'signal.define': ['ENGINEER', 'ADMIN'],
  'score.record': ['ENGINEER', 'ADMIN'],
  'kpi.record': ['ENGINEER', 'ADMIN'],
  'openlineage.ingest': ['ENGINEER', 'ADMIN'],
  'openlineage.bind': ['ENGINEER', 'ADMIN'],
  'openlineage.classify': ['ADMIN'],
  'agent.register': ['ADMIN'],
  'usecase.register': ['ANALYST', 'ENGINEER', 'ADMIN'],
  'recommendation.record': ['ANALYST', 'ENGINEER', 'ADMIN'],
  'strategy.decide': ['APPROVER', 'ADMIN'],
  'approval.record': ['APPROVER', 'ADMIN'],
  'node.retract': ['ENGINEER', 'ADMIN'],
  'alias.review': ['APPROVER', 'ADMIN'],
  'policy.set': ['ADMIN'],
  'drift.open': ['ENGINEER', 'ADMIN'],
  'drift.resolve': ['ENGINEER', 'ADMIN'],
  'monitor.define': ['ENGINEER', 'ADMIN'],
  'monitor.run': ['ENGINEER', 'ADMIN'],
  'webhook.configure': ['ADMIN'],
  'webhook.deliver': ['ENGINEER', 'ADMIN'],
  'apikey.create': ['ADMIN'],
  'apikey.revoke': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export function isAllowed(principal: Principal, action: Action): boolean {
  const allowed: readonly Role[] = ACTIONS[action];
  return principal.roles.some((r) => allowed.includes(r));
}

export function authorize(principal: Principal, action: Action): void {
  if (!isAllowed(principal, action)) {
    throw forbidden(
      `${principal.id} (roles: ${principal.roles.join(', ') || 'none'}) may not ${action}; it needs one of: ${ACTIONS[action].join(', ')}.`,
      {
        action,
        required: ACTIONS[action],
      },
    );
  }
}

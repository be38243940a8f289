import { forbidden } from '../errors.js';
import type { Principal, Role } from './principal.js';

/** Every write the API can make, named as the audit trail records it. */
export const ACTIONS = {
  'artifact.register': ['ENGINEER', 'ADMIN'],
  'version.register': ['ENGINEER', 'ADMIN'],
  'release.create': ['ENGINEER', 'ADMIN'],
  'alias.promote': ['ENGINEER', 'ADMIN'],
  'alias.rollback': ['ENGINEER', 'ADMIN'],
  'run.training': ['ENGINEER', 'ADMIN'],
  'run.evaluation': ['ENGINEER', 'ADMIN'],
  'invocation.record': ['ENGINEER', 'ADMIN'],
  'agent.register': ['ADMIN'],
  'usecase.register': ['ANALYST', 'ENGINEER', 'ADMIN'],
  'approval.record': ['APPROVER', 'ADMIN'],
  'node.retract': ['ENGINEER', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export function isAllowed(principal: Principal, action: Action): boolean {
  const allowed: readonly Role[] = ACTIONS[action];
  return principal.roles.some((r) => allowed.includes(r));
}

export function authorize(principal: Principal, action: Action): void {
  if (!isAllowed(principal, action)) {
    throw forbidden(`${principal.id} (roles: ${principal.roles.join(', ') || 'none'}) may not ${action}; it needs one of: ${ACTIONS[action].join(', ')}.`, {
      action,
      required: ACTIONS[action],
    });
  }
}

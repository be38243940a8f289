import { CLASSIFICATIONS } from '../../config.js';

export const ROLES = ['VIEWER', 'ANALYST', 'ENGINEER', 'APPROVER', 'AUDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export { CLASSIFICATIONS };
export type Classification = (typeof CLASSIFICATIONS)[number];
/** What a record, a document or an API key is classified (or cleared) as when nobody says. */
export const DEFAULT_CLASSIFICATION: Classification = 'INTERNAL';

/** Who is acting: a person, a service account, or the process itself (seed, migrations). */
export interface Principal {
  id: string;
  roles: Role[];
  clearance: Classification;
  via: 'api-key' | 'jwt' | 'local' | 'system';
  /** The credential that authenticated it (an API key id, or the token's issuer), for logs. */
  credential?: string;
}

export const classificationRank = (c: Classification): number => CLASSIFICATIONS.indexOf(c);

/**
 * Whether a principal is cleared for a level: absent is PUBLIC, a value that is no classification
 * fails closed. The level comparison under the clearance rule (clearance.ts), which reads a node's level.
 */
export function canSee(principal: Principal, classification: Classification | null | undefined): boolean {
  const rank = classificationRank(classification ?? 'PUBLIC');
  return rank >= 0 && rank <= classificationRank(principal.clearance);
}

/** The process acting on its own behalf (seed loading, start-up tasks). */
export function systemPrincipal(id = 'service:provenant'): Principal {
  return { id, roles: ['ADMIN'], clearance: 'RESTRICTED', via: 'system' };
}

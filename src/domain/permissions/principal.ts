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

export function canSee(principal: Principal, classification: Classification | null | undefined): boolean {
  return classificationRank(classification ?? 'PUBLIC') <= classificationRank(principal.clearance);
}

/** The process acting on its own behalf (seed loading, start-up tasks). */
export function systemPrincipal(id = 'service:provenant'): Principal {
  return { id, roles: ['ADMIN'], clearance: 'RESTRICTED', via: 'system' };
}

import type { Row } from '../../db/named-query.js';
import type { Classification, Role } from '../permissions/principal.js';

/** A stored key as clients see it: never its hash. */
export interface ApiKeyRecord extends Row {
  id: string;
  principal: string;
  roles: Role[];
  clearance: Classification;
  description: string | null;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

import type { Limits } from '../config.js';
import type { Database } from '../db/database.js';
import type { Principal } from './permissions/principal.js';
import type { ProvNamespace } from './prov/model.js';

/** The bounds every domain operation reads; declared once, with the configuration that sets them. */
export type { Limits };

/** What every domain operation needs: the database, who is acting, the clock, and the request's correlation id. */
export interface DomainContext {
  db: Database;
  principal: Principal;
  now: () => Date;
  requestId: string;
  limits: Limits;
  /** The namespace PROV exports put ids under (config); the documented default when absent. */
  prov?: ProvNamespace;
}

import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { DomainContext } from '../domain/context.js';
import type { Principal } from '../domain/permissions/principal.js';
import { requestIdOf } from './request-id.js';

/** What every request's DomainContext is made of, beside who is asking. */
export interface ContextDeps {
  db: Database;
  config: Config;
  now: () => Date;
}

export type ContextFor = (principal: Principal, request: Request) => DomainContext;

/**
 * The one place a request's DomainContext is built, for GraphQL and the plain HTTP routes alike:
 * a field DomainContext gains is filled here.
 */
export function domainContextFor(deps: ContextDeps): ContextFor {
  const { db, now } = deps;
  const { limits, prov } = deps.config;
  return (principal, request) => ({ db, principal, now, requestId: requestIdOf(request), limits, prov });
}

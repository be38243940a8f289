import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { DomainContext, Services } from '../domain/context.js';
import type { Principal } from '../domain/permissions/principal.js';
import { requestIdOf } from './request-id.js';

/** What every request's DomainContext is made of, beside who is asking. */
export interface ContextDeps {
  db: Database;
  config: Config;
  /** The chat model and the embedder (src/domain/services.ts). */
  services: Pick<Services, 'llm' | 'embedder'>;
  now: () => Date;
}

export type ContextFor = (principal: Principal, request: Request) => DomainContext;

/**
 * The one place a request's DomainContext is built, for GraphQL and the plain HTTP routes alike:
 * a field DomainContext gains is filled here.
 */
export function domainContextFor(deps: ContextDeps): ContextFor {
  const { db, now, services } = deps;
  const { limits, prov } = deps.config;
  // Services read per request, not once: tests swap the model on a running app.
  return (principal, request) => ({
    db,
    llm: services.llm,
    embedder: services.embedder,
    principal,
    now,
    requestId: requestIdOf(request),
    limits,
    prov,
  });
}

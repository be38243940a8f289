import type { DomainContext } from '../domain/context.js';

/** Per-request GraphQL context: the domain context every resolver hands to a service. */
export interface GraphQLContext {
  domain: DomainContext;
}

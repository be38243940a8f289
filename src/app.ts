import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import type { GraphQLContext } from './context.js';
import type { Database } from './db/database.js';
import { systemPrincipal, type Principal } from './domain/auth/principal.js';
import { DomainError } from './domain/errors.js';
import { schema } from './graphql/index.js';
import { logger } from './logger.js';

export interface AppDeps {
  db: Database;
  config: Config;
  /** Who is calling; throws a DomainError (UNAUTHENTICATED) to refuse. */
  authenticate?: (request: Request) => Promise<Principal>;
  now?: () => Date;
}

/** Expected failures keep their code and message; anything else is masked and logged under a correlation id. */
export function maskError(error: unknown, requestId: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, ...original.details },
    });
  }
  if (error instanceof GraphQLError && !error.originalError) {
    // Parse and validation errors from graphql-js: the client sent a malformed operation.
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      positions: error.positions,
      path: error.path,
      extensions: { code: (error.extensions?.code as string | undefined) ?? 'VALIDATION' },
    });
  }
  const correlationId = randomUUID();
  logger.error('unexpected error', { correlationId, requestId, error: original instanceof Error ? original.stack : String(original) });
  return new GraphQLError(`Unexpected error; quote correlation id ${correlationId} when reporting it.`, {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL', correlationId },
  });
}

export function createApp(deps: AppDeps): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const authenticate = deps.authenticate ?? (async () => systemPrincipal('person:local'));
  const now = deps.now ?? (() => new Date());
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Provenant' },
    logging: false,
    maskedErrors: {
      maskError: (error) => maskError(error, 'n/a'),
    },
    context: async ({ request }) => ({
      domain: {
        db: deps.db,
        principal: await authenticate(request),
        now,
        requestId: request.headers.get('x-request-id')?.slice(0, 100) || randomUUID(),
        limits: deps.config.limits,
      },
    }),
  });
}

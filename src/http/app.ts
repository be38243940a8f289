import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useRejectionLog } from './rejection-log-plugin.js';
import type { Config } from '../config.js';
import type { Services } from '../domain/context.js';
import { corsPolicy } from './cors.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Database } from '../db/database.js';
import { createAuthenticator } from '../domain/authentication/authenticate.js';
import type { Principal } from '../domain/permissions/principal.js';
import { DomainError, fromDatabaseError } from '../domain/errors.js';
import { domainContextFor } from './domain-context.js';
import { graphiqlAtGraphqlPath, renderProvenantGraphiQL } from './graphiql.js';
import { useRequestGuards } from './guard-plugin.js';
import { GRAPHQL_PATH } from './open-paths.js';
import type { RateLimiter } from './rate-limit.js';
import { principalOf, RequestGuard } from './request-guard.js';
import { schema } from '../graphql/index.js';
import { useHttpRoutes } from './routes.js';
import { logger } from '../logger.js';
import { useObservability } from './observability-plugin.js';
import { metrics } from '../observability/metrics.js';

/**
 * yoga answers 200, before any plugin runs, to every request whose URL ends with its health-check
 * endpoint ("/health" unless told otherwise: "/anything/health" and "/graphql?x=/health" too), and has
 * no switch to turn that off. So it gets an endpoint no request URL ends with: Node's HTTP parser
 * ends a request target at a space, and a parsed URL drops trailing spaces. The health paths are the
 * ones declared in open-paths.ts, answered by handler.ts.
 */
const NO_YOGA_HEALTH_CHECK = ' ';

export interface AppDeps {
  db: Database;
  config: Config;
  /** The chat model and the embedder every request's context carries (src/domain/services.ts). */
  services: Pick<Services, 'llm' | 'embedder'>;
  /** Who is calling; throws a DomainError (UNAUTHENTICATED) to refuse. */
  authenticate?: (request: Request) => Promise<Principal>;
  now?: () => Date;
  /** Replaces the per-principal rate limiter built from config (tests use a fake clock). */
  limiter?: RateLimiter;
  /** The output GraphiQL's example query asks about (tests load the demo under a key prefix). */
  graphiqlExampleOutput?: string;
}

/** Expected failures keep their code and message; anything else is masked and logged under a correlation id. */
export function maskError(error: unknown): Error {
  const raw = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const original = fromDatabaseError(raw) ?? raw;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, ...original.details, ...httpOf(original) },
    });
  }
  if (error instanceof GraphQLError && (!error.originalError || (error.originalError instanceof GraphQLError && !error.path))) {
    // Parse, validation and variable-coercion errors from graphql-js (a coercion error wraps the
    // scalar's own GraphQLError and, raised before execution, has no path): the client sent a
    // malformed operation or variables. A GraphQLError thrown inside a resolver is still masked.
    const inner = error.originalError as GraphQLError | undefined;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      positions: error.positions,
      path: error.path,
      extensions: {
        code: (error.extensions?.code as string | undefined) ?? (inner?.extensions?.code as string | undefined) ?? 'VALIDATION',
        // yoga's own status for the refusal (400 for a bad request, 405 for a mutation over GET).
        ...(error.extensions?.http ? { http: error.extensions.http } : {}),
      },
    });
  }
  const correlationId = randomUUID();
  logger.error('unexpected error', { correlationId, error: original instanceof Error ? original.stack : String(original) });
  return new GraphQLError(`Unexpected error; quote correlation id ${correlationId} when reporting it.`, {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL', correlationId },
  });
}

function headerAuthenticator(deps: AppDeps): (request: Request) => Promise<Principal> {
  const fromHeader = createAuthenticator({ db: deps.db, config: deps.config });
  return (request) => fromHeader(request.headers.get('authorization'));
}

/** Refusals at the HTTP boundary keep their HTTP status (yoga sets it from `extensions.http` and strips that from the body). */
function httpOf(error: DomainError): { http?: { status: number; headers?: Record<string, string> } } {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } };
    case 'RATE_LIMITED':
      return { http: { status: 429, headers: { 'retry-after': String(error.details.retryAfterSeconds ?? 1) } } };
    case 'PAYLOAD_TOO_LARGE':
      // The rest of the body is not read: the connection cannot be reused.
      return { http: { status: 413, headers: { connection: 'close' } } };
    case 'BAD_REQUEST':
      return { http: { status: 400 } };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { http: { status: 415 } };
    case 'UNAVAILABLE':
      return { http: { status: 503, headers: { 'retry-after': String(error.details.retryAfterSeconds ?? 5) } } };
    default:
      return {};
  }
}

export function createApp(deps: AppDeps): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const authenticate = deps.authenticate ?? headerAuthenticator(deps);
  const guard = new RequestGuard(authenticate, deps.config.requestLimits, deps.limiter);
  const contextFor = domainContextFor({ db: deps.db, config: deps.config, services: deps.services, now: deps.now ?? (() => new Date()) });
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: NO_YOGA_HEALTH_CHECK,
    landingPage: false,
    graphiql: graphiqlAtGraphqlPath(deps.graphiqlExampleOutput),
    renderGraphiQL: renderProvenantGraphiQL,
    cors: corsPolicy(deps.config.corsOrigins),
    logging: false,
    // The guard refuses every body but JSON (GRAPHQL_ROUTE): no request needs yoga's multipart parser looking at it.
    multipart: false,
    plugins: [
      useHttpRoutes({ guard, contextFor, maxBodyBytes: deps.config.requestLimits.maxBodyBytes }),
      useRequestGuards({ guard, limits: deps.config.requestLimits, bounds: deps.config.limits, schema }),
      useRejectionLog(),
      useObservability(metrics),
    ],
    maskedErrors: {
      maskError: (error) => maskError(error),
    },
    context: ({ request }) => {
      const principal = principalOf(request);
      // Every GraphQL request passes the guard before its body is parsed; one that did not is a bug, not a caller.
      if (!principal) throw new Error('a GraphQL request reached execution without passing the request guard');
      return { domain: contextFor(principal, request) };
    },
  });
}

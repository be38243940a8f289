import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Principal } from '../domain/permissions/principal.js';
import type { DomainContext, Services } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { RateLimiter } from './rate-limit.js';
import { OPENLINEAGE_BATCH_PATH, OPENLINEAGE_PATH, postLineage } from './openlineage.js';
import { PROV_PATHS, getProv } from './prov.js';
import { errorResponse } from './respond.js';

export interface RouteDeps {
  services: Pick<Services, 'llm' | 'embedder'>;
  db: Database;
  config: Config;
  authenticate: (request: Request) => Promise<Principal>;
  now: () => Date;
  /** The per-principal limiter (tests pass a fake clock); one built from config otherwise. */
  limiter?: RateLimiter;
}

/**
 * The same refusals as the GraphQL guard, in the same order: too many refused credentials from one
 * client address (429, even for a good key), a bad credential (401), too many requests from one
 * principal (429). The buckets are this surface's own: a client has this budget here and the same
 * again on /graphql.
 */
function httpGuard(deps: RouteDeps): (request: Request, client: string) => Promise<Principal> {
  const limits = deps.config.requestLimits;
  const limiter = deps.limiter ?? new RateLimiter(limits.ratePerSecond, limits.rateBurst);
  const failures = new RateLimiter(limits.authFailuresPerMinute / 60, Math.max(1, limits.authFailuresPerMinute));
  return async (request, client) => {
    const wait = failures.wait(client);
    if (wait > 0)
      throw new DomainError('RATE_LIMITED', `Too many refused credentials from ${client}; retry in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
    let principal: Principal;
    try {
      principal = await deps.authenticate(request);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') failures.take(client);
      throw err;
    }
    const retryAfter = limiter.take(principal.id);
    if (retryAfter > 0)
      throw new DomainError('RATE_LIMITED', `Too many requests from ${principal.id}; retry in ${retryAfter} s.`, {
        retryAfterSeconds: retryAfter,
      });
    return principal;
  };
}

type Handler = (ctx: DomainContext, request: Request, url: URL) => Promise<Response>;

/**
 * The plain HTTP routes beside GraphQL: OpenLineage ingestion and PROV downloads. They authenticate
 * with the same credentials and run the same domain functions (so permissions, validation, the write
 * path and redaction are the GraphQL API's); anything else falls through to GraphQL.
 */
export function useHttpRoutes(deps: RouteDeps): Plugin {
  const maxBody = deps.config.requestLimits.maxBodyBytes;
  const guard = httpGuard(deps);
  const routes: Record<string, { method: string; handle: Handler }> = {
    [OPENLINEAGE_PATH]: { method: 'POST', handle: (ctx, request) => postLineage(ctx, request, 'single', maxBody) },
    [OPENLINEAGE_BATCH_PATH]: { method: 'POST', handle: (ctx, request) => postLineage(ctx, request, 'batch', maxBody) },
    ...Object.fromEntries(
      PROV_PATHS.map((path) => [path, { method: 'GET', handle: (ctx: DomainContext, _r: Request, url: URL) => getProv(ctx, path, url) }]),
    ),
  };
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const path = url.pathname.replace(/\/+$/, '') || '/';
      const route = routes[path];
      if (!route) return;
      const client =
        (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress ?? 'in-process';
      endResponse(await handle(deps, route, request, url, () => guard(request, client)));
    },
  };
}

async function handle(
  deps: RouteDeps,
  route: { method: string; handle: Handler },
  request: Request,
  url: URL,
  authenticate: () => Promise<Principal>,
): Promise<Response> {
  try {
    if (request.method !== route.method) {
      return new Response(JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: `Use ${route.method} on ${url.pathname}.` } }), {
        status: 405,
        headers: { allow: route.method, 'content-type': 'application/json; charset=utf-8' },
      });
    }
    const principal = await authenticate();
    const ctx: DomainContext = {
      db: deps.db,
      llm: deps.services.llm,
      embedder: deps.services.embedder,
      principal,
      now: deps.now,
      requestId: request.headers.get('x-request-id')?.slice(0, 100) || randomUUID(),
      limits: deps.config.limits,
      prov: deps.config.prov,
    };
    return await route.handle(ctx, request, url);
  } catch (err) {
    return errorResponse(err instanceof Error || err instanceof DomainError ? err : new Error(String(err)));
  }
}

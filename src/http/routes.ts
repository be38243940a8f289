import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Principal } from '../domain/auth/principal.js';
import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { OPENLINEAGE_BATCH_PATH, OPENLINEAGE_PATH, postLineage } from './openlineage.js';
import { PROV_PATHS, getProv } from './prov.js';
import { errorResponse } from './respond.js';

export interface RouteDeps {
  db: Database;
  config: Config;
  authenticate: (request: Request) => Promise<Principal>;
  now: () => Date;
}

type Handler = (ctx: DomainContext, request: Request, url: URL) => Promise<Response>;

/**
 * The plain HTTP routes beside GraphQL: OpenLineage ingestion and PROV downloads. They authenticate
 * with the same credentials and run the same domain functions (so permissions, validation, the write
 * path and redaction are the GraphQL API's); anything else falls through to GraphQL.
 */
export function useHttpRoutes(deps: RouteDeps): Plugin {
  const maxBody = deps.config.requestLimits.maxBodyBytes;
  const routes: Record<string, { method: string; handle: Handler }> = {
    [OPENLINEAGE_PATH]: { method: 'POST', handle: (ctx, request) => postLineage(ctx, request, 'single', maxBody) },
    [OPENLINEAGE_BATCH_PATH]: { method: 'POST', handle: (ctx, request) => postLineage(ctx, request, 'batch', maxBody) },
    ...Object.fromEntries(PROV_PATHS.map((path) => [path, { method: 'GET', handle: (ctx: DomainContext, _r: Request, url: URL) => getProv(ctx, path, url) }])),
  };
  return {
    async onRequest({ request, url, endResponse }) {
      const path = url.pathname.replace(/\/+$/, '') || '/';
      const route = routes[path];
      if (!route) return;
      endResponse(await handle(deps, route, request, url));
    },
  };
}

async function handle(deps: RouteDeps, route: { method: string; handle: Handler }, request: Request, url: URL): Promise<Response> {
  try {
    if (request.method !== route.method) {
      return new Response(JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: `Use ${route.method} on ${url.pathname}.` } }), {
        status: 405,
        headers: { allow: route.method, 'content-type': 'application/json; charset=utf-8' },
      });
    }
    const principal = await deps.authenticate(request);
    const ctx: DomainContext = {
      db: deps.db,
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

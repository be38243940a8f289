import type { Plugin } from 'graphql-yoga';
import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { currentScope } from '../observability/request-scope.js';
import type { ContextFor } from './domain-context.js';
import { getMonitorStatus, MONITOR_STATUS_PATH } from './monitor-status.js';
import { OPENLINEAGE_BATCH_PATH, OPENLINEAGE_PATH, postLineage } from './openlineage.js';
import { GRAPHQL_PATH } from './open-paths.js';
import { PROV_PATHS, getProv } from './prov.js';
import type { GuardedRoute, RequestGuard } from './request-guard.js';
import { errorResponse, jsonResponse } from './respond.js';

export interface RouteDeps {
  guard: RequestGuard;
  contextFor: ContextFor;
  maxBodyBytes: number;
}

/** A plain HTTP route: its method, what the guard checks before its handler, and the handler. */
export interface PlainRoute extends GuardedRoute {
  method: 'GET' | 'POST';
  handle: (ctx: DomainContext, request: Request, url: URL) => Promise<Response>;
}

const NO_BODY = { bodyTypes: new Set<string>(), bodyHint: 'Send no body' };
const LINEAGE_EVENTS = { bodyTypes: new Set(['application/json']), bodyHint: 'Send the event as Content-Type: application/json' };

/** The plain HTTP routes beside GraphQL, by path: OpenLineage ingestion, PROV downloads and the monitors' status. */
export function plainRoutes(maxBodyBytes: number): ReadonlyMap<string, PlainRoute> {
  const lineage = (form: 'single' | 'batch'): PlainRoute => ({
    method: 'POST',
    action: 'openlineage.ingest',
    ...LINEAGE_EVENTS,
    handle: (ctx, request) => postLineage(ctx, request, form, maxBodyBytes),
  });
  return new Map<string, PlainRoute>([
    [OPENLINEAGE_PATH, lineage('single')],
    [OPENLINEAGE_BATCH_PATH, lineage('batch')],
    ...PROV_PATHS.map((path): [string, PlainRoute] => [
      path,
      { method: 'GET', action: 'lineage.read', ...NO_BODY, handle: (ctx, _request, url) => getProv(ctx, path, url) },
    ]),
    [
      MONITOR_STATUS_PATH,
      { method: 'GET', action: 'catalog.read', ...NO_BODY, handle: (ctx, _request, url) => getMonitorStatus(ctx, url) },
    ],
  ]);
}

/**
 * Every path but /graphql (which yoga serves after the same guard, see guard-plugin.ts) and the open
 * ones yoga answers before any plugin (GraphiQL, CORS preflights; see open-paths.ts): the request
 * guard first, then the route's method, role and body, then its handler, which runs the same domain
 * functions as GraphQL (so permissions, validation, the write path and redaction are the GraphQL
 * API's). A path that is no route is 404, to an authenticated caller only.
 */
export function useHttpRoutes(deps: RouteDeps): Plugin {
  const routes = plainRoutes(deps.maxBodyBytes);
  return {
    onRequest({ request, url, endResponse, serverContext }) {
      // The common case, read from the URL string without parsing it (yoga parses it only when a hook reads `url`).
      if (isGraphqlUrl(request.url)) return;
      const path = url.pathname.replace(/\/+$/, '') || '/';
      if (path === GRAPHQL_PATH) return;
      return serve(deps, path, routes.get(path), request, url, serverContext).then(endResponse);
    },
  };
}

const AUTHORITY_ENDS = /[?#\\]/;

/** Whether an absolute URL's path is exactly GRAPHQL_PATH with no query ("http://host:port/graphql"); false means "parse it". */
function isGraphqlUrl(href: string): boolean {
  const pathStart = href.indexOf('/', href.indexOf('://') + 3);
  return (
    pathStart > 0 &&
    href.length - pathStart === GRAPHQL_PATH.length &&
    href.endsWith(GRAPHQL_PATH) &&
    // A Host header holding "?", "#" or "\\" would end the authority earlier for the URL parser.
    !AUTHORITY_ENDS.test(href.slice(0, pathStart))
  );
}

async function serve(
  deps: RouteDeps,
  path: string,
  route: PlainRoute | undefined,
  request: Request,
  url: URL,
  serverContext: unknown,
): Promise<Response> {
  let leave: (() => void) | undefined;
  try {
    const principal = await deps.guard.identify(request, serverContext);
    const scope = currentScope();
    if (scope) scope.principal = principal.id;
    if (!route) {
      throw new DomainError('NOT_FOUND', `Nothing is served at ${path.slice(0, 200)}: the API is ${GRAPHQL_PATH}.`, {
        path: path.slice(0, 200),
      });
    }
    if (request.method !== route.method) {
      return jsonResponse(
        405,
        { error: { code: 'METHOD_NOT_ALLOWED', message: `Use ${route.method} on ${path}.` } },
        { allow: route.method },
      );
    }
    leave = deps.guard.enter(request, principal, route);
    const body = deps.guard.bodyNeedsCounting(request) ? await deps.guard.countedBody(request) : request;
    return await route.handle(deps.contextFor(principal, request), body, url);
  } catch (err) {
    return errorResponse(err);
  } finally {
    leave?.();
  }
}

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import type { Database } from '../db/database.js';
import type { Metrics } from '../observability/metrics.js';
import { withRequestScope, type RequestScope } from '../observability/request-scope.js';
import { TRACER_NAME, tracingActive } from '../observability/tracing.js';
import { recordWhenDone, type Route } from './access-log.js';
import { isConsoleRequest, serveConsole } from './console-route.js';
import { answerLive, answerReady } from './health.js';
import { answerMetrics, type MetricsAccess, publicMetricsEnabled } from './metrics-endpoint.js';
import { GRAPHQL_PATH, LIVE_PATHS, METRICS_PATH, READY_PATHS } from './open-paths.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';

export interface HttpHandlerDeps {
  /** The GraphQL app (graphql-yoga), which also serves GraphiQL. */
  yoga: (req: IncomingMessage, res: ServerResponse) => unknown;
  db: Pick<Database, 'ready'>;
  metrics: Metrics;
  metricsAccess?: MetricsAccess;
}

function routeOf(path: string, metricsHere: boolean): Route {
  if (LIVE_PATHS.has(path) || READY_PATHS.has(path)) return 'health';
  if (metricsHere && path === METRICS_PATH) return 'metrics';
  return path === GRAPHQL_PATH ? 'graphql' : 'other';
}

/**
 * Every request: an id (the client's x-request-id, else a new one) echoed on the response, a span,
 * an access-log line and request metrics; then health, metrics or the GraphQL app.
 */
function instrumented(deps: HttpHandlerDeps, metricsHere: boolean, token: string | undefined, rest: RequestListener): RequestListener {
  const tracer = trace.getTracer(TRACER_NAME);
  return (req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const path = (req.url ?? '/').split('?')[0];
    const route = routeOf(path, metricsHere);
    const scope: RequestScope = { requestId, rows: 0, queries: 0 };
    recordWhenDone(req, res, scope, route, deps.metrics);
    const serve = () => {
      if (route === 'health') {
        return LIVE_PATHS.has(path) ? answerLive(res) : void answerReady(res, () => deps.db.ready());
      }
      if (route === 'metrics') return void answerMetrics(req, res, deps.metrics, token);
      return rest(req, res);
    };
    // Without a tracer provider a span is a no-op: none is made (nor its context) on every request.
    if (!tracingActive()) return withRequestScope(scope, serve);
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      // Span names stay bounded: a path a client made up is not one.
      route === 'other' ? (req.method ?? 'GET') : `${req.method ?? 'GET'} ${path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method ?? '', 'url.path': path.slice(0, 200), 'provenant.request_id': requestId },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (scope.outcome) span.setAttribute('provenant.outcome', scope.outcome);
      span.setAttribute('provenant.rows', scope.rows);
      span.end();
    });
    withRequestScope(scope, () => context.with(trace.setSpan(parent, span), serve));
  };
}

/** The public port: health probes, /metrics when a token guards it, the console's static files at /ui, everything else to the GraphQL app. */
export function createHttpHandler(deps: HttpHandlerDeps): RequestListener {
  const access = deps.metricsAccess ?? {};
  return instrumented(deps, publicMetricsEnabled(access), access.token, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    return isConsoleRequest(req.method, path) ? serveConsole(req, res, path) : void deps.yoga(req, res);
  });
}

/** The separate metrics port (PROVENANT_METRICS_PORT): /metrics and the health probes, nothing else. */
export function createMetricsHandler(deps: Omit<HttpHandlerDeps, 'yoga'>): RequestListener {
  return instrumented({ ...deps, yoga: () => undefined }, true, deps.metricsAccess?.token, (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('this port serves /metrics and the health probes only');
  });
}

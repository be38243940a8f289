import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { RequestScope } from '../observability/request-scope.js';

/** The route label of a path: a bounded set, whatever the client asks for. */
export type Route = 'graphql' | 'health' | 'metrics' | 'other';

/**
 * When the response is sent: one JSON access-log line (request id, principal, operation, outcome,
 * status, duration, rows) and the HTTP request metrics. Health probes log at debug level.
 */
export function recordWhenDone(req: IncomingMessage, res: ServerResponse, scope: RequestScope, route: Route, metrics: Metrics): void {
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = res.headersSent ? res.statusCode : 499;
    metrics.perRequest.httpRequests.at(route, String(status)).inc();
    metrics.perRequest.httpDuration.at(route).observe(seconds);
    const level = route === 'health' ? 'debug' : 'info';
    if (!logger.enabled(level)) return;
    logger[level]('request', {
      requestId: scope.requestId,
      method: req.method,
      path: (req.url ?? '/').split('?')[0].slice(0, 200),
      status,
      principal: scope.principal ?? null,
      operation: scope.operation ?? null,
      outcome: scope.outcome ?? (status < 400 ? 'OK' : `HTTP_${status}`),
      durationMs: Math.round(seconds * 1e4) / 10,
      rows: scope.rows,
      queries: scope.queries,
    });
  });
}

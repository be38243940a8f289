import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../observability/metrics.js';

export { METRICS_PATH } from './open-paths.js';

/** Where /metrics is served: on its own port (PROVENANT_METRICS_PORT) and/or behind a bearer token (PROVENANT_METRICS_TOKEN). */
export interface MetricsAccess {
  port?: number;
  token?: string;
}

/** On the public port /metrics needs the token; without one it is not served there at all. */
export const publicMetricsEnabled = (access: MetricsAccess) => access.port === undefined && access.token !== undefined;

const digest = (s: string) => createHash('sha256').update(s).digest();

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const sent = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(sent), digest(token));
}

export async function answerMetrics(req: IncomingMessage, res: ServerResponse, metrics: Metrics, token: string | undefined): Promise<void> {
  if (token !== undefined && !tokenMatches(req, token)) {
    res
      .writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' })
      .end('send Authorization: Bearer <PROVENANT_METRICS_TOKEN>');
    return;
  }
  const { contentType, body } = await metrics.scrape();
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import { answerLive, answerReady, LIVE_PATHS, READY_PATHS } from './health.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';

export interface HttpHandlerDeps {
  /** The GraphQL app (graphql-yoga), which also serves GraphiQL. */
  yoga: (req: IncomingMessage, res: ServerResponse) => unknown;
  db: Pick<Database, 'verify'>;
}

/** The public port: health probes, then everything else to the GraphQL app. Every response carries x-request-id. */
export function createHttpHandler(deps: HttpHandlerDeps): RequestListener {
  return (req, res) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    const path = (req.url ?? '/').split('?')[0];
    if (LIVE_PATHS.has(path)) return answerLive(res);
    if (READY_PATHS.has(path)) return void answerReady(res, () => deps.db.verify());
    return void deps.yoga(req, res);
  };
}

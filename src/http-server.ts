import { createServer, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from './context.js';
import type { Database } from './db/database.js';

/** The HTTP server: liveness, readiness (the database's cached availability), and GraphQL. */
export function createHttpServer(db: Database, yoga: YogaServerInstance<Record<string, never>, GraphQLContext>): Server {
  return createServer(async (req, res) => {
    if (req.url === '/health/live') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (req.url === '/health/ready') {
      // A cached state, probed at most about once a second: a steady 503 while the database is away.
      const ok = await db.ready();
      return void res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ready' : 'database unavailable');
    }
    return yoga(req, res);
  });
}

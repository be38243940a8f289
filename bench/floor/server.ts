import { createServer } from 'node:http';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/index.js';
import { systemPrincipal } from '../../src/domain/permissions/principal.js';
import { servicesFrom } from '../../src/domain/services.js';

/**
 * The floor of any GraphQL-over-HTTP layer over this schema: Node's http server, JSON, graphql-js
 * with documents parsed and validated once, and the project's own resolvers and driver; no
 * authentication, limits, masking, metrics or tracing. `npm run bench:floor` measures it beside the
 * API and the bare driver. Listens on PORT, answers on any path, prints "ready".
 */
const config = loadConfig();
const services = servicesFrom(config);
const db = new Database({
  uri: process.env.NEO4J_URI ?? '',
  user: config.neo4j.user,
  password: config.neo4j.password,
  database: config.neo4j.database,
});
const principal = systemPrincipal('service:bench-floor');
const documents = new Map<string, DocumentNode>();

function documentOf(source: string): DocumentNode {
  let document = documents.get(source);
  if (!document) {
    document = parse(source);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    documents.set(source, document);
  }
  return document;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      const contextValue: GraphQLContext = {
        domain: { db, ...services, principal, now: () => new Date(), requestId: 'floor', prov: config.prov },
      };
      const result = await execute({ schema, document: documentOf(body.query), variableValues: body.variables, contextValue });
      const text = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
// An orderly exit on the bench's SIGTERM, so that --cpu-prof (BENCH_CPU_PROF) writes its profile.
process.on('SIGTERM', () => process.exit(0));

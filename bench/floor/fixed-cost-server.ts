import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The API's fixed cost per request without a database: a checkout's build (ROOT) of the public
 * handler and the GraphQL app exactly as server.ts wires them (guard, limits, masking, metrics,
 * access log), with an authenticator that knows one principal and a database no request reaches.
 * Listens on PORT, prints "ready". Run by bench/floor/fixed-cost.ts.
 */
const root = process.env.ROOT ?? process.cwd();
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(root, 'dist', file)).href)) as T;
const { loadConfig } = await load<typeof import('../../src/config.js')>('src/config.js');
const { createApp } = await load<typeof import('../../src/http/app.js')>('src/http/app.js');
const { createHttpHandler } = await load<typeof import('../../src/http/handler.js')>('src/http/handler.js');
const { metrics } = await load<typeof import('../../src/observability/metrics.js')>('src/observability/metrics.js');
const { systemPrincipal } = await load<typeof import('../../src/domain/permissions/principal.js')>('src/domain/permissions/principal.js');
const { Database } = await load<typeof import('../../src/db/database.js')>('src/db/database.js');
const { servicesFrom } = await load<typeof import('../../src/domain/services.js')>('src/domain/services.js');

const config = loadConfig();
// A driver that never connects: no request here runs a query.
const db = new Database({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused', database: 'neo4j' });
const principal = systemPrincipal('service:fixed-cost');
const yoga = createApp({ db, config, services: servicesFrom(config), authenticate: () => Promise.resolve(principal) });
const server = createServer(createHttpHandler({ yoga, db: { ready: () => Promise.resolve(true) }, metrics }));
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => process.exit(0));

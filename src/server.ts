import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { connectDatabase } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { adminKeyFile as ADMIN_KEY_FILE } from './db/local/paths.js';
import { bootstrapAdminKey } from './domain/auth/bootstrap.js';
import { createHttpHandler } from './http/handler.js';
import { logger, setLogLevel } from './logger.js';
import { exitWithStartupFailure, type StartupStep } from './startup-failure.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Starts the API: validated config, the database (local or NEO4J_URI), migrations, then HTTP. */
async function main(): Promise<void> {
  let step: StartupStep = 'configuration';
  let config: Config | undefined;
  try {
    config = loadConfig();
    setLogLevel(config.logLevel);
    step = 'database';
    const db = await connectDatabase(config, { log: (line) => logger.info(line) });
    step = 'migrations';
    const migrations = await migrate(db);
    logger.info('migrations', { applied: migrations.applied, upToDate: migrations.skipped.length });
    step = 'keys';
    await announceAdminKey(db, config);

    step = 'http';
    const yoga = createApp({ db, config });
    const server = createServer(createHttpHandler({ yoga, db }));
    await listen(server, config);
    logger.info(`Provenant GraphQL API at http://${config.host}:${config.port}/graphql (GraphiQL in a browser)`);
    stopOnSignals(server, config, () => db.close());
  } catch (err) {
    exitWithStartupFailure('provenant', step, err, { port: config?.port, host: config?.host });
  }
}

async function announceAdminKey(db: Parameters<typeof bootstrapAdminKey>[0], config: Config): Promise<void> {
  const admin = await bootstrapAdminKey(db, { file: ADMIN_KEY_FILE, limits: config.limits });
  const shown = path.relative(process.cwd(), ADMIN_KEY_FILE) || ADMIN_KEY_FILE;
  if (admin) {
    say(
      `No API keys existed: created an ADMIN key (${admin.id}) in ${admin.file}. Call the API with the header ` +
        `"Authorization: Bearer <key>", e.g. curl -H "Authorization: Bearer $(cat ${shown})" …`,
    );
  } else if (existsSync(ADMIN_KEY_FILE)) {
    say(`Admin key: ${shown} (GraphiQL: Headers pane, {"Authorization": "Bearer <key>"})`);
  }
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function stopOnSignals(server: Server, config: Config, closeDb: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    server.close();
    server.closeIdleConnections();
    await closeDb();
    if (!config.neo4j.uri) say('Provenant stopped. The local Neo4j (dev instance) keeps running; stop it with: npm run db:stop');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();

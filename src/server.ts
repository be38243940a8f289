import path from 'node:path';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createHttpServer } from './http-server.js';
import { connectDatabase } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { repoRoot } from './db/local/paths.js';
import { bootstrapAdminKey } from './domain/auth/bootstrap.js';
import { logger, setLogLevel } from './logger.js';

/** Starts the API: validated config, the database (local or NEO4J_URI), migrations, then HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const db = await connectDatabase(config, { log: (line) => logger.info(line) });
  const migrations = await migrate(db);
  logger.info('migrations', { applied: migrations.applied, upToDate: migrations.skipped.length });
  const admin = await bootstrapAdminKey(db, { file: path.join(repoRoot, '.provenant', 'admin-key'), limits: config.limits });
  if (admin) {
    process.stdout.write(
      `No API keys existed: created an ADMIN key (${admin.id}) in ${admin.file}. Call the API with the header ` +
        `"Authorization: Bearer <key>", e.g. curl -H "Authorization: Bearer $(cat ${path.relative(process.cwd(), admin.file) || admin.file})" …\n`,
    );
  }

  const yoga = createApp({ db, config });
  const server = createHttpServer(db, yoga);
  server.listen(config.port, config.host, () => {
    logger.info(`Provenant GraphQL API at http://${config.host}:${config.port}/graphql (GraphiQL in a browser)`);
  });

  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`provenant: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

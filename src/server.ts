import { monitorGauges } from './domain/monitors/service.js';
import { startMonitorSchedule } from './domain/monitors/schedule.js';
import { startSignalFoldSchedule } from './domain/signals/fold.js';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './http/app.js';
import { type Config, loadConfig } from './config.js';
import { connectDatabase } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { adminKeyFile as ADMIN_KEY_FILE } from './local-neo4j/paths.js';
import { bootstrapAdminKey } from './admin-key-file.js';
import { auditChainLength } from './domain/audit/chain-length.js';
import { observeQueries } from './db/instrument.js';
import { poolUse } from './db/pool-use.js';
import { createHttpHandler, createMetricsHandler } from './http/handler.js';
import { METRICS_PATH } from './http/metrics-endpoint.js';
import { metrics } from './observability/metrics.js';
import { queryObserver } from './observability/query-observer.js';
import { startTracing, tracingRequested } from './observability/tracing.js';
import { logger, setLogLevel } from './logger.js';
import type { Services } from './domain/context.js';
import { servicesFrom } from './domain/services.js';
import { exitWithStartupFailure, type StartupStep } from './startup-failure.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Starts the API: validated config, the database (local or NEO4J_URI), migrations, then HTTP. */
async function main(): Promise<void> {
  let step: StartupStep = 'configuration';
  let config: Config | undefined;
  try {
    config = loadConfig();
    setLogLevel(config.logLevel);
    // Once, for every request: no model configured is fine (deterministic narratives).
    const services = servicesFrom(config, (line) => logger.info(line));
    const llm = services.llm;
    step = 'database';
    const db = await connectDatabase(config, { log: (line) => logger.info(line) });
    step = 'migrations';
    const migrations = await migrate(db);
    logger.info('migrations', { applied: migrations.applied, upToDate: migrations.skipped.length });
    step = 'keys';
    await announceAdminKey(db, services);

    step = 'http';
    const tracing = tracingRequested() ? startTracing() : undefined;
    observeQueries(queryObserver(metrics));
    metrics.watchDatabase({ auditChainLength: () => auditChainLength(db), pool: () => poolUse(db.driver) });
    metrics.watchMonitors(() => monitorGauges(db));
    const stopMonitors = startMonitorSchedule({
      db,
      services,
      intervalMs: config.monitorIntervalMs,
      onError: (system, err) => logger.warn('monitor schedule', { system, error: err instanceof Error ? err.message : String(err) }),
    });
    const stopFold = startSignalFoldSchedule({
      db,
      ...config.signalFold,
      onFolded: (r) => logger.info('signal aggregates folded', { keys: r.keys, shards: r.shards }),
      onError: (err) => logger.warn('signal fold', { error: err instanceof Error ? err.message : String(err) }),
    });
    const yoga = createApp({ db, config, services });
    const server = createServer(createHttpHandler({ yoga, db, metrics, metricsAccess: config.metrics }));
    await listen(server, config.port, config.host);
    const servers = [server];
    if (config.metrics.port !== undefined) {
      const metricsServer = createServer(createMetricsHandler({ db, metrics, metricsAccess: config.metrics }));
      await listen(metricsServer, config.metrics.port, config.host);
      servers.push(metricsServer);
    }
    logger.info(`Provenant GraphQL API at http://${config.host}:${config.port}/graphql (GraphiQL in a browser)`, {
      metrics: describeMetrics(config),
      tracing: tracing ? 'OTLP' : 'off',
      llm: llm?.model ?? 'off (deterministic narratives)',
    });
    stopOnSignals(servers, config, async () => {
      stopMonitors();
      stopFold();
      await tracing?.shutdown();
      await db.close();
    });
  } catch (err) {
    exitWithStartupFailure('provenant', step, err, { port: config?.port, host: config?.host, metricsPort: config?.metrics.port });
  }
}

async function announceAdminKey(db: Parameters<typeof bootstrapAdminKey>[0], services: Services): Promise<void> {
  const admin = await bootstrapAdminKey(db, { file: ADMIN_KEY_FILE, services });
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

function describeMetrics(config: Config): string {
  const { port, token } = config.metrics;
  if (port !== undefined) return `http://${config.host}:${port}/metrics${token ? ' (bearer token)' : ''}`;
  return token ? `${METRICS_PATH} on the API port (bearer token)` : 'off (set PROVENANT_METRICS_PORT or PROVENANT_METRICS_TOKEN)';
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function stopOnSignals(servers: Server[], config: Config, close: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    for (const server of servers) {
      server.close();
      server.closeIdleConnections();
    }
    await close();
    if (!config.neo4j.uri) say('Provenant stopped. The local Neo4j (dev instance) keeps running; stop it with: npm run db:stop');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();

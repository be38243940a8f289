/**
 * Loads the demo organisation into the configured database (the local 'dev' Neo4j unless NEO4J_URI is set).
 *   tsx seed/cli.ts [--if-empty | --reset]
 * --if-empty: do nothing when the graph already holds domain nodes (used by `npm start`).
 * --reset: start from a fresh local dev instance (npm run demo:reset); refused when NEO4J_URI is set.
 */
import { parseArgs } from 'node:util';
import { rm } from 'node:fs/promises';
import { type Config, loadConfig } from '../src/config.js';
import { localNeo4jStatus, stopLocalNeo4j } from '../src/local-neo4j/index.js';
import { adminKeyFile, portIsExplicit } from '../src/local-neo4j/paths.js';
import { bootstrapAdminKey } from '../src/admin-key-file.js';
import { connectDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { exitWithStartupFailure, type StartupStep } from '../src/startup-failure.js';
import { loadDemoOrganisation } from './organisation.js';
import { nodeQueries } from '../src/domain/nodes/queries.js';
import { servicesFrom } from '../src/domain/services.js';

const log = (line: string) => console.log(line);
let step: StartupStep = 'configuration';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'if-empty': { type: 'boolean', default: false }, reset: { type: 'boolean', default: false } },
  });
  step = 'configuration';
  const config = loadConfig();
  if (values.reset) await wipeLocalDemo(config);
  step = 'database';
  const db = await connectDatabase(config, { instance: 'dev', log });
  try {
    step = 'migrations';
    const migrations = await migrate(db);
    step = 'seed';
    if (migrations.applied.length > 0) log(`seed: applied migrations ${migrations.applied.join(', ')}`);
    if (values['if-empty'] && (await hasDomainNodes(db))) {
      log('seed: the graph already has data; nothing to do (--if-empty)');
      return;
    }
    log(`seed: loading the demo organisation into ${db.uri}`);
    const summary = await loadDemoOrganisation({ db, services: servicesFrom(config, log), log });
    const counts = Object.entries(summary.counts).map(
      ([kind, c]) => `${kind} ${c.total}${c.created === c.total ? '' : ` (${c.created} new)`}`,
    );
    log(`seed: done in ${(summary.elapsedMs / 1000).toFixed(1)}s, history ${summary.start.slice(0, 10)} → ${summary.end.slice(0, 10)}`);
    log(`seed: ${counts.join(', ')}`);
    if (values.reset) await renewAdminKey(db, config);
    log(
      `seed: try provenance(outputId: "${summary.examples.badOutput}") or aliasTarget(system: "${summary.examples.systems['policy-qa']}", environment: "production", asOf: "${summary.examples.beforeRollback}")`,
    );
  } finally {
    await db.close();
  }
}

/**
 * A fresh demo: stops the local dev instance, deletes its data (API keys included) and lets the load
 * below start it again on the same port. Never touches a server named by NEO4J_URI.
 */
async function wipeLocalDemo(config: Config): Promise<void> {
  if (config.neo4j.uri) {
    throw new Error(
      `demo:reset only resets the local dev instance, and NEO4J_URI is set (${config.neo4j.uri}): unset it to reset the local demo`,
    );
  }
  const status = await localNeo4jStatus('dev');
  // Come back on the port it ran on, so a running `npm start` reconnects to it.
  if (status.running && !portIsExplicit()) process.env.PROVENANT_NEO4J_PORT = String(status.port);
  await stopLocalNeo4j('dev', { log });
  await rm(status.dataDir, { recursive: true, force: true });
  log(`seed: deleted the dev instance's data (${status.dataDir})`);
}

/** The old admin key went with the data: issue a new one where npm start said it would be. */
async function renewAdminKey(db: Database, config: Config): Promise<void> {
  const admin = await bootstrapAdminKey(db, { file: adminKeyFile, services: servicesFrom(config) });
  if (admin) log(`seed: new ADMIN key (${admin.id}) in ${admin.file}`);
}

async function hasDomainNodes(db: Database): Promise<boolean> {
  return (await db.readQuery(nodeQueries.graphHasNodes)).length > 0;
}

main().then(
  () => process.exit(0),
  (err: unknown) => exitWithStartupFailure('provenant seed', step, err),
);

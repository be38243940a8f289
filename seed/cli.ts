/**
 * Loads the demo organisation into the configured database (the local dev instance unless NEO4J_URI is set).
 *   tsx seed/cli.ts [--if-empty | --reset]
 * Without a flag: loads the demo, or completes a load that stopped midway (loading again creates nothing).
 * --if-empty (used by `npm start`): loads into an empty graph, completes an unfinished demo load, and
 *   leaves a graph alone that holds a finished demo or data the seed did not write.
 * --reset: start from a fresh local dev instance (npm run demo:reset); refused when NEO4J_URI is set.
 */
import { parseArgs } from 'node:util';
import { rm } from 'node:fs/promises';
import { type Config, loadConfig } from '../src/config.js';
import { devInstance, localNeo4jStatus, stopLocalNeo4j } from '../src/local-neo4j/index.js';
import { adminKeyFile } from '../src/local-neo4j/paths.js';
import { bootstrapAdminKey } from '../src/admin-key-file.js';
import { connectDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { exitWithStartupFailure, type StartupStep } from '../src/startup-failure.js';
import { loadDemoOrganisation } from './organisation.js';
import { seedLoadState } from './progress.js';
import { nodeQueries } from '../src/domain/nodes/queries.js';
import { servicesFrom } from '../src/domain/services.js';

const log = (line: string) => console.log(line);
/** The one command that completes an unfinished demo load (npm start runs it with --if-empty). */
const COMPLETE_COMMAND = 'npm run seed';
let step: StartupStep = 'configuration';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'if-empty': { type: 'boolean', default: false }, reset: { type: 'boolean', default: false } },
  });
  step = 'configuration';
  const config = loadConfig();
  if (values.reset) await wipeLocalDemo(config);
  step = 'database';
  const db = await connectDatabase(config, { instance: devInstance(), log });
  try {
    step = 'migrations';
    const migrations = await migrate(db);
    step = 'seed';
    if (migrations.applied.length > 0) log(`seed: applied migrations ${migrations.applied.join(', ')}`);
    const earlier = await seedLoadState(db, '');
    if (values['if-empty']) {
      if (earlier?.finishedAt) return log('seed: the demo organisation is loaded; nothing to do (--if-empty)');
      if (!earlier && (await hasDomainNodes(db))) {
        return log(
          'seed: the graph holds data the demo seed did not load (or a demo loaded before seeds recorded their progress); ' +
            'nothing to do (--if-empty). To start over from a fresh demo: npm run demo:reset',
        );
      }
    }
    if (earlier && !earlier.finishedAt) {
      log(`seed: the demo organisation was not completely loaded (a load began ${earlier.startedAt} and stopped): completing it`);
    } else {
      log(`seed: loading the demo organisation into ${db.uri}`);
    }
    const summary = await loadDemoOrganisation({ db, services: servicesFrom(config, log), log }).catch((err: unknown) => {
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new Error(`${why}. The demo is only partly loaded: once that is fixed, ${COMPLETE_COMMAND} (or npm start) completes it`, {
        cause: err,
      });
    });
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
 * below start it again (on the port it remembers). Never touches a server named by NEO4J_URI.
 */
async function wipeLocalDemo(config: Config): Promise<void> {
  if (config.neo4j.uri) {
    throw new Error(
      `demo:reset only resets the local dev instance, and NEO4J_URI is set (${config.neo4j.uri}): unset it to reset the local demo`,
    );
  }
  const instance = devInstance();
  const status = await localNeo4jStatus(instance);
  await stopLocalNeo4j(instance, { log });
  await rm(status.dataDir, { recursive: true, force: true });
  log(`seed: deleted the ${instance} instance's data (${status.dataDir})`);
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

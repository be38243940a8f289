/**
 * Loads the demo organisation into the configured database (the local 'dev' Neo4j unless NEO4J_URI is set).
 *   tsx seed/cli.ts [--if-empty]
 * --if-empty: do nothing when the graph already holds domain nodes (used by `npm start`).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { exitWithStartupFailure, type StartupStep } from '../src/startup-failure.js';
import { loadDemoOrganisation } from './organisation.js';

const log = (line: string) => console.log(line);
let step: StartupStep = 'configuration';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'if-empty': { type: 'boolean', default: false } } });
  step = 'configuration';
  const config = loadConfig();
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
    const summary = await loadDemoOrganisation({ db, limits: config.limits, log });
    const counts = Object.entries(summary.counts).map(([kind, c]) => `${kind} ${c.total}${c.created === c.total ? '' : ` (${c.created} new)`}`);
    log(`seed: done in ${(summary.elapsedMs / 1000).toFixed(1)}s, history ${summary.start.slice(0, 10)} → ${summary.end.slice(0, 10)}`);
    log(`seed: ${counts.join(', ')}`);
    log(`seed: try provenance(outputId: "${summary.examples.badOutput}") or aliasTarget(system: "${summary.examples.systems['policy-qa']}", environment: "production", asOf: "${summary.examples.beforeRollback}")`);
  } finally {
    await db.close();
  }
}

async function hasDomainNodes(db: Database): Promise<boolean> {
  return (await db.readQuery('graph-has-nodes')).length > 0;
}

main().then(
  () => process.exit(0),
  (err: unknown) => exitWithStartupFailure('provenant seed', step, err),
);

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from '../../src/local-neo4j/index.js';
import { instancePaths, neo4jRoot } from '../../src/local-neo4j/paths.js';
import { migrate } from '../../src/db/migrate.js';
import { log } from '../progress.js';
import { BUILDER_REVISION } from './index.js';

/**
 * Where a benchmark graph lives. Each size has its own local Neo4j instance, named by size and
 * builder revision (`.neo4j/instances/bench-<outputs>-r<revision>/`, git-ignored with all of
 * `.neo4j/`), so a 100k and a 1M graph are both kept and reused between runs; one runs at a time, on
 * the bench port (PROVENANT_NEO4J_PORT, else 7689, or a free one when another checkout holds it). With
 * --neo4j-uri, that server holds the one graph and only one size can be measured per run.
 */
export interface GraphStore {
  db: Database;
  /** The local instance's name, or undefined for a server named by NEO4J_URI. */
  instance?: string;
  /** Neo4j's pid (local instances only), for CPU accounting. */
  neo4jPid?: number;
  /** Bytes of the store files and of the transaction logs (local instances only). */
  diskBytes: () => { store: number; txLogs: number } | undefined;
  close: () => Promise<void>;
}

/**
 * The bench's own connection waits long before calling the database away: building a large graph on
 * a busy machine makes single commits (and the probe behind them) slow, and a build that gives up
 * at 60% starts again from nothing. The API server under test keeps the configured bounds.
 */
export const BUILD_TIMEOUTS = { unavailableMs: 120_000, readMs: 600_000 };

export const storeInstance = (outputs: number): string => `bench-${outputs}-r${BUILDER_REVISION}`;

export async function openStore(config: Config, outputs: number): Promise<GraphStore> {
  if (config.neo4j.uri) {
    const db = new Database({
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
      timeouts: BUILD_TIMEOUTS,
    });
    await db.verify();
    await migrate(db);
    return { db, diskBytes: () => undefined, close: () => db.close() };
  }
  const instance = storeInstance(outputs);
  await stopOtherSizes(instance);
  const target = await ensureLocalNeo4j({ instance, log, timeoutMs: 300_000 });
  const db = new Database({ ...target, database: config.neo4j.database, timeouts: BUILD_TIMEOUTS });
  await db.verify();
  await migrate(db);
  const data = instancePaths(instance).data;
  return {
    db,
    instance,
    neo4jPid: (await localNeo4jStatus(instance)).pid,
    diskBytes: () => ({
      store: dirBytes(path.join(data, 'databases', config.neo4j.database)),
      txLogs: dirBytes(path.join(data, 'transactions', config.neo4j.database)),
    }),
    // Stopped only when this run started it (the next size needs the port); one found running stays up.
    close: async () => {
      await db.close();
      if (target.started) await stopLocalNeo4j(instance, { log });
    },
  };
}

/** Another size's instance left running (say, by --build-only) makes way: one runs at a time. */
async function stopOtherSizes(instance: string): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(path.join(neo4jRoot, 'instances')).filter((n) => n.startsWith('bench-') && n !== instance);
  } catch {
    return;
  }
  for (const name of names) {
    // (A stopped instance without a default port makes localNeo4jStatus throw: nothing to stop then.)
    const running = await localNeo4jStatus(name).then(
      (s) => s.running,
      () => false,
    );
    if (running) await stopLocalNeo4j(name, { log });
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).blocks * 512;
  }
  return total;
}

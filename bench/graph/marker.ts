import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { MetricsWindow } from './traffic.js';

/**
 * The benchmark's own bookkeeping, outside the domain model (no :Node label): written last, so its
 * presence means a build finished, and it records what the build made for later runs to reuse.
 */
export interface GraphMarker {
  spec: string;
  outputs: number;
  invocationsPerSystem: number;
  systems: string[];
  sampleDatasetVersion: string;
  /** Where systemMetrics is measured (absent from graphs built before the signals). */
  metricsWindow?: MetricsWindow;
  buildSeconds: number;
  builtAt: string;
}

export async function readMarker(db: Database): Promise<GraphMarker | undefined> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run('MATCH (m:BenchGraph {id: "bench"}) RETURN m.json AS json');
    const json = res.records[0]?.get('json') as string | undefined;
    return json ? (JSON.parse(json) as GraphMarker) : undefined;
  } finally {
    await session.close();
  }
}

export async function writeMarker(db: Database, marker: GraphMarker): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MERGE (m:BenchGraph {id: "bench"}) SET m.json = $json', { json: JSON.stringify(marker) });
  } finally {
    await session.close();
  }
}

/** Nodes other than the migration records: zero means a fresh database. */
export async function nodeCount(db: Database): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n');
    return Number(res.records[0].get('n'));
  } finally {
    await session.close();
  }
}

/**
 * Empties the bench database (a stale or partial build) and re-applies migrations. Only ever called
 * on the dedicated bench instance: the domain itself never deletes anything.
 */
export async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // Relationships first: a release with tens of thousands of invocations would put all of its
    // relationships into one DETACH DELETE batch and exceed the transaction memory pool.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await migrate(db);
}

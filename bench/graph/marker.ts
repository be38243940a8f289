import type { Database } from '../../src/db/database.js';
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

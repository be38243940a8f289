import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ensureLocalNeo4j, localNeo4jStatus } from '../../src/local-neo4j/index.js';
import { boltPort } from '../../src/local-neo4j/paths.js';

// The local instance is only used when no external server is configured.
describe.skipIf(Boolean(process.env.NEO4J_URI))('local Neo4j (test instance)', () => {
  it('runs on the test port and is reused by a second ensure', { timeout: 180_000 }, async () => {
    const first = await ensureLocalNeo4j({ instance: 'test' });
    const port = boltPort('test');
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);

    const status = await localNeo4jStatus('test');
    expect(status).toMatchObject({ instance: 'test', running: true, port, listening: true, uri: first.uri });
    expect(status.pid).toBeGreaterThan(0);
    expect(status.dataDir).toMatch(/\.neo4j[\\/]instances[\\/]test[\\/]data$/);

    const second = await ensureLocalNeo4j({ instance: 'test' });
    expect(second.started).toBe(false);
    expect((await localNeo4jStatus('test')).pid).toBe(status.pid);
  });

  it('is found on the port it runs on when PROVENANT_NEO4J_PORT is not set, and named when another port is asked for', async () => {
    const running = await localNeo4jStatus('test');
    const saved = process.env.PROVENANT_NEO4J_PORT;
    try {
      delete process.env.PROVENANT_NEO4J_PORT;
      const found = await ensureLocalNeo4j({ instance: 'test' });
      expect(found).toMatchObject({ uri: running.uri, started: false });
      process.env.PROVENANT_NEO4J_PORT = String(running.port + 1);
      await expect(ensureLocalNeo4j({ instance: 'test' })).rejects.toThrow(
        `already running on port ${running.port} (pid ${running.pid}), but PROVENANT_NEO4J_PORT asks for ${running.port + 1}`,
      );
    } finally {
      if (saved === undefined) delete process.env.PROVENANT_NEO4J_PORT;
      else process.env.PROVENANT_NEO4J_PORT = saved;
    }
  });

  it('has APOC path expansion available', async () => {
    const { uri } = await ensureLocalNeo4j({ instance: 'test' });
    const driver = neo4j.driver(uri);
    try {
      const version = await driver.executeQuery('RETURN apoc.version() AS v', {}, { database: 'neo4j' });
      expect(version.records[0].get('v')).toMatch(/^5\.26\./);
      const procs = await driver.executeQuery(
        "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.path.subgraph' RETURN collect(name) AS names",
        {},
        { database: 'neo4j' },
      );
      expect(procs.records[0].get('names')).toEqual(expect.arrayContaining(['apoc.path.subgraphAll', 'apoc.path.subgraphNodes']));
    } finally {
      await driver.close();
    }
  });
});

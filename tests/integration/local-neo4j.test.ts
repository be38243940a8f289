import { rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ensureLocalNeo4j, localNeo4jStatus, PortInUseError, stopLocalNeo4j } from '../../src/local-neo4j/index.js';
import { explicitPort, instancePaths } from '../../src/local-neo4j/paths.js';

/** Runs `fn` with PROVENANT_NEO4J_PORT set to `value` (undefined: unset), restoring it after. */
async function withPortSetting<T>(value: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PROVENANT_NEO4J_PORT;
  try {
    if (value === undefined) delete process.env.PROVENANT_NEO4J_PORT;
    else process.env.PROVENANT_NEO4J_PORT = value;
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.PROVENANT_NEO4J_PORT;
    else process.env.PROVENANT_NEO4J_PORT = saved;
  }
}

/** Another process's listener on a port the system picks: the "default port taken by another checkout". */
async function holdPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, server };
}

const portOf = (uri: string) => Number(new URL(uri.replace(/^bolt:/, 'http:')).port);

// The local instance is only used when no external server is configured.
describe.skipIf(Boolean(process.env.NEO4J_URI))('local Neo4j (test instance)', () => {
  it('runs on the test port and is reused by a second ensure', { timeout: 180_000 }, async () => {
    const first = await ensureLocalNeo4j({ instance: 'test' });
    const port = portOf(first.uri);
    // PROVENANT_NEO4J_PORT names it exactly; otherwise its remembered or default port, or a free one.
    if (explicitPort() !== undefined) expect(port).toBe(explicitPort());

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
    const port = running.port!;
    const found = await withPortSetting(undefined, () => ensureLocalNeo4j({ instance: 'test' }));
    expect(found).toMatchObject({ uri: running.uri, started: false });
    await expect(withPortSetting(String(port + 1), () => ensureLocalNeo4j({ instance: 'test' }))).rejects.toThrow(
      `already running on port ${port} (pid ${running.pid}), but PROVENANT_NEO4J_PORT asks for ${port + 1}`,
    );
  });

  it(
    'starts on a free port when its default is taken by another process, remembers it, and keeps to it across restarts',
    { timeout: 300_000 },
    async () => {
      // An instance of this test's own, started from nothing; another process holds its default port.
      const instance = 'test-ports';
      await stopLocalNeo4j(instance);
      await rm(instancePaths(instance).home, { recursive: true, force: true });
      const held = await holdPort();
      try {
        await withPortSetting(undefined, async () => {
          const first = await ensureLocalNeo4j({ instance, defaultPort: held.port });
          expect(first.started).toBe(true);
          const port = portOf(first.uri);
          expect(port).not.toBe(held.port);
          expect(await localNeo4jStatus(instance)).toMatchObject({ running: true, port, uri: first.uri });

          const second = await ensureLocalNeo4j({ instance, defaultPort: held.port });
          expect(second).toMatchObject({ uri: first.uri, started: false });

          // Stopped, it still knows its port: the next start tries it first (tests/unit/ports.test.ts).
          await stopLocalNeo4j(instance);
          expect(await localNeo4jStatus(instance)).toMatchObject({ running: false, port });
        });
        // An explicit port is used as it is: taken, the start says so and picks nothing else.
        const refused = withPortSetting(String(held.port), () => ensureLocalNeo4j({ instance }));
        await expect(refused).rejects.toThrow(PortInUseError);
        await expect(refused).rejects.toThrow(`port ${held.port} is already in use by another process (not the ${instance} instance)`);
      } finally {
        held.server.close();
        await stopLocalNeo4j(instance);
        await rm(instancePaths(instance).home, { recursive: true, force: true });
      }
    },
  );

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

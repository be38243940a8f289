import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from '../../src/local-neo4j/index.js';
import { instancePaths } from '../../src/local-neo4j/paths.js';
import { snapshot } from '../helpers/graph-snapshot.js';

/**
 * The first start of a checkout loads the demo with seed/cli.ts --if-empty (npm start). Here its
 * "dev" instance is one of this file's own (PROVENANT_DEV_INSTANCE), started empty; the seed is
 * stopped twice midway (a failing step, then a kill), and the next start must complete it.
 */
const INSTANCE = 'test-seed';
let holder: Server;
let heldPort: number;

beforeAll(async () => {
  await stopLocalNeo4j(INSTANCE);
  await rm(instancePaths(INSTANCE).home, { recursive: true, force: true });
  // Started empty here, with time to spare on a busy machine; the seeds below find it running.
  const explicit = process.env.PROVENANT_NEO4J_PORT;
  delete process.env.PROVENANT_NEO4J_PORT;
  try {
    await ensureLocalNeo4j({ instance: INSTANCE, timeoutMs: 300_000 });
  } finally {
    if (explicit !== undefined) process.env.PROVENANT_NEO4J_PORT = explicit;
  }
  holder = createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  heldPort = (holder.address() as AddressInfo).port;
}, 360_000);

afterAll(async () => {
  holder.close();
  await stopLocalNeo4j(INSTANCE);
  await rm(instancePaths(INSTANCE).home, { recursive: true, force: true });
});

/** Runs seed/cli.ts on the file's instance; `killAt`: SIGKILL it once stdout shows this text. */
function seed(args: string[], opts: { env?: Record<string, string>; killAt?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, PROVENANT_DEV_INSTANCE: INSTANCE, LOG_LEVEL: 'error', ...opts.env };
  delete env.NEO4J_URI;
  delete env.PROVENANT_NEO4J_PORT;
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (c) => {
      stdout += String(c);
      if (opts.killAt && stdout.includes(opts.killAt)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Per-kind totals from the seed's summary line ("seed: people 7, releases 9 (2 new), …"). */
function totals(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => /^seed: people \d/.test(l)) ?? '';
  return Object.fromEntries([...line.matchAll(/(\w+) (\d+)/g)].map((m) => [m[1], Number(m[2])]));
}

describe.skipIf(Boolean(process.env.NEO4J_URI))('a demo seed stopped midway', () => {
  it('is completed by the next start, which then has nothing to do', { timeout: 900_000 }, async () => {
    // 1. A step fails (the embedding server's port is taken, as on a second checkout before ports were picked).
    const failed = await seed(['--if-empty'], { env: { PROVENANT_LOCAL_EMBEDDING_PORT: String(heldPort) } });
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n').at(-1)).toMatch(
      /^provenant seed: cannot start \(seed\): seed step ".*" .* failed: .*\. The demo is only partly loaded: once that is fixed, npm run seed \(or npm start\) completes it$/,
    );

    // 2. The next start picks the load up and is killed halfway through the history.
    const killed = await seed(['--if-empty'], { killAt: 'seed: week 4/8' });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).toContain('seed: the demo organisation was not completely loaded');

    // 3. The next start completes it: what was loaded is kept, the rest is added.
    const completed = await seed(['--if-empty']);
    expect(completed.stderr).toBe('');
    expect(completed.code).toBe(0);
    expect(completed.stdout).toMatch(/seed: the demo organisation was not completely loaded \(a load began .*\): completing it/);
    expect(completed.stdout).toMatch(/seed: people 7 \(0 new\)/);
    const expected = totals(completed.stdout);

    // Left running by the seed, on the port it picked (found by its files).
    const { running, uri } = await localNeo4jStatus(INSTANCE);
    expect(running).toBe(true);
    const db = new Database({ ...loadConfig().neo4j, uri: uri! });
    try {
      const { labels } = await snapshot(db);
      expect(expected.releases).toBeGreaterThan(0);
      expect(expected.outputs).toBeGreaterThanOrEqual(1000);
      expect({ releases: labels.Release, aliasMoves: labels.AliasMove, invocations: labels.Invocation }).toEqual({
        releases: expected.releases,
        aliasMoves: expected.aliasMoves,
        invocations: expected.invocations,
      });

      // 4. A complete demo is left alone.
      const before = await snapshot(db);
      const again = await seed(['--if-empty']);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('seed: the demo organisation is loaded; nothing to do (--if-empty)');
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });
});

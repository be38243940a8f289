import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { nodeId } from '../../src/domain/ids.js';
import { getNodes } from '../../src/domain/nodes/read.js';
import { systemPrincipal } from '../../src/domain/permissions/principal.js';
import { servicesFrom } from '../../src/domain/services.js';
import { RECOMMENDATION_CASES } from '../../eval/recommendation-cases.js';
import { snapshot } from '../helpers/graph-snapshot.js';

/**
 * `npm run eval` writes its working data into a local instance of its own. Here the "dev" role is
 * pointed at this suite's test instance (PROVENANT_DEV_INSTANCE) and the evaluations at a test-owned
 * instance (PROVENANT_EVAL_INSTANCE), so neither a user's dev data nor their eval instance is touched;
 * the test database stands for the dev database and must come out unchanged.
 */
const EVAL_INSTANCE = 'test-eval';
let db: Database;

beforeAll(async () => {
  const config = loadConfig();
  db = new Database({ ...config.neo4j, uri: inject('neo4jUri') });
  await db.verify();
});

const ctx = () => ({
  db,
  ...servicesFrom(loadConfig()),
  principal: systemPrincipal(),
  now: () => new Date(),
  requestId: 'eval-isolation-test',
});

afterAll(async () => {
  await db.close();
});

/** Runs eval/run.ts (as `npm run eval` does) with the given environment changes (undefined: unset). */
function runEval(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PROVENANT_DEV_INSTANCE: process.env.PROVENANT_TEST_INSTANCE ?? 'test',
    PROVENANT_EVAL_INSTANCE: EVAL_INSTANCE,
  };
  // No explicit port: the test instance is found by its files, the eval instance picks and keeps its own.
  delete childEnv.PROVENANT_NEO4J_PORT;
  delete childEnv.NEO4J_URI;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'eval/run.ts', ...args], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (c) => (stdout += String(c)));
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(Boolean(process.env.NEO4J_URI))('npm run eval', () => {
  it('leaves the dev database unchanged: node counts and audit head', { timeout: 300_000 }, async () => {
    const before = await snapshot(db);
    const r = await runEval(['--only', 'recommendations', '--limit', '2'], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await snapshot(db)).toEqual(before);
    // Nor was anything of it written there by an earlier run (its writes are idempotent: a second run adds nothing).
    const [first] = RECOMMENDATION_CASES;
    expect(await getNodes(ctx(), [nodeId('UseCase', `eval-rec-${first.key}`)])).toEqual([null]);
    // It did its work, in its own instance.
    expect(r.stdout).toContain(`eval: working data in the local ${EVAL_INSTANCE} instance (bolt://127.0.0.1:`);
    expect(r.stdout).toMatch(/recommendations: 2 labelled use cases[\s\S]*top-1 agreement\s+\d/);
  });

  it('refuses NEO4J_URI unless --neo4j-uri names the server, and writes nothing', { timeout: 120_000 }, async () => {
    const uri = inject('neo4jUri');
    const before = await snapshot(db);
    const r = await runEval(['--only', 'recommendations', '--limit', '1'], { NEO4J_URI: uri });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `eval: npm run eval writes its working data into a local instance of its own (${EVAL_INSTANCE}), and NEO4J_URI is set (${uri}): ` +
        `unset NEO4J_URI, or name the server to write there: npm run eval -- --neo4j-uri ${uri}`,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

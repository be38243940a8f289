import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { ownInstanceConfig } from '../src/db/connect-own-instance.js';
import { benchGraphSpec, ensureGraph } from './graph/index.js';
import { openStore } from './graph/store.js';
import { createBenchKey } from './load/auth.js';
import { apiClient, driverClient, type Client } from './load/clients.js';
import { operations } from './load/operations.js';
import { runLoad } from './load/runner.js';
import { median } from './load/stats.js';
import { BenchFailure, cpuMs, startFloor, startServer } from './load/server.js';
import { log } from './progress.js';
import { formatTable } from './table.js';
import { servicesFrom } from '../src/domain/services.js';

/**
 * How close any GraphQL-over-HTTP layer can come to the bare driver on this machine: the small- and
 * medium-answer reads of `npm run bench`, at one client, through three paths to the same Neo4j and
 * the same Cypher, interleaved: the driver alone, the floor server (bench/floor/server.ts: Node's
 * http, JSON and graphql-js over the project's resolvers, nothing else), and the API as `npm start`
 * runs it. The floor's ratio bounds what the API's own work (authentication, limits, masking,
 * metrics, yoga) can be blamed for. Uses the 100k benchmark graph (built by `npm run bench`).
 */
const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '800' },
    rounds: { type: 'string', default: '3' },
    // Another checkout, built (`npm run build` there): its API runs as a fourth path, interleaved, for a before/after in one run.
    baseline: { type: 'string' },
    // Only the operations whose name holds this.
    only: { type: 'string' },
  },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const OUTPUTS = 100_000;
/** Unmeasured calls before each round (their CPU is counted, so CPU per request divides by them too). */
const ROUND_WARMUP = 20;

async function main(): Promise<void> {
  const config = ownInstanceConfig(loadConfig(), { instance: 'bench', command: 'npm run bench:floor' });
  const store = await openStore(config, OUTPUTS);
  const marker = await ensureGraph(store.db, servicesFrom(config), benchGraphSpec(OUTPUTS), false);
  const token = await createBenchKey(store.db, servicesFrom(config));
  const api = await startServer(store.db.uri);
  const floor = await startFloor(store.db.uri);
  const base = values.baseline ? await startServer(store.db.uri, undefined, path.resolve(values.baseline)) : undefined;
  try {
    const paths: Array<{ name: string; client: Client; pid?: number; stderrTail?: () => string }> = [
      { name: 'driver', client: driverClient(store.db) },
      { name: 'floor', client: apiClient(floor.url, undefined), pid: floor.pid },
      { name: 'API', client: apiClient(api.url, token), pid: api.pid, stderrTail: api.stderrTail },
      ...(base ? [{ name: 'base', client: apiClient(base.url, token), pid: base.pid, stderrTail: base.stderrTail }] : []),
    ];
    const ops = operations(marker, config.limits).filter((op) => op.cypher && !op.large && (!values.only || op.name.includes(values.only)));
    log(`warming up three paths (${ops.length} operations) ...`);
    for (const op of ops) for (let i = 0; i < 200; i++) for (const p of paths) await p.client(op, op.target(i));
    const rows: string[][] = [];
    for (const op of ops) {
      const p50 = new Map(paths.map((p) => [p.name, [] as number[]]));
      const cpu = new Map(paths.map((p) => [p.name, [] as number[]]));
      for (let round = 0; round < rounds; round++) {
        // Which path goes first rotates every round, as in npm run bench: none always runs after another.
        for (const p of paths.map((_, k) => paths[(k + round) % paths.length])) {
          const before = p.pid === undefined ? undefined : cpuMs(p.pid);
          const s = await runLoad((i) => p.client(op, op.target(i)), { concurrency: 1, requests, warmup: ROUND_WARMUP, maxMs: 120_000 });
          if (s.errors > 0) {
            const tail = p.stderrTail?.().trim().split('\n').slice(-5).join('\n');
            throw new BenchFailure(`${op.name} via ${p.name}: ${s.errors} errors, first: ${s.firstError}${tail ? `\n${tail}` : ''}`);
          }
          p50.get(p.name)!.push(s.p50);
          const after = p.pid === undefined ? undefined : cpuMs(p.pid);
          if (before !== undefined && after !== undefined) cpu.get(p.name)!.push((after - before) / (requests + ROUND_WARMUP));
        }
      }
      const [d, f, a, b] = paths.map((p) => median(p50.get(p.name)!));
      log(
        `${op.name}: driver ${d.toFixed(2)}, floor ${f.toFixed(2)}, API ${a.toFixed(2)}${base ? `, baseline API ${b.toFixed(2)}` : ''} ms p50`,
      );
      rows.push([
        op.name,
        d.toFixed(2),
        f.toFixed(2),
        a.toFixed(2),
        (f / d).toFixed(2),
        (a / d).toFixed(2),
        (a / f).toFixed(2),
        median(cpu.get('floor')!).toFixed(2),
        median(cpu.get('API')!).toFixed(2),
        ...(base ? [b.toFixed(2), (b / f).toFixed(2), median(cpu.get('base')!).toFixed(2)] : []),
      ]);
    }
    console.log(
      `\nHTTP GraphQL floor, one client, p50 ms (median of ${rounds} interleaved rounds of ${requests} requests, ${OUTPUTS.toLocaleString('en')} outputs)\n`,
    );
    console.log(
      formatTable(
        [
          'operation',
          'driver',
          'floor',
          'API',
          'floor/driver',
          'API/driver',
          'API/floor',
          'CPU/req floor',
          'CPU/req API',
          ...(base ? ['baseline API', 'baseline/floor', 'CPU/req baseline'] : []),
        ],
        rows,
      ),
    );
    console.log(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    await base?.stop();
    floor.stop();
    await api.stop();
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof BenchFailure ? `bench:floor: ${err.message}` : err);
  process.exit(1);
});

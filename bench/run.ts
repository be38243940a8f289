import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { localNeo4jStatus } from '../src/local-neo4j/index.js';
import { migrate } from '../src/db/migrate.js';
import { ensureGraph } from './graph/index.js';
import { benchOpenLineage } from './openlineage.js';
import { benchRetrieval } from './retrieval.js';
import { createBenchKey } from './load/auth.js';
import { apiClient, driverClient, type Client } from './load/clients.js';
import { operations, type Operation } from './load/operations.js';
import { countRoundTrips } from './load/round-trips.js';
import { runLoad, warmUp, type LoadOptions } from './load/runner.js';
import { BenchFailure, cpuMs, sampleRss, startServer, type ServerProcess } from './load/server.js';
import { PRINCIPALS } from './graph/actors.js';
import { log } from './progress.js';
import { measureWrites } from './writes/index.js';
import { evaluateTargets, printSummary, writeResults, type Cell, type Results } from './report.js';

const USAGE =
  'usage: npm run bench -- [--rebuild] [--outputs N] [--requests N] [--warmup N] [--cell-seconds N] [--write-rounds N] [--write-batches 100,1000,5000] [--skip-reads] [--skip-writes]';

function options() {
  const { values } = parseArgs({
    options: {
      rebuild: { type: 'boolean', default: false },
      outputs: { type: 'string', default: '100000' },
      requests: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '30' },
      'cell-seconds': { type: 'string', default: '30' },
      'write-rounds': { type: 'string', default: '5' },
      'write-batches': { type: 'string', default: '100,1000,5000' },
      'skip-reads': { type: 'boolean', default: false },
      'skip-writes': { type: 'boolean', default: false },
    },
  });
  const num = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new BenchFailure(`--${name} must be a whole number ≥ ${min} (${USAGE})`);
    return n;
  };
  return {
    rebuild: values.rebuild!,
    outputs: num('outputs', values.outputs!, 1),
    requests: num('requests', values.requests!, 1),
    warmup: num('warmup', values.warmup!, 0),
    cellMs: num('cell-seconds', values['cell-seconds']!, 1) * 1000,
    writeRounds: num('write-rounds', values['write-rounds']!, 1),
    writeBatches: values['write-batches']!.split(',').map((b) => num('write-batches', b.trim(), 1)),
    skipReads: values['skip-reads']!,
    skipWrites: values['skip-writes']!,
  };
}

const CONCURRENCY = [1, 16];

/** CPU ms per request a process spent while `work` ran (warm-up included). */
async function withCpu<T extends { count: number; errors: number }>(pid: number | undefined, warmup: number, work: () => Promise<T>): Promise<[T, number | null]> {
  const before = pid === undefined ? undefined : cpuMs(pid);
  const result = await work();
  const after = pid === undefined ? undefined : cpuMs(pid);
  const per = before === undefined || after === undefined ? null : Math.round(((after - before) / (result.count + result.errors + warmup)) * 100) / 100;
  return [result, per];
}

async function measure(
  ops: Operation[],
  api: Client,
  driver: Client,
  pids: { server: number; neo4j?: number },
  load: Omit<LoadOptions, 'concurrency'>,
): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const op of ops) {
    for (const concurrency of CONCURRENCY) {
      const opts = { ...load, concurrency };
      // Both paths ask for the same start nodes in the same order.
      const [d, neo4jDriver] = await withCpu(pids.neo4j, load.warmup, () => runLoad((i) => driver(op, op.target(i)), opts));
      const serverBefore = cpuMs(pids.server);
      const [a, neo4jApi] = await withCpu(pids.neo4j, load.warmup, () => runLoad((i) => api(op, op.target(i)), opts));
      const serverAfter = cpuMs(pids.server);
      const cpu = {
        serverPerApiRequest: serverBefore === undefined || serverAfter === undefined ? null : Math.round(((serverAfter - serverBefore) / (a.count + a.errors + load.warmup)) * 100) / 100,
        neo4jPerApiRequest: neo4jApi,
        neo4jPerDriverRequest: neo4jDriver,
      };
      for (const [path, s] of [['driver', d], ['API', a]] as const) {
        if (s.firstError) log(`${op.name} c=${concurrency} ${path}: ${s.errors} errors, first: ${s.firstError}`);
      }
      const cell: Cell = { operation: op.name, kind: op.kind, concurrency, api: a, driver: d, ratioP50: a.p50 / d.p50, cpuMs: cpu };
      log(`${op.name.padEnd(44)} c=${String(concurrency).padStart(2)}  API p50 ${a.p50.toFixed(1)} p99 ${a.p99.toFixed(1)} ms | driver p50 ${d.p50.toFixed(1)} p99 ${d.p99.toFixed(1)} ms | ratio ${cell.ratioP50.toFixed(2)}`);
      cells.push(cell);
    }
  }
  return cells;
}

async function main(): Promise<void> {
  const opts = options();
  const config = loadConfig();
  let db: Database | undefined;
  let server: ServerProcess | undefined;
  try {
    db = await connectDatabase(config, { instance: 'bench', log });
    await migrate(db);
    const marker = await ensureGraph(db, config.limits, { systems: 4, releasesPerSystem: 15, outputs: opts.outputs, batchSize: 2500 }, opts.rebuild);
    const ops = operations(marker, config.limits);

    const roundTrips = await countRoundTrips(config, db, ops);
    log(`Cypher statements per GraphQL request: ${roundTrips.map((r) => `${r.queries}`).join(', ')}`);

    const token = await createBenchKey(db, config.limits);
    log('starting the API server ...');
    server = await startServer(db.uri);
    const startRssMb = server.rssMb() ?? null;
    log(`API server ready at ${server.url} (pid ${server.pid}, RSS ${startRssMb?.toFixed(0)} MB)`);
    const api = apiClient(server.url, token);
    await api(ops[0], ops[0].target(0)).catch((err: unknown) => {
      throw new BenchFailure(`the API refused the first request: ${err instanceof Error ? err.message : String(err)}`);
    });

    log('warming up the server (100 requests per operation) ...');
    for (const op of ops) await warmUp((i) => api(op, op.target(i)), 4, 100);
    const neo4jPid = config.neo4j.uri ? undefined : (await localNeo4jStatus('bench')).pid;
    const rss = sampleRss(server.rssMb);
    const cells = opts.skipReads
      ? []
      : await measure(ops, api, driverClient(db), { server: server.pid, neo4j: neo4jPid }, { requests: opts.requests, warmup: opts.warmup, maxMs: opts.cellMs });
    await new Promise((r) => setTimeout(r, 1000));
    const afterRssMb = rss.take() ?? null;
    rss.stop();
    const tooLarge = opts.writeBatches.find((b) => b > config.limits.maxBatch);
    if (tooLarge) throw new BenchFailure(`--write-batches: ${tooLarge} is above PROVENANT_MAX_BATCH (${config.limits.maxBatch})`);
    log(opts.skipWrites ? 'writes skipped (--skip-writes)' : `measuring recordInvocations against a raw UNWIND CREATE (batches ${opts.writeBatches.join(', ')}, ${opts.writeRounds} rounds) ...`);
    const writes = opts.skipWrites
      ? []
      : await measureWrites(db, { url: server.url, token, actor: PRINCIPALS.engineer.id }, { batches: opts.writeBatches, rounds: opts.writeRounds });

    const results: Results = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      graph: marker,
      requestsPerCell: opts.requests,
      cells,
      writes,
      server: { peakRssMb: Math.round(rss.peak * 10) / 10, afterRssMb: afterRssMb && Math.round(afterRssMb * 10) / 10, startRssMb },
      roundTrips,
      targets: evaluateTargets(cells, rss.peak, writes),
    };
    process.stdout.write(`${printSummary(results)}\n`);
    process.stdout.write(`${await benchOpenLineage(server.url, token)}\n`);
    process.stdout.write(`${await benchRetrieval(db, config)}\n`);
    log(`results written to ${writeResults(results)}`);
    const failedCells = [...cells.filter((c) => c.api.errors + c.driver.errors > 0), ...writes.filter((w) => w.errors > 0)];
    if (failedCells.length > 0) throw new BenchFailure(`${failedCells.length} cells had failed requests (see above)`);
  } finally {
    await server?.stop();
    await db?.close();
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`bench: ${message.split('\n')[0]}\n`);
  process.exit(1);
});

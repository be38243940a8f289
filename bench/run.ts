import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ownInstanceConfig } from '../src/db/connect-own-instance.js';
import { loadConfig, type Config } from '../src/config.js';
import { benchGraphSpec, ensureGraph } from './graph/index.js';
import { openStore, storeInstance } from './graph/store.js';
import { benchOpenLineage, OPENLINEAGE_BENCH_DEFAULTS } from './openlineage.js';
import { benchRetrieval } from './retrieval.js';
import { benchRecommendations } from './recommendation.js';
import { createBenchKey } from './load/auth.js';
import { apiClient, driverClient, type Client } from './load/clients.js';
import { operations, type Operation } from './load/operations.js';
import { countRoundTrips } from './load/round-trips.js';
import { sampleLoad, warmUp, type LoadOptions } from './load/runner.js';
import { summarise } from './load/stats.js';
import { BenchFailure, cpuMs, sampleRss, startFloor, startServer, type ServerProcess } from './load/server.js';
import { PRINCIPALS } from './graph/actors.js';
import { log } from './progress.js';
import { measureWrites } from './writes/index.js';
import { evaluateTargets, printComparison, printSummary, writeResults, type Cell, type Results, type SizeResults } from './report.js';
import { servicesFrom } from '../src/domain/services.js';
import { signalBucketMs } from '../src/domain/signals/aggregates.js';
import { benchSignals, printSignalTables } from './signals/index.js';

const USAGE =
  'usage: npm run bench -- [--outputs N] [--baseline N] [--build-only] [--rebuild] [--requests N] [--read-rounds N] [--warmup N] [--cell-seconds N] [--write-rounds N] [--write-batches 100,1000,5000] [--skip-reads] [--skip-writes] [--skip-openlineage] [--ol-warmup N] [--skip-retrieval] [--skip-recommendations] [--skip-signals] [--signal-batch N] [--signal-clients 1,4] [--signal-warmup N] [--monitors N]\n' +
  'full run (100k and 1M side by side): npm run bench -- --outputs 1000000 --build-only, once; then npm run bench -- --outputs 1000000';

/** The size every run measures beside the one asked for. */
const BASELINE_OUTPUTS = 100_000;

function options() {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      outputs: { type: 'string', default: String(BASELINE_OUTPUTS) },
      baseline: { type: 'string', default: String(BASELINE_OUTPUTS) },
      'build-only': { type: 'boolean', default: false },
      // Requests per path and cell, split over the read rounds; warm-up and the time bound are per round.
      requests: { type: 'string', default: '300' },
      'read-rounds': { type: 'string', default: '3' },
      warmup: { type: 'string', default: '10' },
      'cell-seconds': { type: 'string', default: '30' },
      // The median of 9 interleaved rounds: with 5, Neo4j's checkpoints moved the 1,000-row ratio
      // between 0.75 and 1.07 from one run to the next.
      'write-rounds': { type: 'string', default: '9' },
      'write-batches': { type: 'string', default: '100,1000,5000' },
      'skip-reads': { type: 'boolean', default: false },
      'skip-writes': { type: 'boolean', default: false },
      'skip-openlineage': { type: 'boolean', default: false },
      'ol-warmup': { type: 'string', default: String(OPENLINEAGE_BENCH_DEFAULTS.warmupBatches) },
      'skip-retrieval': { type: 'boolean', default: false },
      'skip-recommendations': { type: 'boolean', default: false },
      'skip-signals': { type: 'boolean', default: false },
      // recordScores / recordKpis: rows per batch and concurrent clients (rounds: --write-rounds).
      'signal-batch': { type: 'string', default: '1000' },
      'signal-clients': { type: 'string', default: '1,4' },
      // Unmeasured rounds per path before each signal-write cell: Neo4j's JIT compiles the write path in
      // its first minutes after a start, which doubled the CPU per row of the first measured rounds.
      'signal-warmup': { type: 'string', default: '10' },
      // Monitors defined on one system for the runMonitors cell (0 skips it).
      monitors: { type: 'string', default: '100' },
      // The server to measure on instead of the bench's own instances (NEO4J_URI alone is refused).
      'neo4j-uri': { type: 'string' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const num = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new BenchFailure(`--${name} must be a whole number ≥ ${min} (${USAGE})`);
    return n;
  };
  const outputs = num('outputs', values.outputs!, 1);
  // --baseline 0 measures only --outputs.
  const baseline = num('baseline', values.baseline!, 0);
  return {
    rebuild: values.rebuild!,
    sizes: [...new Set([baseline, outputs].filter((n) => n > 0))].sort((a, b) => a - b),
    buildOnly: values['build-only']!,
    requests: num('requests', values.requests!, 1),
    readRounds: num('read-rounds', values['read-rounds']!, 1),
    warmup: num('warmup', values.warmup!, 0),
    cellMs: num('cell-seconds', values['cell-seconds']!, 1) * 1000,
    writeRounds: num('write-rounds', values['write-rounds']!, 1),
    writeBatches: values['write-batches']!.split(',').map((b) => num('write-batches', b.trim(), 1)),
    skipReads: values['skip-reads']!,
    skipWrites: values['skip-writes']!,
    skipOpenLineage: values['skip-openlineage']!,
    olWarmup: num('ol-warmup', values['ol-warmup']!, 0),
    skipRetrieval: values['skip-retrieval']!,
    skipRecommendations: values['skip-recommendations']!,
    skipSignals: values['skip-signals']!,
    signalBatch: num('signal-batch', values['signal-batch']!, 1),
    signalClients: values['signal-clients']!.split(',').map((c) => num('signal-clients', c.trim(), 1)),
    signalWarmup: num('signal-warmup', values['signal-warmup']!, 0),
    monitors: num('monitors', values.monitors!, 0),
  };
}

type Options = ReturnType<typeof options>;

/** One path of a cell, pooled over its rounds. */
interface PathRun {
  latencies: number[];
  errors: number;
  firstError?: string;
  wallMs: number;
  /** Calls made, warm-ups included: the denominator of CPU per request. */
  calls: number;
  cpu: { server: number | null; neo4j: number | null };
}

const cpuPerCall = (ms: number | null, calls: number) => (ms === null ? null : Math.round((ms / Math.max(calls, 1)) * 100) / 100);

/** Adds one round of `client` to `into`, with the CPU the server and Neo4j spent on it (warm-up included). */
async function runRound(
  into: PathRun,
  client: (i: number) => Promise<void>,
  opts: LoadOptions,
  offset: number,
  pids: { server?: number; neo4j?: number },
): Promise<void> {
  const before = { server: pids.server && cpuMs(pids.server), neo4j: pids.neo4j && cpuMs(pids.neo4j) };
  const s = await sampleLoad(client, opts, offset);
  const after = { server: pids.server && cpuMs(pids.server), neo4j: pids.neo4j && cpuMs(pids.neo4j) };
  into.latencies.push(...s.latencies);
  into.errors += s.errors;
  into.firstError ??= s.firstError;
  into.wallMs += s.wallMs;
  into.calls += s.latencies.length + s.errors + opts.warmup;
  for (const k of ['server', 'neo4j'] as const) {
    const b = before[k];
    const a = after[k];
    into.cpu[k] = into.cpu[k] === null || typeof b !== 'number' || typeof a !== 'number' ? null : into.cpu[k] + (a - b);
  }
}

const emptyRun = (): PathRun => ({ latencies: [], errors: 0, wallMs: 0, calls: 0, cpu: { server: 0, neo4j: 0 } });

/**
 * Each cell runs in `rounds` rounds, the driver's, the floor server's (small answers) and the API's
 * taking turns (which goes first rotates every round) over the same start nodes, and pools each path's
 * latencies: a checkpoint or a collection in Neo4j then lands on every path alike instead of on
 * whichever ran during it.
 */
async function measure(
  ops: Operation[],
  api: Client,
  driver: Client,
  floor: { client: Client },
  pids: { server: number; neo4j?: number },
  load: Omit<LoadOptions, 'concurrency'> & { rounds: number },
  cellRss: () => number,
): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const op of ops) {
    for (const concurrency of op.concurrency) {
      const opts: LoadOptions = { ...load, concurrency, requests: Math.ceil(load.requests / load.rounds) };
      const d = op.cypher ? emptyRun() : undefined;
      const f = op.cypher && !op.large ? emptyRun() : undefined;
      const a = emptyRun();
      const paths = [
        ...(d ? [{ name: 'driver', run: d, client: (i: number) => driver(op, op.target(i)), pids: { neo4j: pids.neo4j } }] : []),
        ...(f ? [{ name: 'floor', run: f, client: (i: number) => floor.client(op, op.target(i)), pids: { neo4j: pids.neo4j } }] : []),
        { name: 'API', run: a, client: (i: number) => api(op, op.target(i)), pids },
      ];
      cellRss();
      for (let round = 0; round < load.rounds; round++) {
        const offset = round * (opts.warmup + opts.requests);
        // Which path goes first rotates every round.
        const order = paths.map((_, k) => paths[(k + round) % paths.length]);
        for (const p of order) await runRound(p.run, p.client, opts, offset, p.pids);
      }
      const summary = (r: PathRun) => summarise(r.latencies, r.errors, r.wallMs);
      const cpu = {
        serverPerApiRequest: cpuPerCall(a.cpu.server, a.calls),
        neo4jPerApiRequest: cpuPerCall(a.cpu.neo4j, a.calls),
        neo4jPerDriverRequest: d ? cpuPerCall(d.cpu.neo4j, d.calls) : null,
      };
      for (const p of paths) {
        if (p.run.firstError) log(`${op.name} c=${concurrency} ${p.name}: ${p.run.errors} errors, first: ${p.run.firstError}`);
      }
      const apiSummary = summary(a);
      const driverSummary = d ? summary(d) : null;
      const floorSummary = f ? summary(f) : null;
      const cell: Cell = {
        operation: op.name,
        kind: op.kind,
        large: !!op.large,
        concurrency,
        api: apiSummary,
        driver: driverSummary,
        ratioP50: driverSummary ? apiSummary.p50 / driverSummary.p50 : null,
        floor: floorSummary,
        ratioFloorP50: floorSummary ? apiSummary.p50 / floorSummary.p50 : null,
        cpuMs: cpu,
        peakRssMb: Math.round(cellRss()),
      };
      const vs =
        (driverSummary
          ? ` | driver p50 ${driverSummary.p50.toFixed(1)} p99 ${driverSummary.p99.toFixed(1)} ms | ratio ${cell.ratioP50!.toFixed(2)}`
          : '') + (floorSummary ? ` | floor p50 ${floorSummary.p50.toFixed(1)} ms | API/floor ${cell.ratioFloorP50!.toFixed(2)}` : '');
      const cpuLine = `CPU/req API ${cpu.serverPerApiRequest ?? '-'} ms, Neo4j ${cpu.neo4jPerApiRequest ?? '-'} | ${cpu.neo4jPerDriverRequest ?? '-'} ms`;
      log(
        `${op.name.padEnd(44)} c=${String(concurrency).padStart(2)}  API p50 ${apiSummary.p50.toFixed(1)} p99 ${apiSummary.p99.toFixed(1)} ms${vs} | ${cpuLine} | RSS ${cell.peakRssMb} MB`,
      );
      cells.push(cell);
    }
  }
  return cells;
}

/** Builds (or reuses) one size's graph and measures it with its own API server. */
async function measureSize(config: Config, opts: Options, outputs: number, first: boolean): Promise<SizeResults> {
  log(`--- graph of ${outputs.toLocaleString('en')} outputs${config.neo4j.uri ? '' : ` (instance ${storeInstance(outputs)})`} ---`);
  const store = await openStore(config, outputs);
  let server: ServerProcess | undefined;
  let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
  try {
    const db = store.db;
    const marker = await ensureGraph(db, servicesFrom(config), benchGraphSpec(outputs), opts.rebuild);
    const disk = store.diskBytes();
    if (disk)
      log(
        `store on disk: ${mb(disk.store)} MB (${Math.round(disk.store / marker.outputs)} bytes per output), transaction logs ${mb(disk.txLogs)} MB`,
      );
    const base: SizeResults = {
      outputs: marker.outputs,
      graph: marker,
      disk: disk ?? null,
      cells: [],
      writes: [],
      server: null,
      roundTrips: [],
      openLineage: null,
      retrieval: null,
      recommendations: null,
      signals: null,
    };
    if (opts.buildOnly) return base;

    const ops = operations(marker, config.limits);
    const roundTrips = first ? await countRoundTrips(config, db, ops) : [];
    if (first) log(`Cypher statements per GraphQL request: ${roundTrips.map((r) => `${r.queries}`).join(', ')}`);

    const token = await createBenchKey(db, servicesFrom(config));
    log('starting the API server ...');
    server = await startServer(db.uri);
    if (!opts.skipReads) floor = await startFloor(db.uri);
    const startRssMb = server.rssMb() ?? null;
    log(`API server ready at ${server.url} (pid ${server.pid}, RSS ${startRssMb?.toFixed(0)} MB)`);
    const api = apiClient(server.url, token);
    await api(ops[0], ops[0].target(0)).catch((err: unknown) => {
      throw new BenchFailure(`the API refused the first request: ${err instanceof Error ? err.message : String(err)}`);
    });

    log('warming up the server (50 requests per operation) ...');
    const rss = sampleRss(server.rssMb);
    for (const op of ops) await warmUp((i) => api(op, op.target(i)), 4, 50);
    const warmRssMb = rss.restart();
    const cells = opts.skipReads
      ? []
      : await measure(
          ops,
          api,
          driverClient(db),
          { client: apiClient(floor!.url, undefined) },
          { server: server.pid, neo4j: store.neo4jPid },
          { requests: opts.requests, rounds: opts.readRounds, warmup: opts.warmup, maxMs: opts.cellMs },
          rss.restart,
        );
    await new Promise((r) => setTimeout(r, 1000));
    const afterRssMb = rss.take() ?? null;
    rss.stop();
    const tooLarge = opts.writeBatches.find((b) => b > config.limits.maxBatch);
    if (tooLarge) throw new BenchFailure(`--write-batches: ${tooLarge} is above PROVENANT_MAX_BATCH (${config.limits.maxBatch})`);
    log(
      opts.skipWrites
        ? 'writes skipped (--skip-writes)'
        : `measuring recordInvocations against a raw UNWIND CREATE (batches ${opts.writeBatches.join(', ')}, ${opts.writeRounds} rounds) ...`,
    );
    const writes = opts.skipWrites
      ? []
      : await measureWrites(
          db,
          { url: server.url, token, actor: PRINCIPALS.engineer.id },
          { batches: opts.writeBatches, rounds: opts.writeRounds, bucketMs: signalBucketMs(config.limits) },
        );
    if (opts.signalBatch > config.limits.maxBatch)
      throw new BenchFailure(`--signal-batch: ${opts.signalBatch} is above PROVENANT_MAX_BATCH (${config.limits.maxBatch})`);
    const signals = opts.skipSignals
      ? null
      : await benchSignals(
          db,
          { url: server.url, token, actor: PRINCIPALS.engineer.id, pids: { server: server.pid, neo4j: store.neo4jPid } },
          marker,
          {
            batch: opts.signalBatch,
            clients: opts.signalClients,
            rounds: opts.writeRounds,
            warmupRounds: opts.signalWarmup,
            bucketMs: signalBucketMs(config.limits),
            requests: opts.requests,
            warmup: opts.warmup,
            concurrency: 4,
            maxMs: opts.cellMs,
            monitors: opts.monitors,
          },
        );
    const openLineage =
      first && !opts.skipOpenLineage
        ? await benchOpenLineage(server.url, token, { ...OPENLINEAGE_BENCH_DEFAULTS, warmupBatches: opts.olWarmup })
        : null;
    const retrieval = first && !opts.skipRetrieval ? await benchRetrieval(db, config) : null;
    const recommendations = opts.skipRecommendations ? null : await benchRecommendations(db, config, marker, first);
    const r1 = (n: number | null) => n && Math.round(n * 10) / 10;
    return {
      ...base,
      cells,
      writes,
      roundTrips,
      openLineage,
      retrieval,
      recommendations,
      signals,
      server: { peakRssMb: r1(rss.peak)!, afterRssMb: r1(afterRssMb), startRssMb: r1(startRssMb), warmRssMb: r1(warmRssMb) },
    };
  } finally {
    floor?.stop();
    await server?.stop();
    await store.close();
  }
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);

async function main(): Promise<void> {
  const opts = options();
  const loadAtStart = loadavg();
  const config = ownInstanceConfig(loadConfig(), { instance: 'bench', command: 'npm run bench' });
  if (config.neo4j.uri && opts.sizes.length > 1) {
    throw new BenchFailure(
      `--neo4j-uri names one server, which holds one graph: pass --baseline 0 to measure --outputs ${opts.sizes.at(-1)} alone`,
    );
  }
  const sizes: SizeResults[] = [];
  for (const [i, outputs] of opts.sizes.entries()) sizes.push(await measureSize(config, opts, outputs, i === 0));

  const results: Results = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadAverage: { start: loadAtStart, end: loadavg() } },
    requestsPerCell: opts.requests,
    readRounds: opts.readRounds,
    sizes,
    targets: evaluateTargets(sizes),
  };
  for (const s of sizes) if (s.server) process.stdout.write(`${printSummary(results, s)}\n`);
  process.stdout.write(`${printComparison(results)}\n`);
  for (const s of sizes) if (s.openLineage) process.stdout.write(`${s.openLineage}\n`);
  for (const s of sizes) if (s.retrieval) process.stdout.write(`${s.retrieval}\n`);
  for (const s of sizes) if (s.recommendations) process.stdout.write(`${s.recommendations}\n`);
  for (const s of sizes)
    if (s.signals) process.stdout.write(`\n${s.outputs.toLocaleString('en')} outputs: ${printSignalTables(s.signals)}\n`);
  log(`results written to ${writeResults(results)}`);
  const failedCells = sizes.flatMap((s) => [
    ...s.cells.filter((c) => c.api.errors + (c.driver?.errors ?? 0) > 0),
    ...s.writes.filter((w) => w.errors > 0),
    ...(s.signals?.writes.filter((w) => w.errors > 0) ?? []),
    ...(s.signals?.metrics?.api.errors ? [s.signals.metrics] : []),
    ...(s.signals?.monitors?.errors ? [s.signals.monitors] : []),
  ]);
  if (failedCells.length > 0) throw new BenchFailure(`${failedCells.length} cells had failed requests (see above)`);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`bench: ${message.split('\n')[0]}\n`);
  process.exit(1);
});

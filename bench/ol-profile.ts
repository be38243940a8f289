import neo4j, { type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { ownInstanceConfig } from '../src/db/connect-own-instance.js';
import type { Database } from '../src/db/database.js';
import type { NamedQuery } from '../src/db/named-query.js';
import { query } from '../src/db/queries.js';
import { toPlain } from '../src/db/values.js';
import type { DomainContext } from '../src/domain/context.js';
import { ingestOpenLineage } from '../src/domain/openlineage/ingest.js';
import { nodeId } from '../src/domain/ids.js';
import { recordKpis } from '../src/domain/signals/kpis.js';
import { recordScores } from '../src/domain/signals/scores.js';
import { signalBucketMs } from '../src/domain/signals/aggregates.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { servicesFrom } from '../src/domain/services.js';
import { openStore } from './graph/store.js';
import { cpuMs } from './load/server.js';
import { runEvents } from './openlineage.js';
import { PRINCIPALS } from './graph/actors.js';
import { log } from './progress.js';
import { benchTarget, kpiRows, scoreRows } from './signals/writes.js';
import { clearBenchAggregates, deleteByIdPrefix, removeBenchAggregates } from './writes/index.js';

/**
 * Where a batched write spends its time in Neo4j (`npx tsx bench/ol-profile.ts [--work openlineage|scores|kpis]`):
 * runs batches of the bench's OpenLineage events, or of its recordScores / recordKpis rows, through the
 * domain write path against the bench's graph, each statement under PROFILE, and prints per statement
 * its time, database hits, rows and whether its plan is eager.
 */
interface Stat {
  calls: number;
  ms: number;
  /** Neo4j's CPU while the statement ran (meaningful with --concurrency 1). */
  cpu: number;
  dbHits: number;
  rows: number;
  eager: boolean;
  /** Characters of the parameters as JSON: what the statement sends. */
  bytes: number;
}

const stats = new Map<string, Stat>();
let neo4jPid: number | undefined;

const neo4jCpu = () => (neo4jPid ? (cpuMs(neo4jPid) ?? 0) : 0);
const plans = new Map<string, ProfiledPlan>();

function printPlan(plan: ProfiledPlan, depth = 0): void {
  const details = String(plan.arguments?.Details ?? '').slice(0, 150);
  log(`${'  '.repeat(depth)}${plan.operatorType} dbHits=${plan.dbHits} rows=${plan.rows} ${details}`);
  for (const c of plan.children) printPlan(c, depth + 1);
}

function walk(plan: ProfiledPlan, visit: (p: ProfiledPlan) => void): void {
  visit(plan);
  for (const c of plan.children) walk(c, visit);
}

class ProfilingTx {
  /** The statement this transaction ran last: where a deadlock struck. */
  current = '';

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly profile: boolean,
  ) {}

  async run<R>(q: NamedQuery<never, R>, params?: Record<string, unknown>): Promise<R[]> {
    const t = performance.now();
    const c = neo4jCpu();
    this.current = q.name;
    const text = query(q.name);
    // PROFILE goes after the query's options (CYPHER replan=skip), not before them.
    const result = await this.tx.run(this.profile ? text.replace(/^(CYPHER \S+ )?/, '$1PROFILE ') : text, params ?? {});
    const ms = performance.now() - t;
    const s = stats.get(q.name) ?? { calls: 0, ms: 0, cpu: 0, dbHits: 0, rows: 0, eager: false, bytes: 0 };
    s.calls++;
    s.bytes += JSON.stringify(params ?? {}, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)).length;
    s.cpu += neo4jCpu() - c;
    s.ms += ms;
    s.rows += result.records.length;
    const profile = result.summary.profile;
    if (profile) plans.set(q.name, profile);
    if (profile) walk(profile, (p) => ((s.dbHits += p.dbHits), p.operatorType.startsWith('Eager') && (s.eager = true)));
    stats.set(q.name, s);
    return result.records.map((r) => toPlain(r.toObject()) as R);
  }

  async one<R>(q: NamedQuery<never, R>, params?: Record<string, unknown>): Promise<R | undefined> {
    return (await this.run(q, params))[0];
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-profile': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '1' },
      plan: { type: 'string', multiple: true, default: [] },
      outputs: { type: 'string', default: '10000' },
      batches: { type: 'string', default: '5' },
      size: { type: 'string', default: '200' },
      work: { type: 'string', default: 'openlineage' },
    },
  });
  const config = ownInstanceConfig(loadConfig(), { instance: 'bench', command: 'bench/ol-profile.ts' });
  const store = await openStore(config, Number(values.outputs));
  try {
    neo4jPid = store.neo4jPid;
    const real = store.db;
    const session = () => real.driver.session({ database: real.database, defaultAccessMode: neo4j.session.WRITE });
    let attempts = 0;
    const live = new Set<ProfilingTx>();
    let commitMs = 0;
    let commitCpu = 0;
    const db = {
      ...real,
      write: async <T>(work: (tx: ProfilingTx) => Promise<T>) => {
        const s = session();
        try {
          let done = 0;
          let cpuDone = 0;
          const result = await s.executeWrite(async (tx) => {
            attempts++;
            let r: T;
            const ptx = new ProfilingTx(tx, !values['no-profile']);
            live.add(ptx);
            try {
              r = await work(ptx);
            } catch (err) {
              const others = [...live].filter((o) => o !== ptx).map((o) => o.current);
              log(
                `attempt failed in ${ptx.current} (the others in: ${others.join(', ')}): ${err instanceof Error ? err.message.slice(0, 600) : String(err)}`,
              );
              throw err;
            } finally {
              live.delete(ptx);
            }
            done = performance.now();
            cpuDone = neo4jCpu();
            return r;
          });
          commitMs += performance.now() - done;
          commitCpu += neo4jCpu() - cpuDone;
          return result;
        } finally {
          await s.close();
        }
      },
    } as unknown as Database;
    const ctx: DomainContext = {
      db,
      ...servicesFrom(config),
      // The bench's clients act as the engineer, a node in the graph: runs link to it.
      principal: { ...systemPrincipal(PRINCIPALS.engineer.id), roles: ['ENGINEER'] },
      now: () => new Date(),
      requestId: `ol-profile-${Date.now()}`,
    };
    const size = Number(values.size);
    const batches = Number(values.batches);
    const work = await workload(values.work!, store.db, batches, size, signalBucketMs(ctx.limits));
    // The first batch plans every statement: it warms up, and is not counted.
    const warm = { t: performance.now(), cpu: neo4jCpu() };
    await work.batch({ ...ctx, requestId: `${ctx.requestId}-warm` }, 0);
    log(
      `warm-up batch: ${(performance.now() - warm.t).toFixed(0)} ms, Neo4j CPU ${(neo4jCpu() - warm.cpu).toFixed(0)} ms (plans what is not yet cached)`,
    );
    stats.clear();
    attempts = 0;
    commitMs = 0;
    commitCpu = 0;
    const t = performance.now();
    const cpu0 = { neo4j: store.neo4jPid ? cpuMs(store.neo4jPid) : undefined, self: process.cpuUsage() };
    let next = 1;
    const worker = async () => {
      while (next <= batches) {
        const b = next++;
        const tb = performance.now();
        await work.batch({ ...ctx, requestId: `${ctx.requestId}-${b}` }, b);
        log(`batch ${b}: ${(performance.now() - tb).toFixed(0)} ms`);
      }
    };
    await Promise.all(Array.from({ length: Number(values.concurrency) }, worker)).finally(work.cleanup);
    const total = performance.now() - t;
    const neo4jPerBatch = store.neo4jPid && cpu0.neo4j !== undefined ? (cpuMs(store.neo4jPid)! - cpu0.neo4j) / batches : NaN;
    const self = process.cpuUsage(cpu0.self);
    log(
      `CPU per batch: Neo4j ${neo4jPerBatch.toFixed(0)} ms, this process ${((self.user + self.system) / 1000 / batches).toFixed(0)} ms (load ${loadavg()[0].toFixed(1)})`,
    );
    log(
      `${batches} batches of ${size}: ${total.toFixed(0)} ms, ${((batches * size) / (total / 1000)).toFixed(0)} ${work.unit}/s; ` +
        `${attempts} transaction attempts; commit ${(commitMs / batches).toFixed(1)} ms/batch, Neo4j CPU ${(commitCpu / batches).toFixed(0)} ms${values['no-profile'] ? '' : ' (PROFILE adds its own cost)'}`,
    );
    const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
    for (const [name, s] of rows) {
      log(
        `${name.padEnd(28)} calls ${String(s.calls).padStart(3)}  ${(s.ms / batches).toFixed(1).padStart(7)} ms/batch  Neo4j CPU ${(s.cpu / batches).toFixed(0).padStart(4)} ms  dbHits/batch ${String(Math.round(s.dbHits / batches)).padStart(8)}  rows ${s.rows}  params ${Math.round(s.bytes / batches / 1024)} KB/batch${s.eager ? '  EAGER' : ''}`,
      );
    }
    for (const name of values.plan ?? []) {
      log(`--- plan of ${name} (last call) ---`);
      const plan = plans.get(name);
      if (plan) printPlan(plan);
    }
  } finally {
    await store.close();
  }
}

/** Batch `b` of the chosen write, and how to take what the batches wrote back out of the bench graph. */
async function workload(kind: string, db: Database, batches: number, size: number, bucketMs: number) {
  type Batch = (ctx: DomainContext, b: number) => Promise<unknown>;
  const run = `prof-${Date.now().toString(36)}`;
  if (kind === 'openlineage') {
    const events = Array.from({ length: ((batches + 1) * size) / 2 }, (_, i) => runEvents(`ol${run}`, i)).flat();
    const batch: Batch = (ctx, b) => ingestOpenLineage(ctx, events.slice(b * size, (b + 1) * size), 'batch');
    return { unit: 'events', batch, cleanup: async () => {} };
  }
  if (kind !== 'scores' && kind !== 'kpis') throw new Error(`--work: openlineage, scores or kpis, not "${kind}"`);
  const target = await benchTarget(db);
  const at = new Date(Date.now() - 60_000);
  const buckets = await clearBenchAggregates(db, target.release, at, bucketMs);
  const batch: Batch =
    kind === 'scores'
      ? (ctx, b) => recordScores(ctx, { scores: scoreRows(`${run}-${b}`, size, target, at).api })
      : (ctx, b) => recordKpis(ctx, { observations: kpiRows(`${run}-${b}`, size, target, at).api });
  const cleanup = async () => {
    await deleteByIdPrefix(db, [nodeId(kind === 'scores' ? 'Score' : 'KpiObservation', run)]);
    await removeBenchAggregates(db, target.release, buckets);
  };
  return { unit: 'rows', batch, cleanup };
}

main().catch((err: unknown) => {
  process.stderr.write(`ol-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

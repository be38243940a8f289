import http from 'node:http';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import { nodeId } from '../../src/domain/ids.js';
import { TRAFFIC_KPI, TRAFFIC_SCORES } from '../graph/traffic.js';
import { post } from '../load/clients.js';
import { cpuMs } from '../load/server.js';
import { median } from '../load/stats.js';
import { log } from '../progress.js';
import { benchRelease, clearBenchAggregates, deleteByIdPrefix, removeBenchAggregates } from '../writes/index.js';

/** One signal's recording throughput: `clients` concurrent batches per round on each path, median wall ms per round. */
export interface SignalWriteCell {
  mutation: 'recordScores' | 'recordKpis';
  batch: number;
  clients: number;
  rounds: number;
  apiMs: number;
  driverMs: number;
  apiRowsPerSec: number;
  driverRowsPerSec: number;
  /** API throughput as a fraction of the raw driver's (driver ms / API ms): 1 means as fast. */
  ratio: number;
  /** CPU ms per 1,000 rows over the measured rounds: the API server's, and Neo4j's on each path (null: not measured). */
  cpuPer1k: { api: number | null; neo4jApi: number | null; neo4jDriver: number | null };
  errors: number;
}

/**
 * The baselines: the nodes, properties and relationships recordScores and recordKpis store, created
 * by one UNWIND … CREATE per batch through the driver, with nothing else (no config or time checks,
 * no idempotency look-up, no audit event, no aggregates). The rows come with what the API looks up
 * (the target's release, the config's data type) already filled in.
 */
const RAW_SCORES = `UNWIND $rows AS row
MATCH (t:Node {id: row.target})
CREATE (s:Node:Score {id: row.id, kind: 'Score', parent: row.target, release: row.release, name: row.name,
  dataType: row.dataType, value: row.value, category: null, source: row.source, comment: null,
  createdAt: row.at, createdBy: $actor, recordDigest: row.digest})
CREATE (s)-[:ASSESSES {since: row.at}]->(t)
RETURN count(s) AS created`;

const RAW_KPIS = `UNWIND $rows AS row
MATCH (sys:Node {id: row.system})
MATCH (rel:Node {id: row.release})
CREATE (k:Node:KpiObservation {id: row.id, kind: 'KpiObservation', parent: row.system, release: row.release, kpi: row.kpi,
  value: row.value, windowStart: row.from, windowEnd: row.to, createdAt: row.to, createdBy: $actor, recordDigest: row.digest})
CREATE (k)-[:ASSESSES {since: row.to}]->(sys)
CREATE (k)-[:ASSESSES {since: row.to}]->(rel)
RETURN count(k) AS created`;

const SCORES_MUTATION = `mutation BenchScores($scores: [ScoreInput!]!) { recordScores(scores: $scores) { created } }`;
const KPIS_MUTATION = `mutation BenchKpis($observations: [KpiObservationInput!]!) { recordKpis(observations: $observations) { created } }`;

interface Target {
  release: string;
  system: string;
  /** Outputs of the release, for scores to name. */
  outputs: string[];
}

type Rows = { api: Array<Record<string, unknown>>; raw: Array<Record<string, unknown>> };

/** The API's input and the raw baseline's rows for one batch of `size` scores keyed `prefix-<i>`. */
export function scoreRows(prefix: string, size: number, t: Target, at: Date): Rows {
  const { name } = TRAFFIC_SCORES.groundedness;
  const value = (i: number) => 0.5 + (i % 50) / 100;
  const target = (i: number) => t.outputs[i % t.outputs.length];
  const keys = Array.from({ length: size }, (_, i) => `${prefix}-${i}`);
  return {
    api: keys.map((key, i) => ({ key, target: target(i), name, value: value(i), source: 'GRADER', at: at.toISOString() })),
    raw: keys.map((key, i) => ({
      id: nodeId('Score', key),
      target: target(i),
      release: t.release,
      name,
      dataType: 'NUMERIC',
      value: value(i),
      source: 'GRADER',
      at: neo4j.types.DateTime.fromStandardDate(at),
      digest: key,
    })),
  };
}

/** The same for KPI observations, one-hour windows ending at `at`, attributed to the release. */
export function kpiRows(prefix: string, size: number, t: Target, at: Date): Rows {
  const from = new Date(at.getTime() - 3_600_000);
  const value = (i: number) => 0.3 + (i % 20) / 100;
  const keys = Array.from({ length: size }, (_, i) => `${prefix}-${i}`);
  return {
    api: keys.map((key, i) => ({
      key,
      kpi: TRAFFIC_KPI.name,
      system: t.system,
      release: t.release,
      from: from.toISOString(),
      to: at.toISOString(),
      value: value(i),
    })),
    raw: keys.map((key, i) => ({
      id: nodeId('KpiObservation', key),
      kpi: TRAFFIC_KPI.name,
      system: t.system,
      release: t.release,
      from: neo4j.types.DateTime.fromStandardDate(from),
      to: neo4j.types.DateTime.fromStandardDate(at),
      value: value(i),
      digest: key,
    })),
  };
}

const KINDS = [
  { mutation: 'recordScores', query: SCORES_MUTATION, arg: 'scores', raw: RAW_SCORES, rows: scoreRows, label: 'Score' },
  { mutation: 'recordKpis', query: KPIS_MUTATION, arg: 'observations', raw: RAW_KPIS, rows: kpiRows, label: 'KpiObservation' },
] as const;

/**
 * recordScores and recordKpis over HTTP from `clients` concurrent clients against the same rows by
 * a raw driver UNWIND … CREATE from as many sessions, in the same run: each round both paths write
 * fresh batches (which goes first alternates) and the median wall time of a round is compared.
 * Everything written, and the aggregates the API added, is deleted afterwards.
 */
export async function measureSignalWrites(
  db: Database,
  server: { url: string; token: string; actor: string; pids?: { server?: number; neo4j?: number } },
  opts: { batch: number; clients: number[]; rounds: number; warmupRounds: number; bucketMs: number },
): Promise<SignalWriteCell[]> {
  const target = await benchTarget(db);
  const run = `benchs-${Date.now().toString(36)}`;
  const url = new URL('/graphql', server.url);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${server.token}` };
  const at = new Date(Date.now() - 60_000);
  const buckets = await clearBenchAggregates(db, target.release, at, opts.bucketMs);
  const cells: SignalWriteCell[] = [];
  try {
    for (const kind of KINDS)
      for (const clients of opts.clients) {
        const api = async (agent: http.Agent, rows: Rows) => {
          const { status, text } = await post(
            url,
            agent,
            headers,
            JSON.stringify({ query: kind.query, variables: { [kind.arg]: rows.api } }),
          );
          const body = JSON.parse(text) as { data?: Record<string, { created: number } | undefined>; errors?: Array<{ message: string }> };
          if (status !== 200 || body.errors?.length || body.data?.[kind.mutation]?.created !== rows.api.length)
            throw new Error(`${kind.mutation}: HTTP ${status}: ${body.errors?.[0]?.message ?? text.slice(0, 200)}`);
        };
        const driver = async (rows: Rows) => {
          const session = db.driver.session({ database: db.database });
          try {
            await session.executeWrite((tx) => tx.run(kind.raw, { rows: rows.raw, actor: server.actor }));
          } finally {
            await session.close();
          }
        };
        /** One round of one path: every client writes its own batch at once; wall ms, or null when one failed. */
        // A fresh agent per round: a kept-alive socket the server closed while the other path ran would reset.
        const cpu = { api: 0 as number | null, neo4jApi: 0 as number | null, neo4jDriver: 0 as number | null };
        const round = async (path: 'api' | 'driver', name: string, measured = true): Promise<number | null> => {
          const batches = Array.from({ length: clients }, (_, c) => kind.rows(`${run}-${name}-${clients}c${c}`, opts.batch, target, at));
          const agent = new http.Agent({ keepAlive: true });
          const before = cpuOf(server.pids);
          const t0 = performance.now();
          try {
            await Promise.all(batches.map((b) => (path === 'api' ? api(agent, b) : driver(b))));
            const ms = performance.now() - t0;
            if (measured) {
              const after = cpuOf(server.pids);
              const add = (was: number | null, a: number | undefined, b: number | undefined) =>
                was === null || a === undefined || b === undefined ? null : was + (a - b);
              if (path === 'api') {
                cpu.api = add(cpu.api, after.server, before.server);
                cpu.neo4jApi = add(cpu.neo4jApi, after.neo4j, before.neo4j);
              } else cpu.neo4jDriver = add(cpu.neo4jDriver, after.neo4j, before.neo4j);
            }
            return ms;
          } catch (err) {
            log(`${kind.mutation} ${path} round failed: ${err instanceof Error ? err.message : String(err)}`);
            return null;
          } finally {
            agent.destroy();
          }
        };
        // Unmeasured rounds warm both paths (Neo4j's JIT, query plans), alternating like the measured ones.
        for (let w = 0; w < opts.warmupRounds; w++) {
          await round('api', `${kind.label.toLowerCase()}-warm-api-${w}`, false);
          await round('driver', `${kind.label.toLowerCase()}-warm-drv-${w}`, false);
        }
        const samples = { api: [] as number[], driver: [] as number[], errors: 0 };
        for (let r = 0; r < opts.rounds; r++) {
          const order = r % 2 === 0 ? (['driver', 'api'] as const) : (['api', 'driver'] as const);
          for (const path of order) {
            const ms = await round(path, `${kind.label.toLowerCase()}-${path}-${r}`);
            if (ms === null) samples.errors += 1;
            else samples[path].push(ms);
          }
        }
        const apiMs = median(samples.api);
        const driverMs = median(samples.driver);
        const rows = opts.batch * clients;
        const cell: SignalWriteCell = {
          mutation: kind.mutation,
          batch: opts.batch,
          clients,
          rounds: opts.rounds,
          apiMs,
          driverMs,
          apiRowsPerSec: Math.round((rows * 1000) / apiMs),
          driverRowsPerSec: Math.round((rows * 1000) / driverMs),
          ratio: driverMs / apiMs,
          cpuPer1k: {
            api: per1k(cpu.api, samples.api.length * rows),
            neo4jApi: per1k(cpu.neo4jApi, samples.api.length * rows),
            neo4jDriver: per1k(cpu.neo4jDriver, samples.driver.length * rows),
          },
          errors: samples.errors,
        };
        const c = cell.cpuPer1k;
        log(
          `${kind.mutation}: ${clients} clients × ${opts.batch} rows: API ${apiMs.toFixed(0)} ms (${cell.apiRowsPerSec} rows/s), driver ${driverMs.toFixed(0)} ms (${cell.driverRowsPerSec} rows/s), ratio ${cell.ratio.toFixed(2)}× | CPU ms per 1k rows: API server ${c.api ?? '-'}, Neo4j ${c.neo4jApi ?? '-'} | driver path Neo4j ${c.neo4jDriver ?? '-'}`,
        );
        cells.push(cell);
      }
  } finally {
    await removeRun(db, run);
    log(`signal writes: removed ${await removeBenchAggregates(db, target.release, buckets)} signal aggregates the API's rows added`);
  }
  return cells;
}

const cpuOf = (pids: { server?: number; neo4j?: number } | undefined) => ({
  server: pids?.server === undefined ? undefined : cpuMs(pids.server),
  neo4j: pids?.neo4j === undefined ? undefined : cpuMs(pids.neo4j),
});

const per1k = (ms: number | null, rows: number) => (ms === null || rows === 0 ? null : Math.round((ms * 1000) / rows));

/** The bench release, its system, and some of its outputs to score. */
export async function benchTarget(db: Database): Promise<Target> {
  const release = await benchRelease(db);
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run(
      `MATCH (r:Node {id: $release})
       OPTIONAL MATCH (o:Output {parent: $release}) WITH r, o LIMIT 1000
       RETURN r.parent AS system, collect(o.id) AS outputs`,
      { release },
    );
    const system = res.records[0]?.get('system') as string | null;
    const outputs = (res.records[0]?.get('outputs') as string[] | undefined) ?? [];
    if (!system || outputs.length === 0) throw new Error(`the bench release ${release} has no system or no outputs to score`);
    return { release, system, outputs };
  } finally {
    await session.close();
  }
}

/** Deletes this run's scores and KPI observations (both paths). */
const removeRun = (db: Database, run: string) =>
  deleteByIdPrefix(
    db,
    KINDS.map((kind) => nodeId(kind.label, run)),
  );

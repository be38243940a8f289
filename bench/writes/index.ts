import http from 'node:http';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import { bucketDeltas } from '../../src/domain/impact/counts.js';
import { post } from '../load/clients.js';
import { median } from '../load/stats.js';
import { log } from '../progress.js';
import { formatTable } from '../table.js';
import { nodeId } from '../../src/domain/ids.js';

/** One batch size's measurements: wall ms per batch on each path, median over the rounds. */
export interface WriteCell {
  batch: number;
  rounds: number;
  apiMs: number;
  driverMs: number;
  /** API throughput as a fraction of the raw driver's (driver ms / API ms): 1 means as fast. */
  ratio: number;
  errors: number;
}

const MUTATION = `mutation BenchWrite($invocations: [InvocationInput!]!) {
  recordInvocations(invocations: $invocations) { createdInvocations createdOutputs }
}`;

/**
 * The baseline: the same nodes, properties and relationships recordInvocations stores, created by
 * one UNWIND … CREATE through the driver, with nothing else (no validation, no idempotency check,
 * no audit event, no impact counts, no signal aggregates).
 */
const RAW_CREATE = `UNWIND $rows AS row
MATCH (r:Node {id: row.release})
CREATE (i:Node:Invocation {id: row.id, kind: 'Invocation', parent: row.release, createdAt: row.at, startedAt: row.at,
  latencyMs: row.latencyMs, costUsd: row.costUsd, inputDigest: row.inputDigest, retrievedDocuments: row.retrievedDocuments,
  inputTokens: row.inputTokens, outputTokens: row.outputTokens, numericFeatureNames: row.numericFeatureNames,
  numericFeatureValues: row.numericFeatureValues, categoricalFeatureNames: row.categoricalFeatureNames,
  categoricalFeatureValues: row.categoricalFeatureValues, createdBy: $actor, recordDigest: row.digest})
CREATE (i)-[:USED {since: row.at, role: 'release'}]->(r)
WITH i, row
UNWIND row.outputs AS o
CREATE (out:Node:Output {id: o.id, kind: 'Output', parent: row.release, invocation: row.id, outputKind: o.outputKind,
  contentDigest: o.contentDigest, summary: o.summary, decision: o.decision, confidence: o.confidence,
  createdAt: row.at, createdBy: $actor})
CREATE (out)-[:WAS_GENERATED_BY {since: row.at}]->(i)
RETURN count(out) AS outputs`;

interface Invocation {
  key: string;
  release: string;
  startedAt: string;
  latencyMs: number;
  costUsd: number;
  inputDigest: string;
  retrievedDocuments: string[];
  inputTokens: number;
  outputTokens: number;
  numericFeatures: Array<{ name: string; value: number }>;
  categoricalFeatures: Array<{ name: string; value: string }>;
  outputs: Array<{ outputKind: 'TEXT' | 'DECISION'; summary?: string; decision?: string; confidence: number }>;
}

/**
 * Every fourth invocation yields a decision beside its text answer, as in the read graph's traffic;
 * each carries token use and two features, so the write adds to every kind of signal aggregate.
 */
function batchOf(prefix: string, size: number, release: string, at: Date): Invocation[] {
  return Array.from({ length: size }, (_, i) => ({
    key: `${prefix}-${i}`,
    release,
    startedAt: new Date(at.getTime() + i).toISOString(),
    latencyMs: 200 + (i % 700),
    costUsd: 0.002,
    inputDigest: (i.toString(16) + 'a'.repeat(64)).slice(0, 64),
    retrievedDocuments: i % 3 === 0 ? ['doc:policy-7', 'doc:faq-2'] : [],
    inputTokens: 300 + (i % 500),
    outputTokens: 80 + (i % 200),
    numericFeatures: [{ name: 'input_length', value: 200 + ((i * 37) % 1800) }],
    categoricalFeatures: [{ name: 'language', value: i % 2 === 0 ? 'en' : 'de' }],
    outputs: [
      { outputKind: 'TEXT', summary: `answer ${i}`, confidence: 0.5 + (i % 50) / 100 },
      ...(i % 4 === 0 ? [{ outputKind: 'DECISION' as const, decision: 'APPROVE', confidence: 0.9 }] : []),
    ],
  }));
}

function rawRows(batch: Invocation[]) {
  return batch.map((inv) => ({
    id: nodeId('Invocation', inv.key),
    release: inv.release,
    at: neo4j.types.DateTime.fromStandardDate(new Date(inv.startedAt)),
    latencyMs: inv.latencyMs,
    costUsd: inv.costUsd,
    inputDigest: inv.inputDigest,
    retrievedDocuments: inv.retrievedDocuments,
    digest: inv.inputDigest,
    inputTokens: inv.inputTokens,
    outputTokens: inv.outputTokens,
    numericFeatureNames: inv.numericFeatures.map((f) => f.name),
    numericFeatureValues: inv.numericFeatures.map((f) => f.value),
    categoricalFeatureNames: inv.categoricalFeatures.map((f) => f.name),
    categoricalFeatureValues: inv.categoricalFeatures.map((f) => f.value),
    outputs: inv.outputs.map((o, j) => ({
      id: nodeId('Output', `${inv.key}.${j + 1}`),
      outputKind: o.outputKind,
      contentDigest: null,
      summary: o.summary ?? null,
      decision: o.decision ?? null,
      confidence: o.confidence,
    })),
  }));
}

/**
 * recordInvocations over HTTP against the raw driver baseline, in the same run: for each round and
 * batch size both paths write a fresh batch (alternating which goes first), and the median wall time
 * per batch is compared. Everything written is deleted afterwards, so the read graph stays as built.
 */
export async function measureWrites(
  db: Database,
  server: { url: string; token: string; actor: string },
  opts: { batches: number[]; rounds: number; bucketMs: number },
): Promise<WriteCell[]> {
  const { bucketMs } = opts;
  const release = await benchRelease(db);
  const run = `benchw-${Date.now().toString(36)}`;
  const url = new URL('/graphql', server.url);
  const agent = new http.Agent({ keepAlive: true });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${server.token}` };
  const recorded: Invocation[][] = [];
  const api = async (batch: Invocation[]) => {
    const { status, text } = await post(url, agent, headers, JSON.stringify({ query: MUTATION, variables: { invocations: batch } }));
    const body = JSON.parse(text) as { data?: { recordInvocations?: { createdInvocations: number } }; errors?: Array<{ message: string }> };
    if (status !== 200 || body.errors?.length || body.data?.recordInvocations?.createdInvocations !== batch.length) {
      throw new Error(`HTTP ${status}: ${body.errors?.[0]?.message ?? text.slice(0, 200)}`);
    }
    recorded.push(batch);
  };
  const driver = async (batch: Invocation[]) => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.executeWrite((tx) => tx.run(RAW_CREATE, { rows: rawRows(batch), actor: server.actor }));
    } finally {
      await session.close();
    }
  };
  const timed = async (fn: () => Promise<void>): Promise<number | null> => {
    const t0 = performance.now();
    try {
      await fn();
      return performance.now() - t0;
    } catch (err) {
      log(`write failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  };

  const at = new Date(Date.now() - 60_000);
  const aggregatesSince = await clearBenchAggregates(db, release, at, bucketMs);
  // One unmeasured round of the smallest size warms both paths (JIT, query plans).
  await api(batchOf(`${run}-warm-api`, opts.batches[0], release, at));
  await driver(batchOf(`${run}-warm-drv`, opts.batches[0], release, at));
  const samples = new Map(opts.batches.map((b) => [b, { api: [] as number[], driver: [] as number[], errors: 0 }]));
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const size of opts.batches) {
        const s = samples.get(size)!;
        const apiBatch = batchOf(`${run}-a${round}-${size}`, size, release, at);
        const driverBatch = batchOf(`${run}-d${round}-${size}`, size, release, at);
        const order = round % 2 === 0 ? (['driver', 'api'] as const) : (['api', 'driver'] as const);
        for (const path of order) {
          const ms = path === 'api' ? await timed(() => api(apiBatch)) : await timed(() => driver(driverBatch));
          if (ms === null) s.errors += 1;
          else s[path].push(ms);
        }
      }
      log(`writes: round ${round + 1}/${opts.rounds} done`);
    }
  } finally {
    agent.destroy();
    await removeWritten(db, run, recorded.flat());
    log(`writes: removed ${await removeBenchAggregates(db, release, aggregatesSince)} signal aggregates the API's invocations added`);
  }
  return opts.batches.map((batch) => {
    const s = samples.get(batch)!;
    const apiMs = median(s.api);
    const driverMs = median(s.driver);
    return { batch, rounds: opts.rounds, apiMs, driverMs, ratio: driverMs / apiMs, errors: s.errors };
  });
}

/**
 * The release the write cells record against: the oldest, whose production traffic in the read graph
 * ended long ago, so the signal aggregates of its recent buckets hold only what the bench writes.
 */
export async function benchRelease(db: Database): Promise<string> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run('MATCH (r:Release) RETURN r.id AS id ORDER BY r.createdAt LIMIT 1');
    const id = res.records[0]?.get('id') as string | undefined;
    if (!id) throw new Error('the bench graph has no release to record invocations against');
    return id;
  } finally {
    await session.close();
  }
}

/**
 * The signal aggregates the bench's writes add to: the bench release's buckets from the one holding
 * `at` on, which the read graph never reaches (its traffic on that release ended long before). Any
 * left by an interrupted earlier run are deleted first; returns the buckets to remove after the run.
 */
export async function clearBenchAggregates(db: Database, release: string, at: Date, bucketMs: number): Promise<BenchBuckets> {
  const since = Math.floor(at.getTime() / bucketMs) * bucketMs;
  const left = await removeBenchAggregates(db, release, { width: bucketMs, since });
  if (left > 0) log(`removed ${left} signal aggregates an interrupted bench run left on ${release}`);
  return { width: bucketMs, since };
}

/** Deletes the bench release's signal aggregates from `since` on (see clearBenchAggregates); returns how many. */
export interface BenchBuckets {
  width: number;
  since: number;
}

export async function removeBenchAggregates(db: Database, release: string, { width, since }: BenchBuckets): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run(
      'MATCH (a:SignalAggregate {subject: $release, width: $width}) WHERE a.start >= $since DELETE a RETURN count(a) AS n',
      { release, width: neo4j.int(width), since: neo4j.int(since) },
    );
    return Number(res.records[0]?.get('n') ?? 0);
  } finally {
    await session.close();
  }
}

/** Deletes the nodes whose ids start with one of `prefixes` (a bench run's own writes), with their relationships. */
export async function deleteByIdPrefix(db: Database, prefixes: string[]): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const prefix of prefixes)
      await session.run('MATCH (n:Node) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', {
        prefix,
      });
  } finally {
    await session.close();
  }
}

/**
 * Deletes this run's invocations and outputs (both paths), so reruns measure the same read graph,
 * and takes what the API recorded back out of the release's impact counts (the raw driver path
 * never added to them). Its signal aggregates go whole (removeBenchAggregates).
 */
async function removeWritten(db: Database, run: string, recorded: Invocation[]): Promise<void> {
  const deltas = bucketDeltas(
    recorded.map((inv) => ({
      release: inv.release,
      at: new Date(inv.startedAt),
      outputs: inv.outputs.length,
      decisions: inv.outputs.filter((o) => o.outputKind === 'DECISION').length,
    })),
  );
  const session = db.driver.session({ database: db.database });
  try {
    await deleteByIdPrefix(db, [nodeId('Invocation', run), nodeId('Output', run)]);
    await session.run(
      `UNWIND $deltas AS d
       MATCH (c:ImpactCount {release: d.release, width: d.width, start: d.start})
       SET c.invocations = c.invocations - d.invocations, c.outputs = c.outputs - d.outputs, c.decisions = c.decisions - d.decisions`,
      { deltas },
    );
  } finally {
    await session.close();
  }
}

export function printWriteTable(cells: WriteCell[]): string {
  const header = [
    'recordInvocations batch',
    'rounds',
    'API ms (median)',
    'driver ms (median)',
    'API rows/s',
    'driver rows/s',
    'ratio API/driver',
    'errors',
  ];
  const rows = cells.map((c) => [
    String(c.batch),
    String(c.rounds),
    c.apiMs.toFixed(0),
    c.driverMs.toFixed(0),
    ((c.batch * 1000) / c.apiMs).toFixed(0),
    ((c.batch * 1000) / c.driverMs).toFixed(0),
    `${c.ratio.toFixed(2)}×`,
    String(c.errors),
  ]);
  return formatTable(header, rows);
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../../src/project-root.js';
import { DEFAULT_SIGNAL_FOLD_GRACE_MS } from '../../src/config.js';
import { foldSignalAggregates, foldTimes } from '../../src/domain/signals/fold.js';
import type { Database } from '../../src/db/database.js';
import type { Services } from '../../src/domain/context.js';
import { log, Progress } from '../progress.js';
import { DAY, SimClock, contextMaker } from './actors.js';
import { emptyDatabase, nodeCount } from '../../src/db/empty-database.js';
import { readMarker, writeMarker, type GraphMarker } from './marker.js';
import { buildStructure, type StructureSpec } from './structure.js';
import { defineTrafficSignals, invocationsPerSystem, recordTrafficKpis, recordTraffic } from './traffic.js';

export interface GraphSpec extends StructureSpec {
  outputs: number;
  batchSize: number;
}

/** Bumped when the builder changes shape, so an old graph is rebuilt rather than reused. */
export const BUILDER_REVISION = 2;

/**
 * The signal fold's Cypher (its queries, its index, migration 026, and migration 029 folding categories): ensureGraph folds a reused graph
 * as it folds a new one, so a change to the fold does not make a built graph stale.
 */
const FOLD_FILES = /^(signal-fold-.*|026_signal_fold|029_signal_fold_categories)\.cypher$/;

/**
 * The write path's Cypher (migrations, and every query that creates, merges, sets or deletes): a
 * graph written by an older write path (say, without counts kept at write time) is rebuilt, not
 * measured as if it were current. Read queries are left out, so changing one keeps the graph.
 */
function writePathDigest(): string {
  const hash = createHash('sha256');
  for (const dir of ['migrations', 'queries']) {
    for (const file of readdirSync(projectPath('cypher', dir))
      .filter((f) => f.endsWith('.cypher'))
      .sort()) {
      if (FOLD_FILES.test(file)) continue;
      const text = readFileSync(projectPath('cypher', dir, file), 'utf8');
      if (dir === 'migrations' || /\b(CREATE|MERGE|SET|DELETE)\b/.test(text)) hash.update(`${dir}/${file}\0${text}\0`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The benchmark graph of a given size, as `npm run bench` builds it (and the other benches reuse it). */
export const benchGraphSpec = (outputs: number): GraphSpec => ({ systems: 4, releasesPerSystem: 15, outputs, batchSize: 2500 });

export const specKey = (s: GraphSpec) =>
  createHash('sha256')
    .update(
      JSON.stringify({
        BUILDER_REVISION,
        writePath: writePathDigest(),
        systems: s.systems,
        releases: s.releasesPerSystem,
        outputs: s.outputs,
      }),
    )
    .digest('hex')
    .slice(0, 16);

/** Reuses a finished graph of the same spec; otherwise empties the bench database and builds one. */
export async function ensureGraph(db: Database, services: Services, spec: GraphSpec, rebuild: boolean): Promise<GraphMarker> {
  const key = specKey(spec);
  const existing = await readMarker(db);
  if (existing && existing.spec === key && !rebuild) {
    log(
      `reusing the benchmark graph built ${existing.builtAt} (${existing.outputs.toLocaleString('en')} outputs; --rebuild to build it again)`,
    );
    await foldAsServed(db);
    return existing;
  }
  const nodes = await nodeCount(db);
  if (nodes > 0) {
    log(
      `emptying the bench database (${nodes.toLocaleString('en')} nodes: ${rebuild ? '--rebuild' : existing ? 'different spec' : 'unfinished build'}) ...`,
    );
    await emptyDatabase(db);
  }
  return build(db, services, spec, key);
}

async function build(db: Database, services: Services, spec: GraphSpec, key: string): Promise<GraphMarker> {
  const batchSize = Math.min(spec.batchSize, services.limits.maxBatch);
  const clock = new SimClock(Date.now() - 400 * DAY);
  const as = contextMaker(db, services, clock);
  const total = new Progress('graph build');

  const structureProgress = new Progress('structure');
  const structure = await buildStructure(as, clock, spec, (n) => structureProgress.tick(n, 0, 'writes'));
  log(
    `structure: ${structure.writes} writes (${spec.systems} systems × ${spec.releasesPerSystem} releases) in ${structureProgress.elapsedSeconds().toFixed(1)} s`,
  );

  await defineTrafficSignals(as);
  const perSystem = invocationsPerSystem(spec.outputs, spec.systems);
  const trafficProgress = new Progress('outputs');
  const outputs = await recordTraffic(as, structure.systems, perSystem, batchSize, (n) =>
    trafficProgress.tick(n, spec.outputs, 'outputs', `(batches of ${batchSize})`),
  );

  const metricsWindow = await recordTrafficKpis(as, structure.systems);
  const marker: GraphMarker = {
    spec: key,
    outputs,
    invocationsPerSystem: perSystem,
    systems: structure.systems.map((s) => s.key),
    sampleDatasetVersion: structure.sampleDatasetVersion,
    metricsWindow,
    buildSeconds: Math.round(total.elapsedSeconds() * 10) / 10,
    builtAt: new Date().toISOString(),
  };
  await foldAsServed(db);
  await writeMarker(db, marker);
  log(
    `graph built in ${marker.buildSeconds} s: ${outputs.toLocaleString('en')} outputs, ${(await nodeCount(db)).toLocaleString('en')} nodes`,
  );
  return marker;
}

/**
 * Folds the signal aggregates a running server would have folded by now: every bucket that ended at
 * least DEFAULT_SIGNAL_FOLD_GRACE_MS ago (the build records months of traffic in a few minutes, so a
 * server's schedule would have folded all but the newest buckets). On a reused graph it folds what
 * writes since (the signal cells') left behind; a second run folds nothing.
 */
async function foldAsServed(db: Database): Promise<void> {
  const started = new Date();
  const { closedBy } = foldTimes(started, DEFAULT_SIGNAL_FOLD_GRACE_MS);
  const folded = await foldSignalAggregates(db, { closedBy, settledBy: new Date(started.getTime() - 1), now: started });
  // No writer runs during the build, so the fold's tombstones settle at once (a server settles them a grace later).
  // They are stamped with the clock while the fold runs, a minute or two after `started` on the big graphs, and
  // a stamp may run a few ms ahead of the clock: a second's margin past the end settles every one of them.
  const settledBy = new Date(Date.now() + 1000);
  const settled = await foldSignalAggregates(db, { closedBy, settledBy, now: new Date(settledBy.getTime() + 1) });
  log(
    `signal fold (as a running server folds ${DEFAULT_SIGNAL_FOLD_GRACE_MS / 60_000} min after a bucket ends): ${folded.shards.toLocaleString('en')} shards into ${folded.keys.toLocaleString('en')} aggregates (${settled.shards.toLocaleString('en')} emptied shards removed), buckets ended by ${closedBy.toISOString()}, in ${((Date.now() - started.getTime()) / 1000).toFixed(1)} s`,
  );
}

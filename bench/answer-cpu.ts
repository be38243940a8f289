import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { createApp } from '../src/http/app.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { toPlain } from '../src/db/values.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { openStore } from './graph/store.js';
import { readMarker } from './graph/marker.js';
import { operations } from './load/operations.js';
import { cpuMs } from './load/server.js';
import { log } from './progress.js';
import { servicesFrom } from '../src/domain/services.js';

/**
 * Where the API's CPU goes on the largest lineage answer, in this one process, step by step: the bare
 * driver (Bolt decoding), plus conversion to plain rows, and the whole GraphQL request (in-process,
 * no HTTP), each against Neo4j's own CPU for the same query. Reads a graph `npm run bench` built:
 * `npx tsx bench/answer-cpu.ts --outputs 100000 [--iterations 30]`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { outputs: { type: 'string', default: '100000' }, iterations: { type: 'string', default: '30' } },
  });
  const config = loadConfig();
  const store = await openStore(config, Number(values.outputs));
  const marker = await readMarker(store.db);
  if (!marker) throw new Error('no finished benchmark graph of that size: run npm run bench -- --build-only first');
  const op = operations(marker, config.limits).find((o) => o.large)!;
  const { text, params } = op.cypher!(op.target(0));
  const db = new Database({ uri: store.db.uri, user: config.neo4j.user, password: config.neo4j.password, database: store.db.database });
  const app = createApp({ db, config, services: servicesFrom(config), authenticate: async () => systemPrincipal() });
  const body = JSON.stringify(op.graphql(op.target(0)));
  const steps: Record<string, () => Promise<unknown>> = {
    'driver (Bolt decode)': () => db.driver.executeQuery(text, params, { database: db.database, routing: neo4j.routing.READ }),
    'driver + toPlain': async () =>
      (await db.driver.executeQuery(text, params, { database: db.database, routing: neo4j.routing.READ })).records.map((r) =>
        toPlain(r.toObject()),
      ),
    'GraphQL request (in process)': async () => {
      const res = await app.fetch('http://bench.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: Array<{ message: string }>; data?: { lineage: { nodes: unknown[] } } };
      if (json.errors) throw new Error(json.errors[0].message);
      return json.data!.lineage.nodes.length;
    },
  };
  const n = Number(values.iterations);
  log(`${op.name}: ${String(await steps['GraphQL request (in process)']())} nodes; ${n} iterations per step`);
  try {
    for (const [name, step] of Object.entries(steps)) {
      for (let i = 0; i < 5; i++) await step();
      const own0 = process.cpuUsage();
      const neo0 = store.neo4jPid ? cpuMs(store.neo4jPid) : undefined;
      for (let i = 0; i < n; i++) await step();
      const own = process.cpuUsage(own0);
      const neo1 = store.neo4jPid ? cpuMs(store.neo4jPid) : undefined;
      const ownMs = (own.user + own.system) / 1000 / n;
      const neoMs = neo0 !== undefined && neo1 !== undefined ? (neo1 - neo0) / n : Number.NaN;
      log(
        `${name.padEnd(30)} this process ${ownMs.toFixed(1)} ms CPU per answer, Neo4j ${neoMs.toFixed(1)} ms (${(ownMs / neoMs).toFixed(2)}×)`,
      );
    }
  } finally {
    await db.close();
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`answer-cpu: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

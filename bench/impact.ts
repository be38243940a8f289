/**
 * impact() at 4 concurrent clients on the dataset version with the most outputs downstream of it, over
 * HTTP, without and with asOf (issue 12's target: p99 under 100 ms, within 1.5× at 10× the outputs).
 * It measures the graph `npm run bench` built and left in the bench instance:
 *   npm run bench:impact -- [--requests 200] [--concurrency 4]
 */
import http from 'node:http';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { connectOwnInstance } from '../src/db/connect-own-instance.js';
import { migrate } from '../src/db/migrate.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { impact } from '../src/domain/impact/service.js';
import { createBenchKey } from './load/auth.js';
import { post } from './load/clients.js';
import { runLoad } from './load/runner.js';
import { startServer } from './load/server.js';
import { readMarker } from './graph/marker.js';
import { log } from './progress.js';
import { formatTable } from './table.js';
import { servicesFrom } from '../src/domain/services.js';

const QUERY = `query($id: ID!, $asOf: DateTime) { impact(id: $id, asOf: $asOf) { total decisions truncated groups { type count sample { id } } } }`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '4' },
      'neo4j-uri': { type: 'string' },
    },
  });
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const config = loadConfig();
  const db = await connectOwnInstance(config, { instance: 'bench', command: 'npm run bench:impact', log });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await migrate(db);
    const marker = await readMarker(db);
    if (!marker) throw new Error('no benchmark graph in the bench instance: run npm run bench first');
    const ctx = { db, principal: systemPrincipal(), now: () => new Date(), requestId: 'bench-impact', ...servicesFrom(config) };
    const found = await db.driver.executeQuery('MATCH (d:DatasetVersion) RETURN d.id AS id', {}, { database: db.database });
    const ids = found.records.map((r) => String(r.get('id')));
    let root = ids[0];
    let most = -1;
    let earliest = Date.now();
    for (const id of ids) {
      const answer = await impact(ctx, id);
      const outputs = answer.groups.find((g) => g.kind === 'Output')?.count ?? 0;
      if (outputs > most) [root, most] = [id, outputs];
    }
    for (const g of (await impact(ctx, root)).groups)
      if (g.kind === 'Release') for (const s of g.sample) earliest = Math.min(earliest, Date.parse(String(s.createdAt)));
    const asOf = new Date((earliest + Date.now()) / 2).toISOString();
    log(
      `impact root ${root}: ${most.toLocaleString('en')} outputs downstream of ${marker.outputs.toLocaleString('en')} in the graph; asOf cell at ${asOf}`,
    );

    const token = await createBenchKey(db, servicesFrom(config));
    server = await startServer(db.uri);
    const url = new URL('/graphql', server.url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const call = (asOfArg: string | null) => async () => {
      const { status, text } = await post(url, agent, headers, JSON.stringify({ query: QUERY, variables: { id: root, asOf: asOfArg } }));
      const body = JSON.parse(text) as { errors?: Array<{ message: string }> };
      if (status !== 200 || body.errors?.length) throw new Error(`HTTP ${status}: ${body.errors?.[0]?.message ?? text.slice(0, 200)}`);
    };
    const rows: string[][] = [];
    for (const [label, asOfArg] of [
      ['now', null],
      ['asOf', asOf],
    ] as const) {
      const s = await runLoad(call(asOfArg), { concurrency, requests, warmup: 20, maxMs: 300_000 });
      log(`impact ${label}: p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.errors} errors${s.firstError ? ` (first: ${s.firstError})` : ''}`);
      rows.push([label, String(concurrency), String(s.count), s.p50.toFixed(1), s.p99.toFixed(1), s.max.toFixed(1), String(s.errors)]);
    }
    agent.destroy();
    process.stdout.write(
      `\nimpact on ${root} (${most.toLocaleString('en')} outputs downstream; graph of ${marker.outputs.toLocaleString('en')} outputs)\n` +
        `${formatTable(['impact', 'clients', 'requests', 'p50 ms', 'p99 ms', 'max ms', 'errors'], rows)}\n`,
    );
  } finally {
    await server?.stop();
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench/impact: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

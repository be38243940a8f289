import { spawn } from 'node:child_process';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { post } from '../load/clients.js';
import { warmUp, runLoad } from '../load/runner.js';
import { median } from '../load/stats.js';
import { cpuMs, freePort, serverNodeOptions } from '../load/server.js';
import { formatTable } from '../table.js';

const USAGE = `npm run bench:floor:fixed -- [--baseline <checkout>] [--requests N] [--rounds N]

The API's fixed cost per request, with no database: POST /graphql { __typename } (with one variable)
through the public handler and the GraphQL app as server.ts wires them (bench/floor/fixed-cost-server.ts)
and through the floor server, one client, CPU per request and p50. With --baseline, another checkout's build runs beside this one's, the rounds
interleaved: a before/after of the request path that the database's noise does not blur.`;

interface Server {
  name: string;
  url: URL;
  pid: number;
  stop: () => void;
}

/** `root`: a checkout whose build runs as the API; none: the floor server (bench/floor/server.ts), over a database it never reaches. */
async function start(name: string, root?: string): Promise<Server> {
  const port = await freePort();
  const script = root === undefined ? 'server.ts' : 'fixed-cost-server.ts';
  const child = spawn(process.execPath, [...serverNodeOptions(), '--import', 'tsx', path.join(import.meta.dirname, script)], {
    env: {
      NODE_ENV: 'production',
      ...process.env,
      ...(root === undefined ? { NEO4J_URI: 'bolt://127.0.0.1:1' } : { ROOT: root }),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PROVENANT_RATE_LIMIT_PER_SECOND: '0',
      PROVENANT_CONCURRENCY_PER_PRINCIPAL: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
  });
  return { name, url: new URL(`http://127.0.0.1:${port}/graphql`), pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'string' },
      requests: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '7' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const requests = Number(values.requests);
  const servers = [await start('floor'), await start('API', process.cwd())];
  if (values.baseline) servers.push(await start('baseline', path.resolve(values.baseline)));
  // One variable, so that its coercion is in the cost as in every real read.
  const body = JSON.stringify({ query: 'query Probe($on: Boolean!) { __typename @include(if: $on) }', variables: { on: true } });
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const load = new Map<string, number>();
  try {
    const calls = servers.map((s) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      return async () => {
        const { status, text } = await post(s.url, agent, headers, body);
        if (status !== 200 || !text.includes('"__typename"')) throw new Error(`${s.name}: HTTP ${status} ${text.slice(0, 200)}`);
      };
    });
    for (const call of calls) await warmUp(call, 1, 3000);
    const cpu = new Map(servers.map((s) => [s.name, [] as number[]]));
    const p50 = new Map(servers.map((s) => [s.name, [] as number[]]));
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [i, s] of servers.entries()) {
        const before = cpuMs(s.pid)!;
        const r = await runLoad(calls[i], { concurrency: 1, requests, warmup: 0, maxMs: 120_000 });
        if (r.errors > 0) throw new Error(`${s.name}: ${r.errors} errors, first: ${r.firstError}`);
        cpu.get(s.name)!.push((cpuMs(s.pid)! - before) / requests);
        p50.get(s.name)!.push(r.p50);
      }
      load.set(`round ${round}`, loadavg()[0]);
    }
    console.log(
      `\nfixed cost per request, POST /graphql { __typename }, one client (median of ${values.rounds} interleaved rounds of ${requests})\n`,
    );
    const floorCpu = median(cpu.get('floor')!);
    console.log(
      formatTable(
        ['server', 'CPU/req ms', 'above floor ms', 'p50 ms'],
        servers.map((s) => {
          const c = median(cpu.get(s.name)!);
          return [s.name, c.toFixed(3), (c - floorCpu).toFixed(3), median(p50.get(s.name)!).toFixed(3)];
        }),
      ),
    );
    console.log(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    for (const s of servers) s.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

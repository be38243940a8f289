import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { ownInstanceConfig } from '../../src/db/connect-own-instance.js';
import { servicesFrom } from '../../src/domain/services.js';
import { benchGraphSpec, ensureGraph } from '../graph/index.js';
import { openStore } from '../graph/store.js';
import { createBenchKey } from '../load/auth.js';
import { apiClient } from '../load/clients.js';
import { operations } from '../load/operations.js';
import { warmUp } from '../load/runner.js';
import { cpuMs, startFloor, startServer } from '../load/server.js';
import { log } from '../progress.js';
import { formatTable } from '../table.js';

const USAGE = `npm run bench:floor:profile -- [--only <operation substring>] [--requests N] [--dir DIR]

Where the API's CPU per request goes beside the floor's: one operation (the first whose name holds
--only; default the first) through the floor server and the API, each under node --cpu-prof, then
self time per request by module (our files by path, packages by name) for both, side by side.`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A script URL as a module name: our files by repository path, packages by name, node's own as node:. */
function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/(src|bench|dist)\/(.*)$/.exec(url);
  // The floor runs our TypeScript through tsx, the API the build: one name for both.
  return own ? `${own[1]}/${own[2]}`.replace(/^dist\//, '').replace(/\.ts$/, '.js') : url;
}

/** Self time (µs) by module and by function, idle and the first `skipMs` (start-up) excluded. */
function selfTimes(file: string, skipMs: number): { byModule: Map<string, number>; byFunction: Map<string, number> } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < skipMs * 1000) return;
    const node = nodes.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    const us = profile.timeDeltas[i] ?? 0;
    const mod = moduleOf(url, functionName);
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${mod}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  });
  return { byModule, byFunction };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      requests: { type: 'string', default: '3000' },
      dir: { type: 'string', default: '.bench-profiles' },
      top: { type: 'string', default: '40' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const requests = Number(values.requests);
  const dir = path.resolve(values.dir!);
  const config = ownInstanceConfig(loadConfig(), { instance: 'bench', command: 'npm run bench:floor:profile' });
  const store = await openStore(config, 100_000);
  try {
    const marker = await ensureGraph(store.db, servicesFrom(config), benchGraphSpec(100_000), false);
    const token = await createBenchKey(store.db, servicesFrom(config));
    const ops = operations(marker, config.limits).filter((o) => o.cypher && !o.large);
    const op = ops.find((o) => !values.only || o.name.includes(values.only));
    if (!op) throw new Error(`no operation's name holds "${values.only}": ${ops.map((o) => o.name).join('; ')}`);
    const results: Record<string, { byModule: Map<string, number>; byFunction: Map<string, number>; cpu: number }> = {};
    for (const name of ['floor', 'API'] as const) {
      const out = path.join(dir, name);
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      process.env.BENCH_CPU_PROF = out;
      const started = Date.now();
      const server = name === 'floor' ? await startFloor(store.db.uri) : await startServer(store.db.uri);
      const startUpMs = Date.now() - started;
      const client = apiClient(server.url, name === 'API' ? token : undefined);
      log(`${op.name} via ${name}: ${requests} requests under --cpu-prof ...`);
      const before = cpuMs(server.pid)!;
      await warmUp((i) => client(op, op.target(i)), 1, requests);
      const cpu = (cpuMs(server.pid)! - before) / requests;
      await server.stop();
      await new Promise((r) => setTimeout(r, 1500));
      const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
      if (!file) throw new Error(`${name} wrote no profile into ${out}`);
      results[name] = { ...selfTimes(path.join(out, file), startUpMs), cpu };
    }
    delete process.env.BENCH_CPU_PROF;
    const perReq = (us: number | undefined) => ((us ?? 0) / 1000 / requests).toFixed(3);
    const table = (key: 'byModule' | 'byFunction') => {
      const names = new Set([...results.floor[key].keys(), ...results.API[key].keys()]);
      const rows = [...names]
        .map((n) => ({ n, f: results.floor[key].get(n) ?? 0, a: results.API[key].get(n) ?? 0 }))
        .sort((x, y) => y.a - y.f - (x.a - x.f))
        .slice(0, Number(values.top));
      return formatTable(
        [key === 'byModule' ? 'module' : 'function', 'floor ms/req', 'API ms/req', 'API-floor'],
        rows.map((r) => [r.n.slice(0, 110), perReq(r.f), perReq(r.a), perReq(r.a - r.f)]),
      );
    };
    console.log(
      `\n${op.name}: ${requests} requests, CPU/req floor ${results.floor.cpu.toFixed(2)} ms, API ${results.API.cpu.toFixed(2)} ms`,
    );
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    console.log(
      `profiled self time per request (start-up excluded): floor ${perReq(total(results.floor.byModule))} ms, API ${perReq(total(results.API.byModule))} ms; largest API excess first\n`,
    );
    console.log(table('byModule'));
    console.log();
    console.log(table('byFunction'));
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

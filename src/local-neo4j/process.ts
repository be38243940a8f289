import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HEAP } from './config-file.js';
import { type InstancePaths, libDir, pluginsDir } from './paths.js';

export const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when a process with this pid exists (EPERM counts: it exists but is not ours). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is this instance's Neo4j server. On Linux the command line is checked
 * (guards against a reused pid); elsewhere liveness is all we can check.
 */
export function isOurServer(pid: number, paths: InstancePaths): boolean {
  if (!isAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmd.includes(MAIN_CLASS) && cmd.includes(`--home-dir=${paths.home}`);
  } catch {
    return false;
  }
}

export async function readPid(paths: InstancePaths): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(paths.pidFile, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of this instance's running server, or undefined (a stale pid file is removed). */
export async function runningPid(paths: InstancePaths): Promise<number | undefined> {
  const pid = await readPid(paths);
  if (pid === undefined) return undefined;
  if (isOurServer(pid, paths)) return pid;
  await rm(paths.pidFile, { force: true });
  return undefined;
}

/** JVM flags the neo4j launcher script would add (heap from config-file.ts). */
export function jvmArgs(): string[] {
  return [
    `-Xms${HEAP.initial}`,
    `-Xmx${HEAP.max}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

/**
 * Starts the server detached (it outlives this process), stdout+stderr written to
 * run/console.log, and writes run/neo4j.pid. Returns the pid.
 */
export async function startServer(java: string, paths: InstancePaths): Promise<number> {
  const out = openSync(paths.consoleFile, 'w');
  try {
    const args = [
      ...jvmArgs(),
      // Like the neo4j launcher: plugins on the classpath too, so APOC's kernel extensions load.
      '-cp',
      [path.join(pluginsDir, '*'), path.join(libDir, '*')].join(path.delimiter),
      MAIN_CLASS,
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ];
    const child = spawn(java, args, { cwd: paths.home, detached: true, stdio: ['ignore', out, out], windowsHide: true });
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => resolve(child.pid as number));
    });
    child.unref();
    await writeFile(paths.pidFile, `${pid}\n`);
    return pid;
  } finally {
    closeSync(out);
  }
}

/**
 * Stops the server: SIGTERM, then waits up to `timeoutMs` for a clean shutdown,
 * then SIGKILL. Returns false when it was not running.
 */
export async function stopServer(paths: InstancePaths, opts: { timeoutMs?: number; log?: (line: string) => void } = {}): Promise<boolean> {
  const pid = await runningPid(paths);
  if (pid === undefined) return false;
  const log = opts.log ?? (() => {});
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      log(`pid ${pid} did not stop in time; sending SIGKILL`);
      process.kill(pid, 'SIGKILL');
      await sleep(500);
      break;
    }
    await sleep(250);
  }
  await rm(paths.pidFile, { force: true });
  return true;
}

import path from 'node:path';
import { configuredPort, writeConfig } from './config-file.js';
import { LocalNeo4jError, PortInUseError, StartupError } from './errors.js';
import { checkJava } from './java.js';
import { withLock } from './lock.js';
import { type Instance, NEO4J_VERSION, defaultPort, explicitPort, instancePaths, type InstancePaths } from './paths.js';
import { choosePort, portOpen } from './ports.js';
import { isAlive, runningPid, startServer, stopServer } from './process.js';
import { provision } from './provision.js';
import { waitUntilReady } from './readiness.js';
import { tailFile } from './tail.js';

export { JavaNotFoundError, LocalNeo4jError, MavenError, PortInUseError, StartupError } from './errors.js';
export { APOC_VERSION, NEO4J_VERSION, INSTANCES, devInstance, evalInstance, isInstance, type Instance } from './paths.js';

export interface EnsureOptions {
  instance: Instance;
  log?: (line: string) => void;
  /** How long to wait for the server to answer after starting it (default 120 s). */
  timeoutMs?: number;
  /** The exact bolt port, instead of PROVENANT_NEO4J_PORT (an error when another process holds it). */
  port?: number;
  /** The port to try first when the instance has none of its own yet, instead of its default. */
  defaultPort?: number;
}

export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  /** Auth is disabled on local instances: the password is empty. */
  password: string;
  /** True when this call started the server; false when it reused a running one. */
  started: boolean;
}

export interface LocalNeo4jStatus {
  instance: Instance;
  running: boolean;
  pid?: number;
  /** The port it runs on, or will try first (undefined: a free one is chosen on its first start). */
  port?: number;
  /** Something accepts connections on the port (the server, or a foreign process when not running). */
  listening: boolean;
  uri?: string;
  homeDir: string;
  dataDir: string;
  logFile: string;
}

const uriFor = (port: number) => `bolt://127.0.0.1:${port}`;

async function logTails(paths: InstancePaths): Promise<string> {
  const parts: string[] = [];
  for (const file of [paths.consoleFile, path.join(paths.logs, 'neo4j.log'), path.join(paths.logs, 'debug.log')]) {
    const tail = await tailFile(file, 20);
    if (tail) parts.push(`--- ${file} (last lines) ---\n${tail}`);
  }
  return parts.join('\n') || '(no log output)';
}

/**
 * Makes sure the local Neo4j instance is running and answering: resolves the jars once
 * (.neo4j/lib, .neo4j/plugins), writes .neo4j/instances/<instance>/conf/neo4j.conf, starts the
 * server detached when it is not already running, and waits until `RETURN 1` answers.
 */
export async function ensureLocalNeo4j(opts: EnsureOptions): Promise<LocalNeo4jConnection> {
  const { instance } = opts;
  const log = opts.log ?? (() => {});
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const explicit = opts.port ?? explicitPort();
  const paths = instancePaths(instance);
  const connection = (started: boolean, uri: string): LocalNeo4jConnection => ({ uri, user: 'neo4j', password: '', started });

  return withLock(paths.lockFile, timeoutMs + 60_000, async () => {
    const existing = await runningPid(paths);
    if (existing !== undefined) {
      // A running instance is found by its files, whatever port it was started on: every command agrees with it.
      const runningPort = (await configuredPort(paths)) ?? explicit ?? defaultPort(instance);
      if (runningPort === undefined) throw new StartupError(`the running ${instance} instance (pid ${existing}) has no conf file`);
      if (explicit !== undefined && runningPort !== explicit) {
        throw new LocalNeo4jError(
          `the ${instance} instance is already running on port ${runningPort} (pid ${existing}), but PROVENANT_NEO4J_PORT asks for ${explicit}: ` +
            `set PROVENANT_NEO4J_PORT=${runningPort} (or unset it) to use it, or stop it first with npm run db:stop -- --instance ${instance}`,
        );
      }
      const runningUri = uriFor(runningPort);
      if (!(await waitUntilReady(runningUri, { timeoutMs, stillAlive: () => isAlive(existing) }))) {
        throw new StartupError(
          `the running ${instance} instance (pid ${existing}) does not answer on ${runningUri}`,
          await logTails(paths),
        );
      }
      log(`Neo4j ${instance} instance already running (pid ${existing}) on ${runningUri}`);
      return connection(false, runningUri);
    }

    // The port it ran on last time (kept in its conf file) or its default when free, else a free one.
    const remembered = await configuredPort(paths);
    const port = await choosePort({ explicit, remembered, preferred: opts.defaultPort ?? defaultPort(instance) });
    if (explicit !== undefined && (await portOpen(port))) {
      throw new PortInUseError(
        `port ${port} is already in use by another process (not the ${instance} instance): stop it, or unset PROVENANT_NEO4J_PORT to let the instance pick a free port`,
      );
    }
    if (remembered !== undefined && port !== remembered) log(`port ${remembered} is taken: the ${instance} instance moves to port ${port}`);
    const uri = uriFor(port);

    const { java, major } = await checkJava();
    await provision(log);
    await writeConfig(paths, port);
    log(`starting Neo4j ${NEO4J_VERSION} ${instance} instance on ${uri} (java ${major}, data in ${paths.data}) ...`);
    const t0 = Date.now();
    const pid = await startServer(java, paths);
    const ready = await waitUntilReady(uri, { timeoutMs, stillAlive: () => isAlive(pid) });
    if (!ready) {
      const exited = !isAlive(pid);
      if (!exited) await stopServer(paths, { timeoutMs: 20_000 });
      const tails = await logTails(paths);
      throw new StartupError(
        exited
          ? `Neo4j ${instance} instance exited during start-up (pid ${pid}); see ${paths.consoleFile} and ${paths.logs}`
          : `Neo4j ${instance} instance did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s; stopped it`,
        tails,
      );
    }
    log(`Neo4j ${instance} instance ready (pid ${pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return connection(true, uri);
  });
}

/** Stops the instance (SIGTERM, wait for a clean shutdown). Data is kept. */
export async function stopLocalNeo4j(
  instance: Instance,
  opts: { log?: (line: string) => void } = {},
): Promise<{ stopped: boolean; pid?: number }> {
  const paths = instancePaths(instance);
  return withLock(paths.lockFile, 180_000, async () => {
    const pid = await runningPid(paths);
    if (pid === undefined) return { stopped: false };
    opts.log?.(`stopping Neo4j ${instance} instance (pid ${pid}) ...`);
    await stopServer(paths, { log: opts.log });
    return { stopped: true, pid };
  });
}

/** Where the instance lives and whether it is running. */
export async function localNeo4jStatus(instance: Instance): Promise<LocalNeo4jStatus> {
  const paths = instancePaths(instance);
  const pid = await runningPid(paths);
  const remembered = await configuredPort(paths);
  const port = pid !== undefined ? remembered : (explicitPort() ?? remembered ?? defaultPort(instance));
  return {
    instance,
    running: pid !== undefined,
    ...(pid !== undefined ? { pid } : {}),
    port,
    listening: port !== undefined && (await portOpen(port)),
    uri: port !== undefined ? uriFor(port) : undefined,
    homeDir: paths.home,
    dataDir: paths.data,
    logFile: path.join(paths.logs, 'neo4j.log'),
  };
}

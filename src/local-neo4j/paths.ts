import path from 'node:path';
import { projectRoot } from '../project-root.js';

/** Versions resolved from Maven Central; passed to db/pom.xml as -D properties. */
export const NEO4J_VERSION = '5.26.30';
export const APOC_VERSION = '5.26.19';

/** dev serves `npm start`, test serves `npm test`, bench serves `npm run bench`; other names need PROVENANT_NEO4J_PORT. */
export type Instance = string;
export const INSTANCES: readonly Instance[] = ['dev', 'test', 'bench'];

const DEFAULT_PORTS: Record<string, number> = { dev: 7687, test: 7688, bench: 7689 };

export function isInstance(value: string): value is Instance {
  return /^[a-z][a-z0-9-]{0,30}$/.test(value);
}

/** Bolt port for an instance: PROVENANT_NEO4J_PORT when set, else 7687 (dev) / 7688 (test) / 7689 (bench). */
export function boltPort(instance: Instance, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PROVENANT_NEO4J_PORT;
  if (raw === undefined || raw === '') {
    const port = DEFAULT_PORTS[instance];
    if (port === undefined) throw new Error(`instance "${instance}" has no default port: set PROVENANT_NEO4J_PORT`);
    return port;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PROVENANT_NEO4J_PORT must be a port number (1-65535), got "${raw}"`);
  }
  return port;
}

/** True when PROVENANT_NEO4J_PORT names the port; otherwise a running instance's own port is used. */
export function portIsExplicit(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PROVENANT_NEO4J_PORT !== undefined && env.PROVENANT_NEO4J_PORT !== '';
}

export const repoRoot = projectRoot;

export const neo4jRoot = path.join(repoRoot, '.neo4j');
/** The ADMIN key created on the first start of an empty graph (local use; mode 0600). */
export const adminKeyFile = path.join(repoRoot, '.provenant', 'admin-key');
export const libDir = path.join(neo4jRoot, 'lib');
export const pluginsDir = path.join(neo4jRoot, 'plugins');
export const pomFile = path.join(repoRoot, 'db', 'pom.xml');
/** Marker file written into lib/ and plugins/ once a resolve finished: version + pom hash. */
export const MARKER = '.provenant-version';

export interface InstancePaths {
  home: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  consoleFile: string;
  lockFile: string;
}

export function instancePaths(instance: Instance): InstancePaths {
  const home = path.join(neo4jRoot, 'instances', instance);
  const conf = path.join(home, 'conf');
  const run = path.join(home, 'run');
  return {
    home,
    conf,
    confFile: path.join(conf, 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    run,
    pidFile: path.join(run, 'neo4j.pid'),
    consoleFile: path.join(run, 'console.log'),
    lockFile: path.join(run, 'start.lock'),
  };
}

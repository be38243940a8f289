import path from 'node:path';
import { projectRoot } from '../project-root.js';

/** Versions resolved from Maven Central; passed to db/pom.xml as -D properties. */
export const NEO4J_VERSION = '5.26.30';
export const APOC_VERSION = '5.26.19';

/**
 * dev serves `npm start` (and seed, keys, db:*), test serves `npm test`, bench and its bench-<size>
 * instances serve `npm run bench`, eval serves `npm run eval`; any other name is a local instance too.
 */
export type Instance = string;
export const INSTANCES: readonly Instance[] = ['dev', 'test', 'bench', 'eval'];

const DEFAULT_PORTS: Record<string, number> = { dev: 7687, test: 7688, bench: 7689, eval: 7690 };

export function isInstance(value: string): value is Instance {
  return /^[a-z][a-z0-9-]{0,30}$/.test(value);
}

/** The instance `npm start`, seed, keys and db:* use: PROVENANT_DEV_INSTANCE (tests point it at their own), else dev. */
export function devInstance(env: NodeJS.ProcessEnv = process.env): Instance {
  return namedInstance(env, 'PROVENANT_DEV_INSTANCE', 'dev');
}

/** The instance `npm run eval` loads its copies into: PROVENANT_EVAL_INSTANCE, else eval. */
export function evalInstance(env: NodeJS.ProcessEnv = process.env): Instance {
  return namedInstance(env, 'PROVENANT_EVAL_INSTANCE', 'eval');
}

function namedInstance(env: NodeJS.ProcessEnv, variable: string, fallback: Instance): Instance {
  const name = env[variable];
  if (name === undefined || name === '') return fallback;
  if (!isInstance(name)) throw new Error(`${variable} must be an instance name (lower-case letters, digits and "-"), got "${name}"`);
  return name;
}

/** The port an instance tries first when it has none of its own yet (7687 dev, 7688 test, 7689 bench, 7690 eval); other names take a free one. */
export function defaultPort(instance: Instance): number | undefined {
  return DEFAULT_PORTS[instance] ?? (instance.startsWith('bench-') ? DEFAULT_PORTS.bench : undefined);
}

/** PROVENANT_NEO4J_PORT, else the instance's default (a fixed port to derive another from; starts pick their own). */
export function boltPort(instance: Instance, env: NodeJS.ProcessEnv = process.env): number {
  const port = explicitPort(env) ?? defaultPort(instance);
  if (port === undefined) throw new Error(`instance "${instance}" has no default port: set PROVENANT_NEO4J_PORT`);
  return port;
}

/** PROVENANT_NEO4J_PORT when set: the exact bolt port, used even when taken (and then reported). */
export function explicitPort(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.PROVENANT_NEO4J_PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PROVENANT_NEO4J_PORT must be a port number (1-65535), got "${raw}"`);
  }
  return port;
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

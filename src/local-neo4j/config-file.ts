import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { type InstancePaths, pluginsDir } from './paths.js';

export const HEAP = { initial: '256m', max: '512m' };
export const PAGECACHE = '256m';

/** neo4j.conf for a local instance: loopback only, bolt only, auth off, small memory, APOC allowed. */
export function renderConfig(paths: InstancePaths, port: number): string {
  // Forward slashes: neo4j.conf treats backslashes as escapes.
  const p = (s: string) => s.replaceAll('\\', '/');
  return [
    '# Written by src/local-neo4j/config-file.ts on every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    `server.memory.heap.initial_size=${HEAP.initial}`,
    `server.memory.heap.max_size=${HEAP.max}`,
    `server.memory.pagecache.size=${PAGECACHE}`,
    'dbms.memory.transaction.total.max=256m',
    // Transaction timeouts are enforced by a monitor that wakes every 2 s by default: check often, so a
    // read timeout (PROVENANT_DB_READ_TIMEOUT_MS) stops a query close to when it is due.
    'db.transaction.monitor.check.interval=10ms',
    // Neo4j keeps two days of transaction logs by default: after a bench graph's bulk load that is 7-9 GB
    // beside a 1-5 GB store. Community has no online backup to replay them into; recovery needs only
    // the logs since the last checkpoint.
    'db.tx_log.rotation.retention_policy=1G size',
    `server.directories.data=${p(paths.data)}`,
    `server.directories.logs=${p(paths.logs)}`,
    `server.directories.plugins=${p(pluginsDir)}`,
    `server.directories.run=${p(paths.run)}`,
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

/** Reads the bolt port a conf file was written with (undefined if absent). */
export async function configuredPort(paths: InstancePaths): Promise<number | undefined> {
  try {
    const m = /^server\.bolt\.listen_address=.*:(\d+)\s*$/m.exec(await readFile(paths.confFile, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the instance folders and writes neo4j.conf (only when its content changed). */
export async function writeConfig(paths: InstancePaths, port: number): Promise<void> {
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run]) await mkdir(dir, { recursive: true });
  const text = renderConfig(paths, port);
  const old = await readFile(paths.confFile, 'utf8').catch(() => undefined);
  if (old !== text) await writeFile(paths.confFile, text);
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../src/project-root.js';
import { localNeo4jStatus, stopLocalNeo4j, type Instance } from '../src/local-neo4j/index.js';

/** Every file of seed/, in a stable order: what the demo copies an evaluation loads are made from. */
function seedFiles(dir = projectPath('seed')): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? seedFiles(p) : [p];
    });
}

/** A digest of the seed's source: when the demo's story changes, copies loaded from the old one are stale. */
export function seedFingerprint(): string {
  const h = createHash('sha256');
  for (const file of seedFiles())
    h.update(path.relative(projectPath('seed'), file))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  return h.digest('hex');
}

/**
 * The local eval instance keeps its demo copies between runs, loaded by key. A copy from an older seed
 * holds the same keys with other content, and reloading it is refused ("already recorded with different
 * content"), so when the seed changed since the instance was loaded (or nothing says which seed loaded
 * it) its data is deleted and the run starts it empty. Only ever the local instance's own data.
 */
export async function dropStaleCopies(instance: Instance, log: (line: string) => void): Promise<void> {
  const status = await localNeo4jStatus(instance);
  const marker = path.join(status.homeDir, 'seed-fingerprint');
  const want = seedFingerprint();
  const have = existsSync(marker) ? readFileSync(marker, 'utf8') : null;
  if (have === want) return;
  if (existsSync(status.dataDir)) {
    await stopLocalNeo4j(instance, { log });
    await rm(status.dataDir, { recursive: true, force: true });
    log(`eval: the seed changed since the ${instance} instance was loaded; its data was deleted, and the copies load again`);
  }
  await mkdir(status.homeDir, { recursive: true });
  await writeFile(marker, want);
}

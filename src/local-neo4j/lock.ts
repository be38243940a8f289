import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './process.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` while holding an exclusive lock file (holds the owner's pid), so that
 * parallel callers (e.g. several test files) do not provision or start twice.
 * A lock whose owner is dead is taken over.
 */
export async function withLock<T>(lockFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (!owner || !isAlive(owner)) {
        // Empty (being written) or stale: take it over unless it was just created.
        if (!owner) await sleep(200);
        const again = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
        if (!again || !isAlive(again)) await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockFile} held by pid ${owner}`, { cause: err });
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}

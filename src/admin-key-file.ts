import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './db/database.js';
import { createFirstAdminKey } from './domain/api-keys/bootstrap.js';
import type { Services } from './domain/context.js';

/**
 * The first ADMIN key of an empty graph, written to a file only the local operator can read. Returns
 * the file, or null when keys exist already.
 */
export async function bootstrapAdminKey(
  db: Database,
  opts: { file: string; services: Services },
): Promise<{ file: string; id: string } | null> {
  const created = await createFirstAdminKey(db, opts.services);
  if (!created) return null;
  mkdirSync(dirname(opts.file), { recursive: true, mode: 0o700 });
  writeFileSync(opts.file, `${created.key}\n`, { mode: 0o600 });
  chmodSync(opts.file, 0o600);
  return { file: opts.file, id: created.apiKey.id };
}

import type { Database } from '../src/db/database.js';
import { dateTimeParam } from '../src/db/values.js';
import { seedCypher } from './queries.js';

/** A load of the demo organisation that began in this graph: its day 0, and whether every step ran. */
export interface SeedLoadState {
  start: Date;
  startedAt: string;
  finishedAt: string | null;
}

/** The recorded load under a key prefix ('' for the demo itself), or undefined when none began. */
export async function seedLoadState(db: Database, prefix: string): Promise<SeedLoadState | undefined> {
  const [row] = await db.readQuery(seedCypher.seedLoadGet, { prefix });
  return row && { start: new Date(row.start), startedAt: row.startedAt, finishedAt: row.finishedAt };
}

/** Records that a load begins (before its first write); returns the day 0 to replay: the first attempt's, if there was one. */
export async function beginSeedLoad(db: Database, prefix: string, start: Date): Promise<Date> {
  const row = await db.write((tx) =>
    tx.one(seedCypher.seedLoadBegin, { prefix, start: dateTimeParam(start), now: dateTimeParam(new Date()) }),
  );
  return new Date(row!.start);
}

/** Records that every step of the load ran (after its last write). */
export async function finishSeedLoad(db: Database, prefix: string): Promise<void> {
  await db.write((tx) => tx.run(seedCypher.seedLoadFinish, { prefix, now: dateTimeParam(new Date()) }));
}

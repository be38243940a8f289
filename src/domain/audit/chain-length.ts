import type { Database } from '../../db/database.js';
import { GENESIS_HASH } from './append.js';
import { auditQueries } from './queries.js';

/** How many events the audit chain holds: its head's sequence number (read without locking). */
export async function auditChainLength(db: Database): Promise<number> {
  const head = (await db.readQuery(auditQueries.head, { genesis: GENESIS_HASH }))[0];
  return Number(head?.seq ?? 0);
}

import type { Database } from './database.js';
import { migrate } from './migrate.js';

/** Nodes other than the migration records: zero means a fresh database. */
export async function nodeCount(db: Database): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n');
    return Number(res.records[0].get('n'));
  } finally {
    await session.close();
  }
}

/**
 * Empties a database the project owns outright (a bench or test instance: never the dev database nor
 * a server NEO4J_URI names) and re-applies the migrations. The domain itself never deletes anything.
 */
export async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // Relationships first: a release with tens of thousands of invocations would put all of its
    // relationships into one DETACH DELETE batch and exceed the transaction memory pool.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await migrate(db);
}

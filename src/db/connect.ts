import type { Config } from '../config.js';
import { Database } from './database.js';
import { ensureLocalNeo4j, type Instance } from './local/index.js';

/**
 * The database the process talks to: the server NEO4J_URI names (Aura, a cluster, a container), or
 * else the project's own local Neo4j, provisioned and started on first use.
 */
export async function connectDatabase(config: Config, opts: { instance?: Instance; log?: (line: string) => void } = {}): Promise<Database> {
  const target = config.neo4j.uri
    ? { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password }
    : await ensureLocalNeo4j({ instance: opts.instance ?? 'dev', log: opts.log });
  const db = new Database({ ...target, database: config.neo4j.database, timeouts: config.neo4j.timeouts });
  await db.verify();
  return db;
}

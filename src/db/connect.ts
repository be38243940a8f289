import { Neo4jError } from 'neo4j-driver';
import type { Config } from '../config.js';
import { Database } from './database.js';
import { devInstance, ensureLocalNeo4j, type Instance } from '../local-neo4j/index.js';

/** The configured Neo4j could not be reached or refused us; the message names the setting to check. */
export class DatabaseUnreachable extends Error {
  constructor(message: string, cause: unknown) {
    // The driver's own paragraph stays on `cause` for debugging; the message is Provenant's.
    super(message, { cause });
    this.name = 'DatabaseUnreachable';
  }
}

/**
 * The database the process talks to: the server NEO4J_URI names (Aura, a cluster, a container), or
 * else the project's own local Neo4j, provisioned and started on first use.
 */
export async function connectDatabase(config: Config, opts: { instance?: Instance; log?: (line: string) => void } = {}): Promise<Database> {
  const target = config.neo4j.uri
    ? { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password }
    : await ensureLocalNeo4j({ instance: opts.instance ?? devInstance(), log: opts.log });
  const db = new Database({ ...target, database: config.neo4j.database, timeouts: config.neo4j.timeouts });
  try {
    await db.verify();
  } catch (err) {
    await db.close().catch(() => {});
    throw unreachable(err, target.uri, config);
  }
  return db;
}

function unreachable(err: unknown, uri: string, config: Config): Error {
  const code = err instanceof Neo4jError ? err.code : '';
  const setting = config.neo4j.uri ? 'check NEO4J_URI (host, port, scheme) or unset it to use the local instance' : 'see npm run db:status';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseUnreachable(`Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`, err);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseUnreachable(`Neo4j at ${uri} has no database "${config.neo4j.database}": check NEO4J_DATABASE`, err);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseUnreachable(`cannot reach Neo4j at ${uri}: is it running and listening there? ${setting}`, err);
  }
  return err instanceof Error ? err : new Error(String(err));
}

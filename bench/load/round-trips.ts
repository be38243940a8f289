import type { ManagedTransaction, Session } from 'neo4j-driver';
import { createApp } from '../../src/http/app.js';
import type { Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { systemPrincipal } from '../../src/domain/permissions/principal.js';
import { BUILD_TIMEOUTS } from '../graph/store.js';
import type { Operation } from './operations.js';
import { servicesFrom } from '../../src/domain/services.js';

export interface RoundTrips {
  operation: string;
  queries: number;
}

/**
 * Counts the Cypher statements one GraphQL request runs, by wrapping every session the app's driver
 * opens (session.run and tx.run inside executeRead/executeWrite). The app runs in process on its own
 * driver, with the injected authenticator, so only the resolvers' queries are counted.
 */
export async function countRoundTrips(config: Config, like: Database, ops: Operation[]): Promise<RoundTrips[]> {
  // The bench's patient bounds: a first, cold query on a busy machine may take longer than a request may.
  const db = new Database({
    uri: like.uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: like.database,
    timeouts: BUILD_TIMEOUTS,
  });
  let count = 0;
  const open = db.driver.session.bind(db.driver);
  const countingTx = (tx: ManagedTransaction): ManagedTransaction =>
    ({ run: (...args: Parameters<ManagedTransaction['run']>) => ((count += 1), tx.run(...args)) }) as ManagedTransaction;
  (db.driver as { session: typeof open }).session = (cfg) => {
    const s: Session = open(cfg);
    const run = s.run.bind(s);
    const executeRead = s.executeRead.bind(s);
    const executeWrite = s.executeWrite.bind(s);
    s.run = ((...args: Parameters<Session['run']>) => ((count += 1), run(...args))) as Session['run'];
    s.executeRead = ((work, c) => executeRead((tx) => work(countingTx(tx)), c)) as Session['executeRead'];
    s.executeWrite = ((work, c) => executeWrite((tx) => work(countingTx(tx)), c)) as Session['executeWrite'];
    return s;
  };
  const app = createApp({ db, config, services: servicesFrom(config), authenticate: async () => systemPrincipal() });
  try {
    const out: RoundTrips[] = [];
    for (const op of ops) {
      count = 0;
      const res = await app.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(op.graphql(op.target(0))),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(`${op.name}: ${body.errors[0].message}`);
      out.push({ operation: op.name, queries: count });
    }
    return out;
  } finally {
    await db.close();
  }
}

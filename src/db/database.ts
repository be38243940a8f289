import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { runObserved } from './instrument.js';
import { query } from './queries.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;

/** A uniqueness constraint refused a write: the caller maps it to a CONFLICT for the client. */
export class ConstraintViolation extends Error {}

/** One unit of work's view of a transaction: run named queries, get plain rows back. */
export class Tx {
  constructor(private readonly tx: ManagedTransaction) {}

  async run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return runObserved(name, async () => {
      const result = await this.tx.run(query(name), params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    });
  }

  async one(name: string, params: Record<string, unknown> = {}): Promise<Row | undefined> {
    return (await this.run(name, params))[0];
  }
}

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The process's one driver, always naming the database, one session per unit of work. */
export class Database {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;

  constructor(opts: DbOptions) {
    this.uri = opts.uri;
    const auth = opts.password ? neo4j.auth.basic(opts.user, opts.password) : undefined;
    this.driver = neo4j.driver(opts.uri, auth, {
      maxConnectionPoolSize: 64,
      connectionAcquisitionTimeout: 30_000,
      disableLosslessIntegers: false,
    });
    this.database = opts.database;
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work(new Tx(tx)));
    } finally {
      await session.close();
    }
  }

  /** Runs one named read query and returns its rows. */
  async readQuery(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.read((tx) => tx.run(name, params));
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new Tx(tx)));
    } catch (err) {
      if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw new ConstraintViolation(err.message);
      }
      throw err;
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

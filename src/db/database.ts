import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { DEFAULT_DB_TIMEOUTS, type DbTimeouts } from '../config.js';
import { logger } from '../logger.js';
import { Availability } from './availability.js';
import { enlargeBoltWrites } from './bolt-write-buffer.js';
import { classify, ConstraintViolation, DatabaseUnavailable, QueryLimitExceeded, WriteContention } from './errors.js';
import { runObserved } from './instrument.js';
import { defineQuery, type NamedQuery, type Params, type ParamsArg } from './named-query.js';
import { query } from './queries.js';
import { toPlain } from './values.js';

export { ConstraintViolation } from './errors.js';

export type { Row } from './named-query.js';

/** One unit of work's view of a transaction: run named queries, get plain rows back. */
export class Tx {
  constructor(private readonly tx: ManagedTransaction) {}

  async run<P extends Params, R>(q: NamedQuery<P, R>, ...[params]: ParamsArg<P>): Promise<R[]> {
    return runObserved(q.name, async () => {
      return rowsOf<R>(await this.tx.run(query(q.name), params ?? {}));
    });
  }

  async one<P extends Params, R>(q: NamedQuery<P, R>, ...args: ParamsArg<P>): Promise<R | undefined> {
    return (await this.run(q, ...args))[0];
  }
}

/** The one place rows get their declared type: the query's entry states its RETURN clause. */
function rowsOf<R>(result: QueryResult): R[] {
  return result.records.map((r) => toPlain(r.toObject()) as R);
}

/** The first wait before a single-statement read runs again after a retryable failure; it doubles. */
const READ_RETRY_FIRST_DELAY_MS = 50;

/**
 * How many rounds a unit of work gets when concurrent writes keep deadlocking it. The driver retries
 * a deadlock only within maxTransactionRetryTime (the outage bound) of the first failure, so a long
 * batch deadlocked twice in a row (OpenLineage batches of 200 events from four clients) reached the
 * client as an unexpected error; each round here starts that window afresh, after a jittered wait
 * from CONTENTION_FIRST_DELAY_MS, doubling.
 */
const CONTENTION_ATTEMPTS = 4;
const CONTENTION_FIRST_DELAY_MS = 100;

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  timeouts?: Partial<DbTimeouts>;
}

type Mode = 'READ' | 'WRITE';

/** The probe's trivial query. */
const PING = defineQuery<Record<string, never>, { ok: number }>('ping');

/** The process's one driver, always naming the database, one session per unit of work. */
export class Database {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  readonly timeouts: DbTimeouts;
  /** Whether the database can be reached, shared by every operation and the readiness check. */
  readonly availability: Availability;
  /** A separate, tiny driver for probes, so a busy pool never reads as an outage. */
  private readonly probeDriver: Driver;

  constructor(opts: DbOptions) {
    this.uri = opts.uri;
    this.timeouts = { ...DEFAULT_DB_TIMEOUTS, ...opts.timeouts };
    const bound = this.timeouts.unavailableMs;
    const auth = opts.password ? neo4j.auth.basic(opts.user, opts.password) : undefined;
    enlargeBoltWrites();
    this.driver = neo4j.driver(opts.uri, auth, {
      maxConnectionPoolSize: 64,
      // Every wait the driver does on its own is bounded by the outage bound: a refused or silent
      // server costs a request at most that long (the availability guard usually answers sooner).
      connectionAcquisitionTimeout: bound,
      connectionTimeout: Math.ceil(bound / 2),
      maxTransactionRetryTime: bound,
      disableLosslessIntegers: false,
    });
    this.probeDriver = neo4j.driver(opts.uri, auth, {
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: Math.ceil(bound / 2),
      connectionTimeout: Math.ceil(bound / 2),
      logging: { level: 'error', logger: () => {} },
    });
    this.database = opts.database;
    this.availability = new Availability((timeoutMs) => this.ping(timeoutMs), {
      unavailableTimeoutMs: bound,
      probeIntervalMs: this.timeouts.probeIntervalMs,
      log: (event, detail) =>
        event === 'down'
          ? logger.error('database unavailable: requests answer UNAVAILABLE until it is back', { uri: this.uri, cause: detail })
          : logger.info('database reachable again', { uri: this.uri, detail }),
    });
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  /** One trivial query on the probe driver. */
  private async ping(timeoutMs: number): Promise<void> {
    const session = this.probeDriver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(query(PING.name), {}, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** True when the database answers (cached briefly; a steady false while it is away). */
  ready(): Promise<boolean> {
    return this.availability.ready();
  }

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  /**
   * Runs one named read query and returns its rows, as one auto-commit statement: the driver sends it
   * in a single write and one round trip, where an explicit transaction adds a BEGIN and a COMMIT (a
   * tenth of the API's CPU on small answers). A single statement is atomic on its own; failures the
   * driver calls retryable (a stale pooled connection, a leader switch) run it again, within the
   * same outage bound as every other operation.
   */
  async readQuery<P extends Params, R>(q: NamedQuery<P, R>, ...[params]: ParamsArg<P>): Promise<R[]> {
    try {
      return await this.availability.guard(async (abandoned) => {
        // Retries stop where the driver's own retry loop stops for a transaction (maxTransactionRetryTime).
        const retryUntil = Date.now() + this.timeouts.unavailableMs;
        for (let delay = READ_RETRY_FIRST_DELAY_MS; ; delay *= 2) {
          if (abandoned()) throw new DatabaseUnavailable('gave up waiting for the database', 1);
          const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
          try {
            return await runObserved(q.name, async () =>
              rowsOf<R>(await session.run(query(q.name), params ?? {}, { timeout: this.timeouts.readMs })),
            );
          } catch (err) {
            const failure = this.inWork(err);
            if (failure !== err || !isRetryableError(err) || Date.now() + delay > retryUntil) throw failure;
          } finally {
            await session.close();
          }
          await new Promise((r) => setTimeout(r, delay));
        }
      });
    } catch (err) {
      throw this.translate(err);
    }
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  /** A unit of work, run again (CONTENTION_ATTEMPTS in all) while concurrent writes deadlock it. */
  private async execute<T>(mode: Mode, work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1, delay = CONTENTION_FIRST_DELAY_MS; ; attempt++, delay *= 2) {
      try {
        return await this.executeOnce(mode, work);
      } catch (err) {
        if (!(err instanceof WriteContention)) throw err;
        if (attempt >= CONTENTION_ATTEMPTS) throw new WriteContention(err.message, attempt);
        logger.warn('write rolled back by concurrent writes; running it again', { attempt, detail: err.message });
        await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * delay));
      }
    }
  }

  /**
   * The one place a unit of work meets the driver: the outage bound, the read and write timeouts, and the
   * translation of driver failures into this layer's typed errors.
   */
  private async executeOnce<T>(mode: Mode, work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.availability.guard(async (abandoned) => {
        const session = this.driver.session({
          database: this.database,
          defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        });
        try {
          return await this.transaction(session, mode, async (tx) => {
            if (abandoned()) throw new DatabaseUnavailable('gave up waiting for the database', 1);
            try {
              return await work(new Tx(tx));
            } catch (err) {
              throw this.inWork(err);
            }
          });
        } finally {
          await session.close();
        }
      });
    } catch (err) {
      throw this.translate(err);
    }
  }

  private transaction<T>(session: Session, mode: Mode, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return mode === 'READ'
      ? session.executeRead(work, { timeout: this.timeouts.readMs })
      : session.executeWrite(work, { timeout: this.timeouts.writeMs });
  }

  /**
   * Inside the driver's retry loop: memory-limit errors are "transient" to the driver, but the same
   * query would hit the same limit again, so they leave the loop at once; a dropped connection
   * starts a probe while the driver retries.
   */
  private inWork(err: unknown): unknown {
    const failure = classify(err);
    if (failure.kind === 'memory') return new QueryLimitExceeded('memory', failure.detail);
    if (failure.kind === 'unavailable') this.availability.suspect();
    return err;
  }

  private translate(err: unknown): unknown {
    if (err instanceof DatabaseUnavailable || err instanceof QueryLimitExceeded) return err;
    const failure = classify(err);
    switch (failure.kind) {
      case 'unavailable':
        this.availability.suspect();
        return new DatabaseUnavailable(`The database cannot be reached (${failure.detail}); retry shortly.`, 1);
      case 'memory':
      case 'timeout':
        return new QueryLimitExceeded(failure.kind, failure.detail);
      case 'constraint':
        return new ConstraintViolation(failure.detail);
      case 'contention':
        return new WriteContention(failure.detail, 1);
      default:
        return err;
    }
  }

  async close(): Promise<void> {
    this.availability.close();
    await Promise.all([this.driver.close(), this.probeDriver.close()]);
  }
}

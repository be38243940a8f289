import { DatabaseUnavailable } from './errors.js';

export interface AvailabilityOptions {
  /** The bound on how long a request waits for a database that cannot be reached. */
  unavailableTimeoutMs: number;
  /** How often a database known to be down is probed for its return. */
  probeIntervalMs: number;
  log?: (event: 'down' | 'up', detail: string) => void;
}

/** Answers true when the database answered a trivial query; rejects or answers false otherwise. */
export type Probe = (timeoutMs: number) => Promise<void>;

/**
 * Whether the database can be reached, as one cached state shared by every request and the
 * readiness check. It turns "down" only when a probe fails (a slow or failed operation triggers one)
 * and "up" again only when a probe succeeds, so it does not flap while the database is away. While
 * down, operations are refused at once with DatabaseUnavailable and a background probe watches for
 * recovery; operations already waiting are released with the same error.
 */
export class Availability {
  private downSince: number | null = null;
  private cause = '';
  private probing: Promise<boolean> | null = null;
  private lastOkAt = 0;
  private recovery: NodeJS.Timeout | null = null;
  private readonly waiting = new Set<(err: DatabaseUnavailable) => void>();
  private closed = false;

  constructor(
    private readonly probe: Probe,
    private readonly opts: AvailabilityOptions,
  ) {}

  /** A probe must answer within this; an operation that has run this long without answer triggers one. */
  private get probeTimeoutMs(): number {
    return Math.max(200, Math.floor(this.opts.unavailableTimeoutMs / 2));
  }

  private get slowAfterMs(): number {
    return Math.max(100, Math.floor(this.opts.unavailableTimeoutMs / 5));
  }

  get isDown(): boolean {
    return this.downSince !== null;
  }

  private unavailable(): DatabaseUnavailable {
    const retry = Math.max(1, Math.ceil(this.opts.probeIntervalMs / 1000));
    return new DatabaseUnavailable(`The database cannot be reached (${this.cause || 'no answer'}); retry shortly.`, retry);
  }

  /** Probes now unless a probe is already running; concurrent callers share its answer. */
  check(): Promise<boolean> {
    if (this.closed) return Promise.resolve(!this.isDown);
    this.probing ??= this.runProbe().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  /** True when the database answered recently or answers a probe now (the readiness check). */
  async ready(freshMs = 1000): Promise<boolean> {
    if (this.isDown) return false;
    if (Date.now() - this.lastOkAt < freshMs) return true;
    return this.check();
  }

  /** An operation saw a connection failure: find out now whether the database is away. */
  suspect(): void {
    void this.check();
  }

  private async runProbe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.probe(this.probeTimeoutMs),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.probeTimeoutMs} ms`)), this.probeTimeoutMs);
        }),
      ]);
      this.lastOkAt = Date.now();
      this.markUp();
      return true;
    } catch (err) {
      this.markDown(err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : String(err));
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private markDown(cause: string): void {
    this.cause = cause;
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.opts.log?.('down', cause);
    const err = this.unavailable();
    for (const release of this.waiting) release(err);
    this.waiting.clear();
    if (!this.closed) {
      this.recovery = setInterval(() => void this.check(), this.opts.probeIntervalMs);
      this.recovery.unref();
    }
  }

  private markUp(): void {
    if (this.downSince === null) return;
    this.opts.log?.('up', `after ${Date.now() - this.downSince} ms`);
    this.downSince = null;
    if (this.recovery) clearInterval(this.recovery);
    this.recovery = null;
  }

  /**
   * Runs one database operation under the outage bound: refused at once while the database is
   * down; if it has not answered after a fifth of the bound, a probe decides whether to keep
   * waiting (the database is up, the query is just slow) or to answer DatabaseUnavailable now.
   * `abandoned()` tells the operation's retry loop to stop once the caller has been answered, so a
   * write the client was told failed does not land later.
   */
  async guard<T>(op: (abandoned: () => boolean) => Promise<T>): Promise<T> {
    if (this.isDown) throw this.unavailable();
    let gaveUp = false;
    let release!: (err: DatabaseUnavailable) => void;
    const released = new Promise<never>((_, reject) => {
      release = reject;
    });
    this.waiting.add(release);
    const slow = setTimeout(() => this.suspect(), this.slowAfterMs);
    const work = op(() => gaveUp);
    // A late failure of an operation already answered must not surface as an unhandled rejection.
    work.catch(() => {});
    try {
      return await Promise.race([work, released]);
    } catch (err) {
      if (err instanceof DatabaseUnavailable) gaveUp = true;
      throw err;
    } finally {
      clearTimeout(slow);
      this.waiting.delete(release);
    }
  }

  close(): void {
    this.closed = true;
    if (this.recovery) clearInterval(this.recovery);
    this.recovery = null;
  }
}

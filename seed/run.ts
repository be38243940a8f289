import { randomBytes } from 'node:crypto';
import type { Database } from '../src/db/database.js';
import type { Principal } from '../src/domain/permissions/principal.js';
import type { DomainContext, Services } from '../src/domain/context.js';

const DAY_MS = 86_400_000;

/** What a seed load tallies: how many of each thing the demo holds, and how many this run created. */
export type Tally = Record<string, { total: number; created: number }>;

/**
 * The state of one seed load: the simulated clock every write is stamped with, the key prefix that
 * isolates a copy, the ids the server assigned (version numbers are the server's to choose), and the tally.
 */
export class SeedRun {
  private clock: Date;
  private readonly runId = randomBytes(4).toString('hex');
  private requests = 0;
  private readonly refs = new Map<string, string>();
  private readonly moves = new Map<string, number>();
  readonly tally: Tally = {};

  constructor(
    readonly db: Database,
    readonly services: Services,
    readonly start: Date,
    readonly prefix: string,
    readonly log: (line: string) => void,
  ) {
    this.clock = start;
  }

  /** A key with the run's prefix: tests load isolated copies side by side. */
  key(plain: string): string {
    return this.prefix ? `${this.prefix}-${plain}` : plain;
  }

  /** The instant `day` days after the start at `hhmm` (UTC). */
  at(day: number, hhmm: string): Date {
    const [h, m] = hhmm.split(':').map(Number);
    return new Date(this.start.getTime() + day * DAY_MS + (h * 60 + m) * 60_000);
  }

  get now(): Date {
    return this.clock;
  }

  /** Moves the simulated clock forward (never back: the audit trail stays in order). */
  advanceTo(t: Date): void {
    if (t.getTime() > this.clock.getTime()) this.clock = t;
  }

  /** A context acting as `principal` on the simulated clock, with a fresh request id per write. */
  as(principal: Principal): DomainContext {
    this.requests += 1;
    // The services first: a caller passing a whole context as services must not replace the simulated clock or the actor.
    return { ...this.services, db: this.db, principal, now: () => this.clock, requestId: `seed-${this.runId}-${this.requests}` };
  }

  /** The sequence number the next planned move of an alias will have (1 for its first). */
  nextMove(alias: string): number {
    const n = (this.moves.get(alias) ?? 0) + 1;
    this.moves.set(alias, n);
    return n;
  }

  remember(ref: string, id: string): string {
    this.refs.set(ref, id);
    return id;
  }

  /** The id a logical name (e.g. "policy-docs@2", "release:policy-qa/3") resolved to when it was registered. */
  ref(ref: string): string {
    const id = this.refs.get(ref);
    if (!id) throw new Error(`seed: "${ref}" is used before it is registered`);
    return id;
  }

  count(kind: string, created: boolean | number, total = 1): void {
    const entry = (this.tally[kind] ??= { total: 0, created: 0 });
    entry.total += total;
    entry.created += typeof created === 'number' ? created : created ? 1 : 0;
  }
}

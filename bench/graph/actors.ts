import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import type { Principal } from '../../src/domain/permissions/principal.js';
import type { DomainContext, Services } from '../../src/domain/context.js';

/**
 * Simulated time: the synthetic organisation lives through a year of releases, so every write is
 * stamped by this clock rather than the wall clock (it never runs ahead of the wall clock).
 */
export class SimClock {
  constructor(private t: number) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t = Math.min(this.t + ms, Date.now());
  }
}

export const DAY = 86_400_000;

/** Who does what: engineers author and promote, an approver (never the author) signs off, a gateway records traffic. */
export const PRINCIPALS = {
  admin: { id: 'service:provenant', roles: ['ADMIN'], clearance: 'RESTRICTED', via: 'system' },
  engineer: { id: 'person:bench-engineer', roles: ['ENGINEER'], clearance: 'RESTRICTED', via: 'system' },
  approver: { id: 'person:bench-approver', roles: ['APPROVER'], clearance: 'RESTRICTED', via: 'system' },
  gateway: { id: 'service:bench-gateway', roles: ['ENGINEER'], clearance: 'INTERNAL', via: 'system' },
} satisfies Record<string, Principal>;

export type Actor = keyof typeof PRINCIPALS;

/** A fresh domain context per call: the invocation write path tells new rows from resent ones by request id. */
export function contextMaker(db: Database, services: Services, clock: SimClock) {
  return (who: Actor): DomainContext => ({
    db,
    principal: PRINCIPALS[who],
    now: clock.now,
    requestId: `bench-${randomUUID()}`,
    ...services,
  });
}

export type ContextFor = ReturnType<typeof contextMaker>;

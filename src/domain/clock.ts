import { DomainError } from './errors.js';

/** Producers' clocks drift; an event a few minutes ahead of ours is accepted, further ahead is a bug upstream. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A time a client supplies (a run's startedAt, an invocation's startedAt), with the input field it came from. */
export interface ClientTime {
  field: string;
  at: Date;
}

export function assertNotInFuture(now: Date, field: string, when: Date): void {
  if (when.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new DomainError('VALIDATION', `${field}: ${when.toISOString()} is in the future.`, { field });
  }
}

/**
 * A client-supplied time must not precede the creation of what it refers to (the release an
 * invocation used, the datasets a run trained on): `asOf` answers would otherwise show it using a
 * node that did not exist yet. No skew allowance backwards: the point-in-time rule depends on it.
 */
export function assertNotBeforeCreation(time: ClientTime, ref: { id: string; createdAt: Date }): void {
  if (time.at.getTime() < ref.createdAt.getTime()) {
    throw new DomainError(
      'VALIDATION',
      `${time.field}: ${time.at.toISOString()} is before ${ref.id} was recorded (${ref.createdAt.toISOString()}); a time cannot precede what it refers to.`,
      { field: time.field, id: ref.id },
    );
  }
}

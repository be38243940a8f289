import { DomainError } from './errors.js';

/** Producers' clocks drift; an event a few minutes ahead of ours is accepted, further ahead is a bug upstream. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export function assertNotInFuture(now: Date, field: string, when: Date): void {
  if (when.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new DomainError('VALIDATION', `${field}: ${when.toISOString()} is in the future.`, { field });
  }
}

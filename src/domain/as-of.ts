import { assertNotInFuture } from './clock.js';
import type { DomainContext } from './context.js';

/**
 * `asOf` answers as the graph stood then, so it may lie ahead of our clock by the producers' clock-skew
 * allowance at most (MAX_CLOCK_SKEW_MS): later instants have no answer yet, and answering them as if
 * they were now would look like a promise about the future. Refused with VALIDATION.
 */
export function checkAsOf(ctx: DomainContext, asOf: Date | null | undefined): void {
  if (asOf) assertNotInFuture(ctx.now(), 'asOf', asOf);
}

import { GraphQLError } from 'graphql';
import { MAX_CLOCK_SKEW_MS } from '../domain/clock.js';
import { isIsoInstant } from '../domain/validate.js';
import { builder } from './builder.js';

export const DateTime = builder.scalarType('DateTime', {
  description: 'An ISO-8601 instant with a time zone, e.g. 2026-11-23T10:00:00Z. Returned in UTC.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isIsoInstant(v)) {
      throw new GraphQLError('DateTime must be an ISO-8601 string with a time zone, e.g. 2026-11-23T10:00:00Z.', {
        extensions: { code: 'VALIDATION' },
      });
    }
    return new Date(v);
  },
});

/** What every `asOf` argument means, said once. */
export const AS_OF_DESCRIPTION =
  `Answer as the graph stood at this instant (default: now): only what existed then, reached only through what existed then. ` +
  `An instant more than ${MAX_CLOCK_SKEW_MS / 60_000} minutes (the clock-skew allowance) ahead of the server's clock is refused with VALIDATION.`;

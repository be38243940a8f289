import { GraphQLError } from 'graphql';
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

import { DatabaseUnavailable, QueryLimitExceeded, WriteContention } from '../db/errors.js';

/** Expected failures: each carries the code clients see in `extensions.code` and a message a person can act on. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'POLICY_VIOLATION'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAVAILABLE'
  | 'BAD_REQUEST'
  | 'QUERY_TIMEOUT'
  | 'RESOURCE_EXHAUSTED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (id: string, what = 'node') => new DomainError('NOT_FOUND', `No ${what} with id "${id}" exists.`, { id });

export const invalid = (field: string, problem: string) => new DomainError('VALIDATION', `${field}: ${problem}`, { field });

export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError('CONFLICT', message, details);

export const forbidden = (message: string, details: Record<string, unknown> = {}) => new DomainError('FORBIDDEN', message, details);

export const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);

/**
 * The database layer's typed failures as the errors clients see: the one place they are mapped.
 * Undefined for anything else (which stays an unexpected error).
 */
export function fromDatabaseError(err: unknown): DomainError | undefined {
  if (err instanceof DatabaseUnavailable) {
    // The cause (addresses, driver text) stays in the server log: it is not the client's business.
    return new DomainError(
      'UNAVAILABLE',
      `The database is unavailable right now; retry in ${err.retryAfterSeconds} s. A write that got this answer was not acknowledged: resend it (with its keys, a resend is safe).`,
      { retryAfterSeconds: err.retryAfterSeconds },
    );
  }
  if (err instanceof WriteContention) {
    return new DomainError(
      'UNAVAILABLE',
      `Concurrent writes to the same nodes rolled this write back each of the ${err.attempts} times it was tried; nothing of it was stored. Resend it shortly (with its keys, a resend is safe), or send smaller batches.`,
      { retryAfterSeconds: 1, reason: 'contention' },
    );
  }
  if (err instanceof QueryLimitExceeded && err.limit === 'timeout') {
    return new DomainError(
      'QUERY_TIMEOUT',
      'The query ran longer than the database allows and was stopped. Ask for less: a smaller depth or maxNodes, a narrower filter, fewer aliased fields in one request, or page with first/after.',
    );
  }
  if (err instanceof QueryLimitExceeded) {
    return new DomainError(
      'RESOURCE_EXHAUSTED',
      'The query needed more database memory than is allowed and was stopped. Ask for less: a smaller depth or maxNodes, fewer aliased fields in one request, or page with first/after; if other heavy queries are running, retry later.',
    );
  }
  return undefined;
}

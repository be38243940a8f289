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
  | 'BAD_REQUEST';

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

export const notFound = (id: string, what = 'node') =>
  new DomainError('NOT_FOUND', `No ${what} with id "${id}" exists.`, { id });

export const invalid = (field: string, problem: string) =>
  new DomainError('VALIDATION', `${field}: ${problem}`, { field });

export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('CONFLICT', message, details);

export const forbidden = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('FORBIDDEN', message, details);

export const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);

import { randomUUID } from 'node:crypto';
import { DomainError, fromDatabaseError, type ErrorCode } from '../domain/errors.js';
import { logger } from '../logger.js';

/** HTTP status of each expected failure on the plain HTTP routes (GraphQL keeps its own envelope). */
const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  POLICY_VIOLATION: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  // The database gave up on the query: the request was well-formed, the server could not answer it in budget.
  RESOURCE_EXHAUSTED: 503,
  QUERY_TIMEOUT: 504,
};

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

/**
 * A refusal as `{ "error": { "code", "message" } }` with its status: producers log the message as is.
 * Unexpected failures are masked and logged under a correlation id, as in the GraphQL API.
 */
export function errorResponse(failure: unknown): Response {
  // The database layer's typed failures (unavailable, contention, limits) answer as they do on /graphql.
  const err = failure instanceof DomainError ? failure : (fromDatabaseError(failure) ?? failure);
  if (err instanceof DomainError) {
    const headers: Record<string, string> = {};
    if (err.code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer';
    if (err.code === 'PAYLOAD_TOO_LARGE') headers.connection = 'close';
    if (err.code === 'RATE_LIMITED' || err.code === 'UNAVAILABLE') headers['retry-after'] = String(err.details.retryAfterSeconds ?? 5);
    logger.warn('http request refused', { code: err.code, message: err.message });
    return jsonResponse(STATUS[err.code], { error: { code: err.code, message: err.message, ...err.details } }, headers);
  }
  const correlationId = randomUUID();
  logger.error('unexpected error', { correlationId, error: err instanceof Error ? err.stack : String(err) });
  return jsonResponse(500, {
    error: { code: 'INTERNAL', message: `Unexpected error; quote correlation id ${correlationId} when reporting it.`, correlationId },
  });
}

import { Neo4jError } from 'neo4j-driver';

/** A uniqueness constraint refused a write: the caller maps it to a CONFLICT for the client. */
export class ConstraintViolation extends Error {}

/** The database cannot be reached (stopped, unreachable, starting up) or has no connection to spare. */
export class DatabaseUnavailable extends Error {
  constructor(
    message: string,
    /** A hint for clients: when a retry is worth trying. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'DatabaseUnavailable';
  }
}

/** Neo4j stopped a query at one of its limits: it ran out of time or out of memory. */
export class QueryLimitExceeded extends Error {
  constructor(
    readonly limit: 'memory' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'QueryLimitExceeded';
  }
}

/**
 * Concurrent writes to the same nodes kept rolling this one back (deadlocks), past the driver's own
 * retries and ours: nothing of it was stored, and sending it again is safe.
 */
export class WriteContention extends Error {
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'WriteContention';
  }
}

export type Failure =
  | { kind: 'unavailable'; detail: string }
  | { kind: 'memory'; detail: string }
  | { kind: 'timeout'; detail: string }
  | { kind: 'constraint'; detail: string }
  | { kind: 'contention'; detail: string }
  | { kind: 'other' };

const CONNECTION_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
/** Another transaction held the locks this one needed: Neo4j rolled it back, and running it again is safe. */
const CONTENTION_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);
const NODE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/** What kind of failure a driver error is: the one place that reads Neo4j's error codes. */
export function classify(err: unknown): Failure {
  if (!(err instanceof Neo4jError)) {
    const errno = (err as { code?: unknown } | null)?.code;
    return typeof errno === 'string' && NODE_ERRNO.has(errno) ? { kind: 'unavailable', detail: errno } : { kind: 'other' };
  }
  const detail = err.message.split('\n')[0].slice(0, 300);
  if (CONNECTION_CODES.has(err.code)) return { kind: 'unavailable', detail };
  // The pool had no connection free within connectionAcquisitionTimeout (code N/A in driver 6).
  if (err.message.startsWith('Connection acquisition timed out')) return { kind: 'unavailable', detail };
  if (TIMEOUT_CODES.has(err.code)) return { kind: 'timeout', detail };
  if (/OutOfMemoryError|MemoryLimit/.test(err.code)) return { kind: 'memory', detail };
  if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return { kind: 'constraint', detail };
  if (CONTENTION_CODES.has(err.code)) return { kind: 'contention', detail };
  return { kind: 'other' };
}

import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classify, WriteContention } from '../../src/db/errors.js';
import { fromDatabaseError } from '../../src/domain/errors.js';

/**
 * Which driver failures are which: the codes as Neo4j 5 and driver 6 report them (the memory codes
 * cannot be produced on demand on Community, where the memory settings are not dynamic).
 */
const driverError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('classify', () => {
  it.each([
    ['ServiceUnavailable', 'unavailable'],
    ['SessionExpired', 'unavailable'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'unavailable'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timeout'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'memory'],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', 'memory'],
    ['Neo.TransientError.General.OutOfMemoryError', 'memory'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'constraint'],
    ['Neo.ClientError.Statement.SyntaxError', 'other'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'contention'],
    ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'contention'],
    ['Neo.TransientError.Transaction.Terminated', 'other'],
  ])('%s is %s', (code, kind) => {
    expect(classify(driverError('text', code)).kind).toBe(kind);
  });

  it('a full pool is unavailable; a socket error is unavailable; anything else is other', () => {
    expect(
      classify(driverError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 64, Idle conn count = 0.')).kind,
    ).toBe('unavailable');
    expect(classify(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' })).kind).toBe('unavailable');
    expect(classify(new TypeError('x is undefined')).kind).toBe('other');
  });
});

describe('fromDatabaseError', () => {
  it('a write that concurrent writes kept rolling back is UNAVAILABLE with a retry hint, saying nothing was stored', () => {
    const e = fromDatabaseError(new WriteContention('ForsetiClient[transactionId=1] can not acquire ExclusiveLock', 4));
    expect(e?.code).toBe('UNAVAILABLE');
    expect(e?.details).toEqual({ retryAfterSeconds: 1, reason: 'contention' });
    expect(e?.message).toContain('4 times');
    expect(e?.message).toContain('nothing of it was stored');
    expect(e?.message).not.toContain('Forseti');
  });
});

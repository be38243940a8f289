import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, useHarness, startHarness, type GqlResult, testClock } from '../helpers/harness.js';
import { codeOf, fixtures, RECORD_INVOCATIONS_DOC, type SystemFixture } from '../helpers/fixtures.js';
import { artifactQueries } from '../../src/domain/artifacts/queries.js';
import { Neo4jError } from 'neo4j-driver';
import { WriteContention } from '../../src/db/errors.js';
import { fromDatabaseError } from '../../src/domain/errors.js';
import { graphql } from '../graphql/index.js';

/**
 * Neo4j's own limits reach the client as typed errors a person can act on: a second app over the same
 * database with a read timeout of 1 ms makes Neo4j really stop its read transactions.
 */
const { h } = useHarness();
let tiny: Harness;
let sys: SystemFixture;

// The largest lineage answer, 2,000 of the over 4,000 nodes downstream of the base model: tens of
// milliseconds of work, long enough for Neo4j's monitor to stop it at 1 ms (impact reads kept counts
// and is too quick to be stopped reliably).
const LINEAGE = graphql(`
  query DatabaseLimitsLineage($id: ID!) {
    lineage(id: $id, direction: DOWNSTREAM, depth: 10, maxNodes: 2000) {
      nodes {
        id
      }
    }
  }
`);

beforeAll(async () => {
  tiny = await startHarness({ dbTimeouts: { readMs: 1 } });
  const f = fixtures(h);
  sys = await f.system('limits', 1);
  const at = testClock.now().toISOString(); // not before the release it uses
  const invocations = Array.from({ length: 2000 }, (_, i) => ({
    key: f.key(`inv-${i}`),
    release: sys.releases[0],
    startedAt: at,
    outputs: [{ summary: `answer ${i}` }],
  }));
  await h.ok(RECORD_INVOCATIONS_DOC, { invocations });
});
afterAll(async () => {
  await tiny?.close();
});

describe('a read that runs past the read timeout', () => {
  it('answers QUERY_TIMEOUT with what to do, not INTERNAL, and at once (no retries)', async () => {
    // Over 4,000 nodes downstream of the base model: the same read passes at the default timeout.
    const normal = await h.gql(LINEAGE, { id: sys.baseModel });
    expect(normal.errors, JSON.stringify(normal.errors)).toBeUndefined();
    expect(normal.data!.lineage.nodes).toHaveLength(2000);

    // Neo4j checks timeouts periodically, so a warm, quick run can finish first: a few attempts, each
    // either a full answer or QUERY_TIMEOUT, at least one of them stopped.
    const attempts: Array<{ r: GqlResult; ms: number }> = [];
    for (let i = 0; i < 5 && !attempts.some((a) => a.r.errors); i++) {
      const t0 = Date.now();
      attempts.push({ r: await tiny.gql(LINEAGE, { id: sys.baseModel }), ms: Date.now() - t0 });
    }
    for (const a of attempts.filter((x) => x.r.errors)) expect(a.r.errors!.map((e) => e.extensions?.code)).toEqual(['QUERY_TIMEOUT']);
    const stopped = attempts.find((a) => a.r.errors);
    expect(stopped, 'one of five reads is stopped at a 1 ms timeout').toBeDefined();
    const { r, ms } = stopped!;
    expect(codeOf(r), JSON.stringify(r.errors)).toBe('QUERY_TIMEOUT');
    expect(r.status).toBe(200);
    expect(r.errors![0].message).toMatch(/smaller depth or maxNodes/);
    expect(r.errors![0].message).not.toMatch(/Neo|transaction/i);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('a write that concurrent writes keep deadlocking', () => {
  // The driver retries a deadlock only within its retry window (the outage bound, 300 ms here), counted
  // from the first failure, and waits about a second before its first retry: a write deadlocked twice
  // in a row is one the driver gives up. The deadlocks are Neo4j's own error, raised from the work.
  const deadlock = () =>
    new Neo4jError('can not acquire ExclusiveLock: deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N05', 'deadlock');
  let quick: Harness;
  beforeAll(async () => {
    quick = await startHarness({ dbTimeouts: { unavailableMs: 300 } });
  });
  afterAll(async () => {
    await quick?.close();
  });

  it('runs again after the driver has given up on it, and lands', async () => {
    let attempts = 0;
    const landed = await quick.db.write(async (tx) => {
      attempts += 1;
      await tx.one(artifactQueries.lock, { id: sys.system, kind: 'System' });
      if (attempts <= 2) throw deadlock();
      return attempts;
    });
    expect(landed).toBe(3);
  });

  it('gives up after a bounded number of attempts with a typed error that says to resend', async () => {
    let attempts = 0;
    const failure = await quick.db
      .write(async () => {
        attempts += 1;
        throw deadlock();
      })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(failure).toBeInstanceOf(WriteContention);
    // Four rounds of the driver's own two tries.
    expect(attempts).toBe(8);
    expect(fromDatabaseError(failure)?.code).toBe('UNAVAILABLE');
  });
});

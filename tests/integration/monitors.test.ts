import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { testClock, useHarness } from '../helpers/harness.js';
import { audited, cypher, expectRefused, RECORD_INVOCATIONS_DOC, sleep, unchanged } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

/** One-second signal buckets: a check at `asOf` reads only buckets closed by then, so a test waits for the next boundary. */
const BUCKET_MS = 1000;
const { h, f } = useHarness({ limits: { signalBucketMs: BUCKET_MS } });

/** An instant just past the end of the bucket the latest data fell in. */
async function closedInstant(): Promise<string> {
  await sleep(BUCKET_MS - (Date.now() % BUCKET_MS) + 5);
  return testClock.instant();
}

export const DEFINE_MONITOR = graphql(`
  mutation MonitorsDefine($input: DefineMonitorInput!) {
    defineMonitor(input: $input) {
      created
      monitor {
        id
        signal
        monitorKind
        method
        baselineKind
        failureLimit
        autoResolveAfter
      }
    }
  }
`);

export const RUN_MONITORS = graphql(`
  mutation MonitorsRun($system: ID!, $asOf: DateTime) {
    runMonitors(system: $system, asOf: $asOf) {
      asOf
      created
      checks {
        id
        outcome
        method
        pValue
        distance
        statistic
        currentSize
        baselineSize
        detail
        release {
          id
        }
        baselineRelease {
          id
        }
      }
      events {
        type
        checks
        alert {
          id
          open
        }
      }
      states {
        status
        consecutiveFailures
      }
    }
  }
`);

export const MONITORS = graphql(`
  query MonitorsList($system: ID!, $environment: String, $asOf: DateTime) {
    monitors(system: $system, environment: $environment, asOf: $asOf) {
      status
      consecutiveFailures
      consecutivePasses
      monitor {
        id
        name
      }
      lastCheck {
        id
        outcome
      }
      openAlert {
        id
        open
        reason
        resolvedBy
      }
    }
  }
`);

const LINEAGE = graphql(`
  query MonitorsLineage($id: ID!) {
    lineage(id: $id, direction: DOWNSTREAM, depth: 2) {
      nodes {
        id
        type
      }
    }
  }
`);

/** Deterministic latencies around `centre` (a fixed-seed linear congruential stream). */
function latencies(count: number, centre: number, spread: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.round(centre + ((x / 2147483648) * 2 - 1) * spread);
  });
}

async function serveAndRecord(system: string, release: string, tag: string, values: number[]) {
  await f.promote(system, 'staging', release);
  const at = testClock.now().toISOString();
  const invocations = values.map((latencyMs, i) => ({
    key: `${system.slice('system:'.length)}-${tag}-${i}`,
    release,
    startedAt: at,
    latencyMs,
    costUsd: 0.001,
    outputs: [{ outputKind: 'TEXT' as const, summary: `answer ${i}` }],
  }));
  await h.ok(RECORD_INVOCATIONS_DOC, { invocations });
}

const drift = (system: string, name: string, extra: Record<string, unknown> = {}) => ({
  input: {
    system,
    environment: 'staging',
    name,
    signal: 'latencyMs',
    kind: 'DRIFT' as const,
    method: 'KS' as const,
    baseline: { kind: 'PREVIOUS_RELEASE' as const },
    minimumSampleSize: 30,
    failureLimit: 2,
    autoResolveAfter: 2,
    ...extra,
  },
});

const run = async (system: string, asOf?: string) =>
  (await h.ok(RUN_MONITORS, { system, asOf: asOf ?? (await closedInstant()) })).runMonitors;

describe('a drift monitor on the previous release', () => {
  it('fails a drifted release, opens a drift alert citing its checks after the failure limit, and answers asOf-exactly', async () => {
    const sys = await f.system('drifted', 2);
    await serveAndRecord(sys.system, sys.releases[0], 'r1', latencies(200, 120, 20, 1));
    await serveAndRecord(sys.system, sys.releases[1], 'r2', latencies(200, 400, 20, 2));
    const defined = await audited(h, DEFINE_MONITOR, drift(sys.system, 'latency'));
    expect(defined.defineMonitor).toMatchObject({ created: true, monitor: { signal: 'latencyMs', monitorKind: 'DRIFT', method: 'KS' } });
    const monitorId = defined.defineMonitor.monitor.id;
    const beforeChecks = testClock.instant();

    const first = await run(sys.system);
    expect(first.created).toBe(1);
    expect(first.checks[0]).toMatchObject({
      outcome: 'FAILED',
      method: 'ks',
      currentSize: 200,
      baselineSize: 200,
      release: { id: sys.releases[1] },
      baselineRelease: { id: sys.releases[0] },
    });
    expect(first.checks[0].pValue).toBeLessThan(1e-6);
    expect(first.events).toEqual([]);
    expect(first.states[0]).toMatchObject({ status: 'WARNING', consecutiveFailures: 1 });
    const afterFirst = testClock.instant();

    const second = await run(sys.system);
    expect(second.checks[0].outcome).toBe('FAILED');
    expect(second.events).toHaveLength(1);
    const event = second.events[0];
    expect(event).toMatchObject({ type: 'monitor.alert.opened', alert: { open: true } });
    expect(event.checks).toEqual([second.checks[0].id, first.checks[0].id]);

    // The alert is the existing DriftAlert: it cites the failed checks and was generated by the last.
    const cites = await cypher(
      h,
      'MATCH (d:Node {id: $id})-[r:EVIDENCE|WAS_GENERATED_BY]->(c) RETURN type(r) AS type, c.id AS check ORDER BY type, check',
      { id: event.alert.id },
    );
    expect(cites).toEqual(
      [
        { type: 'EVIDENCE', check: first.checks[0].id },
        { type: 'EVIDENCE', check: second.checks[0].id },
        { type: 'WAS_GENERATED_BY', check: second.checks[0].id },
      ].sort((a, b) => (a.type + a.check).localeCompare(b.type + b.check)),
    );

    // Now, before the checks, and between the two: each as the graph stood then.
    const now = (await h.ok(MONITORS, { system: sys.system })).monitors;
    expect(now).toEqual([
      expect.objectContaining({
        status: 'ALERT',
        consecutiveFailures: 2,
        openAlert: expect.objectContaining({ id: event.alert.id, open: true }),
      }),
    ]);
    expect((await h.ok(MONITORS, { system: sys.system, asOf: beforeChecks })).monitors).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        consecutiveFailures: 0,
        lastCheck: null,
        openAlert: null,
        monitor: { id: monitorId, name: 'latency' },
      }),
    ]);
    expect((await h.ok(MONITORS, { system: sys.system, asOf: afterFirst })).monitors).toEqual([
      expect.objectContaining({
        status: 'WARNING',
        consecutiveFailures: 1,
        lastCheck: { id: first.checks[0].id, outcome: 'FAILED' },
        openAlert: null,
      }),
    ]);

    // A check is an activity downstream of the release it checked (lineage), as the alert is of the check.
    const lineage = (await h.ok(LINEAGE, { id: sys.releases[1] })).lineage.nodes.map((n) => `${n.type} ${n.id}`);
    expect(lineage).toContain(`MonitorCheck ${first.checks[0].id}`);
  });

  it('passes a healthy release, and says INCONCLUSIVE when there is too little data', async () => {
    const sys = await f.system('healthy', 3);
    const same = latencies(200, 120, 20, 3);
    await serveAndRecord(sys.system, sys.releases[0], 'r1', same);
    await serveAndRecord(sys.system, sys.releases[1], 'r2', latencies(200, 120, 20, 4));
    await h.ok(DEFINE_MONITOR, drift(sys.system, 'latency'));
    const healthy = await run(sys.system);
    expect(healthy.checks[0]).toMatchObject({ outcome: 'PASSED', currentSize: 200, baselineSize: 200 });
    expect(healthy.checks[0].pValue).toBeGreaterThan(0.05);
    expect(healthy.states[0].status).toBe('OK');

    await serveAndRecord(sys.system, sys.releases[2], 'r3', latencies(5, 400, 20, 5));
    const thin = await run(sys.system);
    expect(thin.checks[0]).toMatchObject({ outcome: 'INCONCLUSIVE', currentSize: 5, pValue: null, release: { id: sys.releases[2] } });
    expect(thin.checks[0].detail).toContain('not enough data');
  });

  it('stores nothing new when the same window is run again', async () => {
    const sys = await f.system('rerun', 2);
    await serveAndRecord(sys.system, sys.releases[0], 'r1', latencies(100, 120, 20, 6));
    await serveAndRecord(sys.system, sys.releases[1], 'r2', latencies(100, 400, 20, 7));
    await h.ok(DEFINE_MONITOR, drift(sys.system, 'latency', { failureLimit: 1 }));
    const asOf = await closedInstant();
    const once = await audited(h, RUN_MONITORS, { system: sys.system, asOf });
    expect(once.runMonitors).toMatchObject({ created: 1, events: [{ type: 'monitor.alert.opened' }] });
    const twice = await unchanged(h, RUN_MONITORS, { system: sys.system, asOf });
    expect(twice.runMonitors).toMatchObject({ created: 0, events: [] });
    expect(twice.runMonitors.checks.map((c) => c.id)).toEqual(once.runMonitors.checks.map((c) => c.id));
  });
});

describe('auto-resolve', () => {
  it('resolves the alert it opened after the configured passing checks, against a pinned baseline', async () => {
    const sys = await f.system('resolve', 3);
    const from = testClock.instant();
    await serveAndRecord(sys.system, sys.releases[0], 'r1', latencies(150, 120, 20, 8));
    const to = testClock.instant();
    await serveAndRecord(sys.system, sys.releases[1], 'r2', latencies(150, 400, 20, 9));
    await h.ok(
      DEFINE_MONITOR,
      drift(sys.system, 'pinned', {
        baseline: { kind: 'PINNED', release: sys.releases[0], from, to },
        failureLimit: 1,
        autoResolveAfter: 2,
      }),
    );
    const opened = await run(sys.system);
    expect(opened.events.map((e) => e.type)).toEqual(['monitor.alert.opened']);
    await serveAndRecord(sys.system, sys.releases[2], 'r3', latencies(150, 120, 20, 10));
    const pass1 = await run(sys.system);
    expect(pass1.checks[0].outcome).toBe('PASSED');
    expect(pass1.events).toEqual([]);
    expect(pass1.states[0].status).toBe('ALERT');
    const pass2 = await run(sys.system);
    expect(pass2.events).toEqual([
      expect.objectContaining({ type: 'monitor.alert.resolved', checks: [pass2.checks[0].id, pass1.checks[0].id] }),
    ]);
    const [state] = (await h.ok(MONITORS, { system: sys.system })).monitors;
    expect(state.status).toBe('OK');
    expect(state.openAlert).toBeNull();
    const alert = await cypher(h, 'MATCH (d:Node {id: $id}) RETURN d.resolvedAt IS NOT NULL AS resolved, d.resolvedBy AS by', {
      id: opened.events[0].alert.id,
    });
    expect(alert).toEqual([{ resolved: true, by: 'person:test-admin' }]);
  });
});

describe('bad definitions and roles', () => {
  const viewer: Principal = { id: 'person:monitor-viewer', roles: ['VIEWER'], clearance: 'INTERNAL', via: 'system' };

  it('refuses inconsistent monitors with a typed error and the graph unchanged', async () => {
    const sys = await f.system('refused', 1);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'REGRESSION', method: 'AUTO' }, 'direction'],
      [{ method: 'AUTO', alertThreshold: 0.01 }, 'alertThreshold'],
      [{ method: 'KS', alertThreshold: 0.05, warningThreshold: 0.01 }, 'warningThreshold'],
      [{ baseline: { kind: 'PINNED' } }, 'baseline.release'],
      [{ baseline: { kind: 'TRAILING', windowMs: 3_600_000 } }, 'currentWindowMs'],
      [{ signal: 'nonsense' }, 'signal'],
      [{ failureLimit: 0 }, 'failureLimit'],
    ];
    for (const [extra, field] of cases) {
      const r = await expectRefused(h, 'VALIDATION', DEFINE_MONITOR, drift(sys.system, 'bad', extra) as never);
      expect(r.errors![0].message).toContain(field);
    }
    await h.ok(DEFINE_MONITOR, drift(sys.system, 'taken'));
    await unchanged(h, DEFINE_MONITOR, drift(sys.system, 'taken'));
    await expectRefused(h, 'CONFLICT', DEFINE_MONITOR, drift(sys.system, 'taken', { failureLimit: 5 }));
  });

  it('refuses a VIEWER defining or running monitors, and lets it read them', async () => {
    const sys = await f.system('viewer', 1);
    await h.ok(DEFINE_MONITOR, drift(sys.system, 'seen'));
    await f.as(viewer, async () => {
      await expectRefused(h, 'FORBIDDEN', DEFINE_MONITOR, drift(sys.system, 'other'));
      await expectRefused(h, 'FORBIDDEN', RUN_MONITORS, { system: sys.system });
      expect((await h.ok(MONITORS, { system: sys.system })).monitors.map((m) => m.monitor.name)).toEqual(['seen']);
    });
  });
});

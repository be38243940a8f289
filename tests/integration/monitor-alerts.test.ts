import { describe, expect, it } from 'vitest';
import { testClock, useHarness } from '../helpers/harness.js';
import { expectRefused } from '../helpers/fixtures.js';
import { closedInstant, DEFINE_MONITOR, drift, latencies, MONITOR_BUCKET_MS, RUN_MONITORS, serveAndRecord } from '../helpers/monitors.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness({ limits: { signalBucketMs: MONITOR_BUCKET_MS } });

const ALERT = graphql(`
  query MonitorAlertsAlert($id: ID!, $asOf: DateTime) {
    node(id: $id) {
      ... on DriftAlert {
        open
        monitor {
          id
          name
        }
        checks(asOf: $asOf) {
          id
          outcome
        }
      }
    }
  }
`);
const OPEN_DRIFT = graphql(`
  mutation MonitorAlertsOpenDrift($input: OpenDriftAlertInput!) {
    openDriftAlert(input: $input) {
      id
    }
  }
`);

const run = async (system: string) => (await h.ok(RUN_MONITORS, { system, asOf: await closedInstant() })).runMonitors;
const alertAt = async (id: string, asOf?: string) => {
  const { node } = await h.ok(ALERT, { id, asOf });
  if (!node || !('checks' in node)) throw new Error(`${id} is not a drift alert`);
  return node;
};

describe('a drift alert names the monitor that opened it and the checks it cites', () => {
  it('as the graph stood at each instant: none before it opened, the failed checks once open, the passing ones once resolved', async () => {
    const sys = await f.system('alert-cites', 3);
    await serveAndRecord(h, f, sys.system, sys.releases[0], 'r1', latencies(150, 120, 20, 21));
    await serveAndRecord(h, f, sys.system, sys.releases[1], 'r2', latencies(150, 400, 20, 22));
    // Against the previous release: the second drifted from the first, the third is like the second.
    const monitor = (await h.ok(DEFINE_MONITOR, drift(sys.system, 'cited'))).defineMonitor.monitor.id;

    const fail1 = await run(sys.system);
    const afterFirst = testClock.instant();
    const fail2 = await run(sys.system);
    expect(fail2.events.map((e) => e.type)).toEqual(['monitor.alert.opened']);
    const alert = fail2.events[0].alert.id;
    const opened = testClock.instant();
    await serveAndRecord(h, f, sys.system, sys.releases[2], 'r3', latencies(150, 400, 20, 23));
    const pass1 = await run(sys.system);
    const between = testClock.instant();
    const pass2 = await run(sys.system);
    expect(pass2.events.map((e) => e.type)).toEqual(['monitor.alert.resolved']);
    const failed = [fail2, fail1].map((r) => ({ id: r.checks[0].id, outcome: 'FAILED' }));
    const passed = [pass2, pass1].map((r) => ({ id: r.checks[0].id, outcome: 'PASSED' }));

    const named = { id: monitor, name: 'cited' };
    expect(await alertAt(alert, afterFirst)).toEqual({ open: false, monitor: named, checks: [] });
    expect((await alertAt(alert, opened)).checks).toEqual(failed);
    expect((await alertAt(alert, between)).checks).toEqual(failed);
    expect(await alertAt(alert)).toEqual({ open: false, monitor: named, checks: [...passed, ...failed] });
    await expectRefused(h, 'VALIDATION', ALERT, { id: alert, asOf: new Date(Date.now() + 3_600_000).toISOString() });
  });

  it('names no monitor and cites no check for an alert a person opened', async () => {
    const sys = await f.system('alert-by-hand', 1);
    const { id } = (await h.ok(OPEN_DRIFT, { input: { system: sys.system, release: sys.releases[0], reason: 'seen by hand' } }))
      .openDriftAlert;
    expect(await alertAt(id)).toEqual({ open: true, monitor: null, checks: [] });
  });
});

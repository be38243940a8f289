import { describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { closedInstant, DEFINE_MONITOR, drift, latencies, MONITOR_BUCKET_MS, RUN_MONITORS, serveAndRecord } from '../helpers/monitors.js';
import { PLAN } from '../helpers/rollback-plan.js';

const { h, f } = useHarness({ limits: { signalBucketMs: MONITOR_BUCKET_MS } });

const runMonitors = async (system: string) => (await h.ok(RUN_MONITORS, { system, asOf: await closedInstant() })).runMonitors;
const planOf = async (system: string) => (await h.ok(PLAN, { system, environment: 'staging', asOf: await closedInstant() })).rollbackPlan;

describe('rollbackPlan and monitors', () => {
  it("rejects a candidate whose monitors opened an alert while it served, and measures the failing signal's effect", async () => {
    const sys = await f.system('monitored', 3);
    const [r1, r2, r3] = sys.releases;
    for (const r of sys.releases) await f.evaluate(r);
    await h.ok(DEFINE_MONITOR, drift(sys.system, 'latency', { failureLimit: 1, autoResolveAfter: 50 }));
    await serveAndRecord(h, f, sys.system, r1, 'r1', latencies(60, 120, 20, 1));
    await serveAndRecord(h, f, sys.system, r2, 'r2', latencies(60, 400, 20, 2));
    const onR2 = await runMonitors(sys.system);
    expect(onR2.checks[0].outcome).toBe('FAILED');
    const r2Alert = onR2.events[0].alert.id;
    await serveAndRecord(h, f, sys.system, r3, 'r3', latencies(60, 900, 20, 3));
    const onR3 = await runMonitors(sys.system);
    expect(onR3.checks[0].outcome).toBe('FAILED');

    const p = await planOf(sys.system);
    expect(p.current.id).toBe(r3);
    expect(p.target?.id).toBe(r1);
    const [judgedR2] = p.candidates;
    expect(judgedR2.release.id).toBe(r2);
    expect(judgedR2.rejections.map((r) => r.code)).toEqual(['MONITORS_UNHEALTHY']);
    expect(judgedR2.rejections[0].evidence).toEqual([r2Alert, onR2.checks[0].id]);
    // The current release's failed check is evidence, and the plan measures what rolling back does to its signal.
    expect(p.failedChecks.map((c) => c.id)).toEqual([onR3.checks[0].id]);
    expect(p.evidence).toContain(onR3.checks[0].id);
    expect(p.effects).toEqual([
      expect.objectContaining({ signal: 'latencyMs', source: 'METRIC', currentSampleSize: 60, targetSampleSize: 60, improves: null }),
    ]);
    const [effect] = p.effects;
    expect(effect.check?.id).toBe(onR3.checks[0].id);
    expect(effect.current!).toBeGreaterThan(800);
    expect(effect.target!).toBeLessThan(200);
  });
});

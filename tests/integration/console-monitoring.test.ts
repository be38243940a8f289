import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { metrics } from '../../src/observability/metrics.js';
import { launchChromium } from '../helpers/browser.js';
import { ALIAS_TARGET_DOC, RECORD_INVOCATIONS_DOC, sleep } from '../helpers/fixtures.js';
import { testClock, useHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';
import { closedInstant, DEFINE_MONITOR, latencies, MONITOR_BUCKET_MS, RUN_MONITORS } from '../helpers/monitors.js';
import { graphql } from '../graphql/index.js';
import { consoleBrowser, SHOTS, type Watched } from './console-browser.js';

/**
 * The monitoring dashboard (/ui/monitoring/<system id>) in headless Chromium, on data this file records
 * through the API (not the demo's): two releases served production in turn, each with invocations,
 * scores and a KPI; a drift monitor on latency failed and opened an alert. The dashboard draws each
 * release's series with the alias moves and the alert, shows the monitor's last check, and the rollback
 * plan executes for ADMIN and is refused, visibly, for VIEWER.
 */

const { h, f } = useHarness({ limits: { signalBucketMs: MONITOR_BUCKET_MS } });
let server: Awaited<ReturnType<typeof listen>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
const keys = {} as Record<'admin' | 'viewer', string>;
const { signedIn, checkAndClose } = consoleBrowser(
  () => chromium.browser,
  () => server.url,
);
let system: string;
let releases: string[];
let dashboard: string;

const DEFINE_SCORE = graphql(`
  mutation ConsoleMonitoringDefineScore($input: DefineScoreConfigInput!) {
    defineScoreConfig(input: $input) {
      created
    }
  }
`);
const DEFINE_KPI = graphql(`
  mutation ConsoleMonitoringDefineKpi($input: DefineKpiInput!) {
    defineKpi(input: $input) {
      created
    }
  }
`);
const RECORD_SCORES = graphql(`
  mutation ConsoleMonitoringRecordScores($scores: [ScoreInput!]!) {
    recordScores(scores: $scores) {
      created
    }
  }
`);
const RECORD_KPIS = graphql(`
  mutation ConsoleMonitoringRecordKpis($observations: [KpiObservationInput!]!) {
    recordKpis(observations: $observations) {
      created
    }
  }
`);

const score = () => f.key('helpful');
const kpi = () => f.key('resolved');

/** Two batches a bucket apart (so each release draws a line, not a point): invocations, a score per output, a KPI. */
async function serveAndRecord(release: string, tag: string, latencyCentre: number, helpful: number) {
  await f.readyForProduction(release);
  const servingFrom = testClock.now().toISOString();
  await f.promote(system, 'production', release);
  for (const batch of [0, 1]) {
    const at = testClock.now().toISOString();
    const recorded = await h.ok(RECORD_INVOCATIONS_DOC, {
      invocations: latencies(40, latencyCentre, 20, batch + latencyCentre).map((latencyMs, i) => ({
        key: f.key(`${tag}-${batch}-${i}`),
        release,
        startedAt: at,
        latencyMs,
        costUsd: latencyCentre / 100_000,
        outputs: [{ outputKind: 'TEXT' as const, summary: `answer ${i}` }],
      })),
    });
    await h.ok(RECORD_SCORES, {
      scores: recorded.recordInvocations.outputIds.map((target, i) => ({
        name: score(),
        source: 'HUMAN_REVIEW' as const,
        target,
        at: testClock.now().toISOString(),
        value: Math.min(1, Math.max(0, helpful + ((i % 5) - 2) / 20)),
      })),
    });
    await sleep(MONITOR_BUCKET_MS + 50);
  }
  await h.ok(RECORD_KPIS, {
    observations: [{ kpi: kpi(), system, release, from: servingFrom, to: testClock.now().toISOString(), value: helpful * 100 }],
  });
}

beforeAll(async () => {
  const windowFrom = new Date(Date.now() - 60_000).toISOString();
  const sys = await f.system('dashboard', 2);
  system = sys.system;
  releases = sys.releases;
  await h.ok(DEFINE_SCORE, { input: { name: score(), dataType: 'NUMERIC', min: 0, max: 1 } });
  await h.ok(DEFINE_KPI, { input: { name: kpi(), unit: 'tickets', direction: 'HIGHER' } });
  await serveAndRecord(releases[0], 'r1', 120, 0.8);
  await serveAndRecord(releases[1], 'r2', 400, 0.4);
  await h.ok(DEFINE_MONITOR, {
    input: {
      system,
      environment: 'production',
      name: 'latency-drift',
      signal: 'latencyMs',
      kind: 'DRIFT',
      method: 'KS',
      baseline: { kind: 'PREVIOUS_RELEASE' },
      minimumSampleSize: 30,
      failureLimit: 1,
    },
  });
  const run = (await h.ok(RUN_MONITORS, { system, asOf: await closedInstant() })).runMonitors;
  expect(run.checks.map((c) => c.outcome)).toEqual(['FAILED']);
  expect(run.events.map((e) => e.type)).toEqual(['monitor.alert.opened']);

  keys.admin = await h.createKey(['ADMIN'], 'RESTRICTED', `service:${h.prefix}-admin`);
  keys.viewer = await h.createKey(['VIEWER'], 'RESTRICTED', `service:${h.prefix}-viewer`);
  // The browser's server authenticates by key, as in production; the writes above went through the harness as an admin.
  const yoga = createApp({ db: h.db, config: h.config, services: h.services });
  server = await listen(createHttpHandler({ yoga, db: h.db, metrics }));
  chromium = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  const windowTo = new Date(Date.now() + 10 * 60_000).toISOString();
  dashboard = `/ui/monitoring/${encodeURIComponent(system)}?environment=production&from=${windowFrom}&to=${windowTo}`;
}, 240_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Waits for a part of the dashboard; a timeout says what the page showed instead. */
async function shown(tab: Watched, testId: string) {
  const part = tab.page.getByTestId(testId);
  await part.waitFor({ timeout: 30_000 }).catch(async (e: unknown) => {
    throw new Error(
      `${String(e)}\nthe page showed: ${await tab.page.locator('main').innerText()}\nconsole errors: ${tab.errors.join('\n')}`,
    );
  });
  return part;
}

const serving = async () => (await h.ok(ALIAS_TARGET_DOC, { system, environment: 'production' })).aliasTarget.release?.id;

describe('the monitoring dashboard', () => {
  it(
    'draws each release with alias moves and the drift alert, shows the failed check, and refuses VIEWER the rollback with the reason',
    { timeout: 120_000 },
    async () => {
      const tab = await signedIn(keys.viewer, dashboard);
      const { page } = tab;
      const table = await shown(tab, 'release-metrics');
      // One row per release, each with its own traffic, scores and KPI.
      const rows = table.locator('tbody tr');
      await expect.poll(() => rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-release-id')))).toEqual(releases);
      expect(await rows.nth(0).innerText()).toMatch(/v1\s+.*\s80\s/);
      expect(await rows.nth(1).innerText()).toMatch(/v2\s+.*\s80\s/);
      expect(await rows.nth(0).innerText()).toMatch(/0\.8\d\d \[0\.\d+, 0\.\d+\] \(n=80\)/);
      expect(await rows.nth(1).innerText()).toMatch(/0\.4\d\d \[0\.\d+, 0\.\d+\] \(n=80\)/);
      // Latency, cost, the score and the KPI: a chart each, a line per release.
      const charts = page.getByTestId('metric-chart');
      await expect
        .poll(() => charts.evaluateAll((cs) => cs.map((c) => c.querySelector('figcaption')!.textContent)))
        .toEqual(['Latency', 'Cost per 1,000 invocations', `Score ${score()} (mean, 95 % interval)`, `KPI ${kpi()} (mean, 95 % interval)`]);
      expect(await charts.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-series')))).toEqual(['4', '2', '2', '2']);
      expect(await page.locator('[data-testid="metric-chart"] canvas').count()).toBeGreaterThanOrEqual(4);
      const markers = page.getByTestId('markers');
      await expect
        .poll(() => markers.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-kind'))))
        .toEqual(['alias move', 'alias move', 'drift alert']);
      expect(await markers.innerText()).toContain('v1 → v2');

      const monitor = page.getByTestId('monitor-status').locator('tbody tr');
      await expect.poll(() => monitor.innerText()).toContain('ALERT');
      const cells = await monitor.locator('td').allInnerTexts();
      expect(cells[1]).toMatch(/^FAILED/);
      expect(Number(cells[2])).toBeGreaterThan(0.5); // the KS statistic: the two latency samples barely overlap
      expect(Number(cells[3])).toBeLessThan(1e-6);
      expect(cells[6]).toBe('80 / 80');
      expect(cells[7]).toMatch(/^drift:/);

      const plan = await shown(tab, 'rollback-plan');
      expect(await plan.innerText()).toContain('Roll production back from v2 to v1');
      expect(await plan.getAttribute('data-outcome')).toBe('PROPOSED');
      expect(await plan.innerText()).toContain(cells[7]);
      await expect.poll(() => page.getByRole('button', { name: 'Execute rollback plan' }).isDisabled()).toBe(true);
      expect(await page.getByTestId('execute-refused').innerText()).toContain(
        'alias.executePlan needs the role ENGINEER or ADMIN; this key has VIEWER',
      );
      expect(await serving()).toBe(releases[1]);
      // The whole page, down to the plan and its refused button, for the README.
      await page.screenshot({ path: `${SHOTS}/monitoring.png`, fullPage: true });
      await checkAndClose(tab);
    },
  );

  it(
    'executes the plan for ADMIN, shows the move, and shows a stale plan refused by the server in words',
    { timeout: 120_000 },
    async () => {
      const stale = await signedIn(keys.admin, dashboard);
      await shown(stale, 'rollback-plan');
      const tab = await signedIn(keys.admin, dashboard);
      const { page } = tab;
      await shown(tab, 'rollback-plan');
      await page.getByRole('button', { name: 'Execute rollback plan' }).click();
      await expect
        .poll(() => page.getByTestId('rollback-done').innerText(), { timeout: 20_000 })
        .toContain('Rolled production back from v2 to v1');
      expect(await serving()).toBe(releases[0]);
      // Every part is read again: the rollback is a marker now, and the plan is the one for v1.
      await expect
        .poll(() => page.getByTestId('markers').locator('tr[data-kind="rollback"]').innerText(), { timeout: 20_000 })
        .toContain('v2 → v1');
      await expect.poll(() => page.getByTestId('rollback-plan').innerText()).not.toContain('Roll production back from v2 to v1');
      await page.getByTestId('metric-chart').first().waitFor();
      await checkAndClose(tab, 'monitoring-rollback');

      // The tab opened before holds the old plan: the server refuses it (the alias moved), and the tab says so.
      await stale.page.getByRole('button', { name: 'Execute rollback plan' }).click();
      const refusal = stale.page.getByRole('alert');
      await expect.poll(() => refusal.innerText(), { timeout: 20_000 }).toContain('CONFLICT');
      expect(await refusal.innerText()).toMatch(/Executing the plan/);
      expect(await serving()).toBe(releases[0]);
      await checkAndClose(stale);
    },
  );

  it(
    'breaks a release line where it did not serve: v1 served, v2 took over, v1 came back after the rollback',
    { timeout: 120_000 },
    async () => {
      expect(await serving()).toBe(releases[0]);
      await sleep(MONITOR_BUCKET_MS + 50);
      await h.ok(RECORD_INVOCATIONS_DOC, {
        invocations: latencies(20, 120, 20, 7).map((latencyMs, i) => ({
          key: f.key(`r1-again-${i}`),
          release: releases[0],
          startedAt: testClock.now().toISOString(),
          latencyMs,
          costUsd: 0.0012,
          outputs: [{ outputKind: 'TEXT' as const, summary: `answer again ${i}` }],
        })),
      });
      const tab = await signedIn(keys.viewer, dashboard);
      const latency = tab.page.getByTestId('metric-chart').filter({ hasText: 'Latency' });
      // The breaks uPlot drew in each line: v1's line stops where v2 served and starts again after the rollback.
      const gaps = async () => JSON.parse((await latency.getAttribute('data-gaps')) ?? '{}') as Record<string, number>;
      await expect.poll(async () => (await gaps())['v1 p50'] ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
      expect((await gaps())['v1 p95']).toBeGreaterThanOrEqual(1);
      await tab.page.getByTestId('monitor-status').locator('tbody tr').first().waitFor();
      await tab.page.screenshot({ path: `${SHOTS}/monitoring-gap.png`, fullPage: true });
      await checkAndClose(tab);
    },
  );
});

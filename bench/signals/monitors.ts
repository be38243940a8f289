import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/db/database.js';
import { monitorId } from '../../src/domain/monitors/define.js';
import { SIGNALS } from '../../src/domain/signals/names.js';
import type { MetricsWindow } from '../graph/traffic.js';
import { TRAFFIC_SCORES } from '../graph/traffic.js';
import { post } from '../load/clients.js';
import { median } from '../load/stats.js';
import { log } from '../progress.js';

/** runMonitors over HTTP for one system with `monitors` monitors defined on it: wall ms per run. */
export interface MonitorRunCell {
  monitors: number;
  rounds: number;
  /** Checks one run recorded (one per monitor). */
  checksPerRun: number;
  medianMs: number;
  maxMs: number;
  errors: number;
  firstError?: string;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The kinds of monitor a system might carry, cycled over the bench's monitors: drift of numeric and
 * categorical signals and regressions of scores, latency and cost, against the previous release or a
 * trailing window, over the whole time in service or the last week.
 */
export const SHAPES: Array<Record<string, unknown>> = [
  { signal: SIGNALS.latencyMs, kind: 'DRIFT', baseline: { kind: 'PREVIOUS_RELEASE' } },
  { signal: SIGNALS.feature('input_length'), kind: 'DRIFT', baseline: { kind: 'PREVIOUS_RELEASE' }, currentWindowMs: 7 * DAY_MS },
  { signal: SIGNALS.feature('language'), kind: 'DRIFT', baseline: { kind: 'PREVIOUS_RELEASE' } },
  { signal: SIGNALS.decision, kind: 'DRIFT', baseline: { kind: 'TRAILING', windowMs: 7 * DAY_MS }, currentWindowMs: DAY_MS },
  { signal: SIGNALS.inputTokens, kind: 'DRIFT', method: 'PSI', baseline: { kind: 'PREVIOUS_RELEASE' }, currentWindowMs: 7 * DAY_MS },
  {
    signal: SIGNALS.score(TRAFFIC_SCORES.groundedness.name),
    kind: 'REGRESSION',
    direction: 'HIGHER_IS_BETTER',
    minimumDetectableEffect: 0.05,
    baseline: { kind: 'PREVIOUS_RELEASE' },
  },
  {
    signal: SIGNALS.score(TRAFFIC_SCORES.thumbsUp.name),
    kind: 'REGRESSION',
    direction: 'HIGHER_IS_BETTER',
    minimumDetectableEffect: 0.05,
    baseline: { kind: 'PREVIOUS_RELEASE' },
  },
  {
    signal: SIGNALS.latencyMs,
    kind: 'REGRESSION',
    direction: 'LOWER_IS_BETTER',
    minimumDetectableEffect: 50,
    baseline: { kind: 'TRAILING', windowMs: 7 * DAY_MS },
    currentWindowMs: 6 * HOUR_MS,
  },
  {
    signal: SIGNALS.costUsd,
    kind: 'REGRESSION',
    direction: 'LOWER_IS_BETTER',
    minimumDetectableEffect: 0.001,
    baseline: { kind: 'PREVIOUS_RELEASE' },
  },
  { signal: SIGNALS.outputTokens, kind: 'DRIFT', baseline: { kind: 'TRAILING', windowMs: 3 * DAY_MS }, currentWindowMs: DAY_MS },
];

const DEFINE = `mutation BenchDefineMonitor($input: DefineMonitorInput!) { defineMonitor(input: $input) { created } }`;
const RUN = `mutation BenchRunMonitors($system: ID!, $environment: String) {
  runMonitors(system: $system, environment: $environment) { created checks { id outcome } }
}`;

/**
 * Defines `count` monitors on the metrics window's system (production) and times runMonitors for the
 * system over `rounds` runs, each at its own instant (so each records a check per monitor). The failure
 * limit is the largest allowed, so no run opens a drift alert in the bench graph. The monitors and
 * their checks are deleted afterwards.
 */
export async function measureMonitorRuns(
  db: Database,
  server: { url: string; token: string },
  window: MetricsWindow,
  opts: { monitors: number; rounds: number },
): Promise<MonitorRunCell> {
  const url = new URL('/graphql', server.url);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${server.token}` };
  const agent = new http.Agent({ keepAlive: true });
  const prefix = `bench-${Date.now().toString(36)}-`;
  const call = async <T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> => {
    const { status, text } = await post(url, agent, headers, JSON.stringify({ query, variables }));
    const body = JSON.parse(text) as { data?: Record<string, T | undefined>; errors?: Array<{ message: string }> };
    const data = body.data?.[field];
    if (status !== 200 || body.errors?.length || !data)
      throw new Error(`${field}: HTTP ${status}: ${body.errors?.[0]?.message ?? text.slice(0, 200)}`);
    return data;
  };
  const cell: MonitorRunCell = { monitors: opts.monitors, rounds: opts.rounds, checksPerRun: 0, medianMs: 0, maxMs: 0, errors: 0 };
  try {
    for (let i = 0; i < opts.monitors; i++) {
      const shape = SHAPES[i % SHAPES.length];
      await call(
        DEFINE,
        { input: { system: window.system, environment: window.environment, name: `${prefix}${i}`, failureLimit: 50, ...shape } },
        'defineMonitor',
      );
    }
    const run = () =>
      call<{ created: number; checks: Array<{ outcome: string }> }>(
        RUN,
        { system: window.system, environment: window.environment },
        'runMonitors',
      );
    // One unmeasured run warms the plans; each run answers for its own instant (now), so each records new checks.
    await run();
    const ms: number[] = [];
    for (let r = 0; r < opts.rounds; r++) {
      const t0 = performance.now();
      try {
        const res = await run();
        ms.push(performance.now() - t0);
        cell.checksPerRun = res.created;
      } catch (err) {
        cell.errors += 1;
        cell.firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
    cell.medianMs = median(ms);
    cell.maxMs = Math.max(0, ...ms);
    log(
      `runMonitors: ${opts.monitors} monitors, ${cell.checksPerRun} checks per run: median ${cell.medianMs.toFixed(0)} ms, max ${cell.maxMs.toFixed(0)} ms over ${ms.length} runs`,
    );
    return cell;
  } catch (err) {
    cell.errors += 1;
    cell.firstError ??= err instanceof Error ? err.message : String(err);
    log(`runMonitors bench failed: ${cell.firstError}`);
    return cell;
  } finally {
    agent.destroy();
    await removeMonitors(db, monitorId(window.system, window.environment, prefix));
  }
}

/** Deletes the bench's monitors (ids from `prefix` on), their checks and any alert they opened. */
async function removeMonitors(db: Database, prefix: string): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run(
      `MATCH (n:Node) WHERE (n:MonitorCheck AND n.parent STARTS WITH $prefix) OR (n:DriftAlert AND n.monitor STARTS WITH $prefix)
         OR (n:Monitor AND n.id STARTS WITH $prefix)
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
       RETURN count(*) AS n`,
      { prefix },
    );
    log(`runMonitors: removed ${Number(res.records[0]?.get('n') ?? 0)} monitors, checks and alerts the bench added`);
  } finally {
    await session.close();
  }
}

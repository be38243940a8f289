import type { Tx } from '../../db/database.js';
import { monitorHealthWhileServing } from '../monitors/health.js';
import { ROLLBACK_PLAN_LIMITS } from './limits.js';
import type { ServedInterval } from './queries.js';
import type { Rejection } from './verdicts.js';

/** What a release's monitors recorded over the times it served, as the graph stood at the plan's instant. */
export interface ServedHealth {
  checks: number;
  /** Newest first, at most ROLLBACK_PLAN_LIMITS.maxEvidence. */
  failedChecks: string[];
  /** Alerts its monitors opened on it while it served. */
  alerts: string[];
}

/**
 * Sums monitorHealthWhileServing over every interval the release served; an interval still open at
 * `at` counts up to `at`. Intervals are bounded by the facts query (maxIntervals).
 */
export async function healthWhileServed(tx: Tx, release: string, served: ServedInterval[], at: Date): Promise<ServedHealth> {
  const total: ServedHealth = { checks: 0, failedChecks: [], alerts: [] };
  for (const interval of [...served].reverse()) {
    const h = await monitorHealthWhileServing(tx, release, new Date(interval.since), interval.until ? new Date(interval.until) : at, at);
    total.checks += h.checks;
    total.failedChecks.push(...h.failedChecks);
    total.alerts.push(...h.alerts);
  }
  return {
    checks: total.checks,
    failedChecks: total.failedChecks.slice(0, ROLLBACK_PLAN_LIMITS.maxEvidence),
    alerts: [...new Set(total.alerts)].sort().slice(0, ROLLBACK_PLAN_LIMITS.maxEvidence),
  };
}

/**
 * "Its monitors were healthy while it served": a candidate one of whose monitors opened a drift alert
 * on it while it served is rejected, citing those alerts and the failed checks behind them. Failed
 * checks below a monitor's failure limit are not an alarm, so they alone do not reject.
 */
export function monitorsUnhealthyWhileServing(health: ServedHealth): Rejection | null {
  if (health.alerts.length === 0) return null;
  const checks = health.failedChecks.length ? `; ${health.failedChecks.length} failed check(s)` : '';
  return {
    code: 'MONITORS_UNHEALTHY',
    detail: `its monitors opened ${health.alerts.join(', ')} while it served${checks}`,
    evidence: [...health.alerts, ...health.failedChecks],
  };
}

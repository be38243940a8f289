import type { Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { monitorQueries } from './queries.js';

/** Most checks (and alerts) one health answer reads. */
export const HEALTH_MAX_CHECKS = 1000;

export interface ServingHealth {
  /** No monitor opened an alert on the release in the interval (a failed check below a monitor's failure limit is evidence, not an alarm). */
  healthy: boolean;
  checks: number;
  failedChecks: string[];
  alerts: string[];
}

/**
 * Whether a release's monitors were healthy while it served [from, to), as recorded by `asOf`: the seam
 * the rollback planner uses ("its monitors were healthy while it served"). A release no monitor checked
 * counts as healthy with `checks: 0`, so a caller can ask for evidence if it needs some.
 */
export async function monitorHealthWhileServing(tx: Tx, release: string, from: Date, to: Date, asOf: Date): Promise<ServingHealth> {
  const row = await tx.one(monitorQueries.health, {
    release,
    from: dateTimeParam(from),
    to: dateTimeParam(to),
    at: dateTimeParam(asOf),
    limit: intParam(HEALTH_MAX_CHECKS),
  });
  const checks = row?.checks ?? [];
  const failedChecks = checks.filter((c) => c.outcome === 'FAILED').map((c) => c.id);
  const alerts = row?.alerts ?? [];
  return { healthy: alerts.length === 0, checks: checks.length, failedChecks, alerts };
}

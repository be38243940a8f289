import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import { MONITOR_DEFAULTS } from './definition.js';
import { monitorQueries } from './queries.js';

/** Most checks one alert cites: the failed streak that opened it and the passing streak that resolved it. */
export const MAX_ALERT_CHECKS = 2 * MONITOR_DEFAULTS.maxStreak;

/**
 * The monitor checks each drift alert cites, as the graph stood at `asOf` (default: now), newest window
 * first, in the order of `alerts`: the failed checks that opened it, and the passing ones that resolved
 * it once they had. Empty for an alert a person opened, and for one not yet opened at `asOf`.
 */
export async function alertChecks(
  ctx: DomainContext,
  alerts: readonly string[],
  asOf?: Date | null,
): Promise<Array<Array<NodeOf<'MonitorCheck'>>>> {
  authorize(ctx.principal, 'catalog.read');
  checkAsOf(ctx, asOf);
  const rows = await ctx.db.readQuery(monitorQueries.alertChecks, {
    alerts: [...new Set(alerts)],
    at: dateTimeParam(asOf ?? ctx.now()),
    limit: intParam(MAX_ALERT_CHECKS),
  });
  const byAlert = new Map(rows.map((r) => [r.alert, r.checks.map((c) => nodeOf('MonitorCheck', redact(ctx.principal, c)))]));
  return alerts.map((id) => byAlert.get(id) ?? []);
}

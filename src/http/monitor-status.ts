import type { DomainContext } from '../domain/context.js';
import { invalid } from '../domain/errors.js';
import { monitorStatusSummary } from '../domain/monitors/service.js';
import { isIsoInstant } from '../domain/validate.js';
import { jsonResponse } from './respond.js';

export const MONITOR_STATUS_PATH = '/api/v1/monitors/status';

/**
 * `GET /api/v1/monitors/status?system=…[&environment=…&asOf=…]`: a system's monitor statuses as JSON, with
 * `healthy` false while any monitor has an open alert. Argo Rollouts' and Flagger's web metric providers
 * gate on it (docs/monitoring.md, "Monitors"). Answers 200 whatever the health: the gate reads `healthy`.
 */
export async function getMonitorStatus(ctx: DomainContext, url: URL): Promise<Response> {
  const system = url.searchParams.get('system');
  if (!system) throw invalid('system', 'is required.');
  const asOf = url.searchParams.get('asOf');
  if (asOf && !isIsoInstant(asOf)) throw invalid('asOf', 'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-23T10:00:00Z');
  const summary = await monitorStatusSummary(ctx, {
    system,
    environment: url.searchParams.get('environment') || null,
    asOf: asOf ? new Date(asOf) : null,
  });
  return jsonResponse(200, summary);
}

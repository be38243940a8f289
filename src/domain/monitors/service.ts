import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import { idOf, key, parse } from '../validate.js';
import { readMonitorStates, type MonitorState, type MonitorStatus } from './state.js';

const monitorsArgs = z.object({ system: idOf('System'), environment: key.optional(), asOf: z.date().optional() });

/** A system's monitors (optionally of one environment) and their states, as the graph stood at `asOf` (default: now). */
export async function monitorStates(
  ctx: DomainContext,
  args: { system: string; environment?: string | null; asOf?: Date | null },
): Promise<MonitorState[]> {
  authorize(ctx.principal, 'catalog.read');
  const data = parse(monitorsArgs, { system: args.system, environment: args.environment ?? undefined, asOf: args.asOf ?? undefined });
  checkAsOf(ctx, data.asOf);
  return readMonitorStates(ctx.db, {
    system: data.system,
    environment: data.environment,
    at: data.asOf ?? ctx.now(),
    shown: (row) => redact(ctx.principal, row),
  });
}

/** Statuses that make a deployment gate fail: an open alert. */
const UNHEALTHY: ReadonlySet<MonitorStatus> = new Set(['ALERT']);

/** The JSON a deployment gate (Argo Rollouts' or Flagger's web metric provider) reads. */
export interface MonitorStatusSummary {
  system: string;
  environment: string | null;
  asOf: string;
  /** No monitor has an open alert. */
  healthy: boolean;
  /** Monitors with an open alert. */
  alerting: number;
  counts: Record<MonitorStatus, number>;
  monitors: Array<{
    id: string;
    name: string | null;
    environment: string | null;
    signal: string | null;
    status: MonitorStatus;
    lastOutcome: string | null;
    lastCheck: string | null;
    lastCheckAsOf: string | null;
    release: string | null;
    consecutiveFailures: number;
    openAlert: string | null;
  }>;
}

export async function monitorStatusSummary(
  ctx: DomainContext,
  args: { system: string; environment?: string | null; asOf?: Date | null },
): Promise<MonitorStatusSummary> {
  const states = await monitorStates(ctx, args);
  const counts = { OK: 0, WARNING: 0, ALERT: 0, INCONCLUSIVE: 0, ERROR: 0, PENDING: 0 };
  for (const s of states) counts[s.status]++;
  const alerting = states.filter((s) => UNHEALTHY.has(s.status)).length;
  return {
    system: args.system,
    environment: args.environment ?? null,
    asOf: (args.asOf ?? ctx.now()).toISOString(),
    healthy: alerting === 0,
    alerting,
    counts,
    monitors: states.map((s) => {
      const last = s.recentChecks[0];
      return {
        id: s.monitor.id,
        name: s.monitor.name ?? null,
        environment: s.monitor.environment ?? null,
        signal: s.monitor.signal ?? null,
        status: s.status,
        lastOutcome: last?.outcome ?? null,
        lastCheck: last?.id ?? null,
        lastCheckAsOf: last?.asOf ?? null,
        release: last?.release ?? null,
        consecutiveFailures: s.consecutiveFailures,
        openAlert: s.openAlert?.id ?? null,
      };
    }),
  };
}

/** Every monitor's state now, as the Prometheus gauges report it (observability/metrics.ts watchMonitors). */
export async function monitorGauges(db: Database, now: Date = new Date()) {
  const states = await readMonitorStates(db, { system: null, at: now });
  return states.map((s) => ({
    monitor: s.monitor.id,
    system: s.monitor.system ?? '',
    environment: s.monitor.environment ?? '',
    status: s.status,
    alertOpen: s.openAlert !== null,
    consecutiveFailures: s.consecutiveFailures,
  }));
}

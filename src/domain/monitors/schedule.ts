import type { Database } from '../../db/database.js';
import type { DomainContext, Services } from '../context.js';
import { repeatInProcess } from '../schedule.js';
import { systemPrincipal } from '../permissions/principal.js';
import { runMonitors } from './run.js';
import { readMonitorStates } from './state.js';

/** Who the schedule's checks and alerts are recorded as. */
export const MONITOR_SCHEDULER = 'service:monitor-scheduler';

export interface MonitorSchedule {
  db: Database;
  services: Services;
  /** PROVENANT_MONITOR_INTERVAL_MS; 0: no schedule. */
  intervalMs: number;
  now?: () => Date;
  onError?: (system: string | null, err: unknown) => void;
}

/**
 * Runs every system's monitors every `intervalMs`, in process, for the instant the interval started (so a
 * second replica, or a restart within the interval, records nothing new: checks are idempotent per
 * window). One round at a time; returns the function that stops it.
 */
export function startMonitorSchedule(s: MonitorSchedule): () => void {
  const now = s.now ?? (() => new Date());
  return repeatInProcess(s.intervalMs, async () => {
    try {
      const at = now();
      const asOf = new Date(Math.floor(at.getTime() / s.intervalMs) * s.intervalMs);
      const systems = [...new Set((await readMonitorStates(s.db, { system: null, at })).map((m) => m.monitor.system!))];
      for (const system of systems) {
        const ctx: DomainContext = {
          db: s.db,
          ...s.services,
          principal: systemPrincipal(MONITOR_SCHEDULER),
          now,
          requestId: `monitor-schedule-${asOf.toISOString()}`,
        };
        await runMonitors(ctx, { system, asOf: asOf.toISOString() }).catch((err: unknown) => s.onError?.(system, err));
      }
    } catch (err) {
      s.onError?.(null, err);
    }
  });
}

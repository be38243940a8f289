import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At, Iso, NodeRow } from '../query-types.js';

/** One delivery as the endpoint's bounded log keeps it (JSON text). */
export type DeliveryLogEntry = string;

/** Monitors, their checks and alerts, and their webhook endpoints. */
export const monitorQueries = {
  list: defineQuery<
    { system: string | null; environment: string | null; at: At; recent: Integer; limit: Integer },
    { m: NodeRow; checks: NodeRow[]; alerts: NodeRow[] }
  >('monitor-list'),
  alertChecks: defineQuery<{ alerts: string[]; at: At; limit: Integer }, { alert: string; checks: NodeRow[] }>('monitor-alert-checks'),
  serving: defineQuery<{ alias: string; at: At; limit: Integer }, { release: string; since: Iso; until: Iso | null }>('monitor-serving'),
  evaluationReference: defineQuery<
    { release: string; dataset: string; metric: string; at: At },
    { evaluation: string; value: number; recordedAt: Iso }
  >('monitor-evaluation-reference'),
  health: defineQuery<
    { release: string; from: At; to: At; at: At; limit: Integer },
    { checks: Array<{ id: string; parent: string; outcome: string; asOf: Iso }>; alerts: string[] }
  >('monitor-health'),
  webhookSet: defineQuery<
    { id: string; system: string; url: string; secret: string; enabled: boolean; at: At; actor: string },
    { id: string; system: string; url: string; enabled: boolean }
  >('monitor-webhook-set'),
  webhookTargets: defineQuery<{ system: string }, { id: string; url: string; secret: string }>('monitor-webhook-targets'),
  webhookList: defineQuery<
    { system: string },
    {
      id: string;
      url: string;
      enabled: boolean;
      consecutiveFailures: number | null;
      disabledAt: Iso | null;
      deliveries: DeliveryLogEntry[] | null;
    }
  >('monitor-webhook-list'),
  webhookLog: defineQuery<
    { id: string; ok: boolean; entry: DeliveryLogEntry; keep: Integer; disableAfter: number; at: At },
    { enabled: boolean; consecutiveFailures: number }
  >('monitor-webhook-log'),
};

import type { NodeOf } from '../nodes/types.js';

/** What an alert did in a run: the events webhooks deliver. */
export interface AlertEvent {
  type: 'monitor.alert.opened' | 'monitor.alert.resolved';
  alert: NodeOf<'DriftAlert'>;
  monitor: NodeOf<'Monitor'>;
  /** The checks the alert cites (opened) or that resolved it. */
  checks: string[];
}

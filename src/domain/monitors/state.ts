import { Database, type Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';
import type { NodeRow } from '../query-types.js';
import { MONITOR_DEFAULTS } from './definition.js';
import { monitorQueries } from './queries.js';

/**
 * A monitor's status: ALERT while an alert it opened is open; PENDING before its first check; otherwise
 * its latest check's outcome (OK for PASSED, WARNING for PASSED past the warning threshold or FAILED below
 * the failure limit, INCONCLUSIVE, ERROR).
 */
export const MONITOR_STATUSES = ['OK', 'WARNING', 'ALERT', 'INCONCLUSIVE', 'ERROR', 'PENDING'] as const;
export type MonitorStatus = (typeof MONITOR_STATUSES)[number];

export interface MonitorState {
  monitor: NodeOf<'Monitor'>;
  status: MonitorStatus;
  /** Newest window first. */
  recentChecks: Array<NodeOf<'MonitorCheck'>>;
  consecutiveFailures: number;
  consecutivePasses: number;
  openAlert: NodeOf<'DriftAlert'> | null;
}

/** Most monitors one answer (a system's list, the gauges) holds. */
export const MAX_MONITORS_PER_ANSWER = 1000;

/** How many of the newest checks run the same outcome. */
export function streak(checks: ReadonlyArray<NodeOf<'MonitorCheck'>>, outcome: 'FAILED' | 'PASSED'): number {
  let n = 0;
  while (n < checks.length && checks[n].outcome === outcome) n++;
  return n;
}

export function stateOf(
  monitor: NodeOf<'Monitor'>,
  checks: Array<NodeOf<'MonitorCheck'>>,
  openAlert: NodeOf<'DriftAlert'> | null,
): MonitorState {
  const last = checks[0];
  let status: MonitorStatus;
  if (openAlert) status = 'ALERT';
  else if (!last) status = 'PENDING';
  else if (last.outcome === 'PASSED') status = last.warning ? 'WARNING' : 'OK';
  else if (last.outcome === 'FAILED') status = 'WARNING';
  else status = last.outcome ?? 'ERROR';
  return {
    monitor,
    status,
    recentChecks: checks,
    consecutiveFailures: streak(checks, 'FAILED'),
    consecutivePasses: streak(checks, 'PASSED'),
    openAlert,
  };
}

type Shown = (row: NodeRow) => NodeRow;

export const stateFromRow = (row: { m: NodeRow; checks: NodeRow[]; alerts: NodeRow[] }, shown: Shown = (r) => r): MonitorState =>
  stateOf(
    nodeOf('Monitor', shown(row.m)),
    row.checks.map((c) => nodeOf('MonitorCheck', shown(c))),
    row.alerts[0] ? nodeOf('DriftAlert', shown(row.alerts[0])) : null,
  );

export interface StateQuery {
  system: string | null;
  environment?: string | null;
  at: Date;
  /** How a reader sees each node (redaction); the write path sees them whole. */
  shown?: Shown;
}

/** Monitors and their states as the graph stood at `at`, in a transaction or as one read. No authorisation here. */
export async function readMonitorStates(source: Tx | Database, q: StateQuery): Promise<MonitorState[]> {
  const params = {
    system: q.system,
    environment: q.environment ?? null,
    at: dateTimeParam(q.at),
    recent: intParam(MONITOR_DEFAULTS.maxStreak),
    limit: intParam(MAX_MONITORS_PER_ANSWER),
  };
  const rows =
    source instanceof Database ? await source.readQuery(monitorQueries.list, params) : await source.run(monitorQueries.list, params);
  return rows.map((r) => stateFromRow(r, q.shown));
}

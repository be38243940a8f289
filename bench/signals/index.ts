import type { Database } from '../../src/db/database.js';
import type { GraphMarker } from '../graph/marker.js';
import { log } from '../progress.js';
import { formatTable } from '../table.js';
import { measureSystemMetrics, type MetricsCell } from './metrics.js';
import { measureMonitorRuns, type MonitorRunCell } from './monitors.js';
import { measureSignalWrites, type SignalWriteCell } from './writes.js';

/** The signal cells of one graph size (null with --skip-signals). */
export interface SignalResults {
  /** recordScores and recordKpis against a raw UNWIND … CREATE of the same rows. */
  writes: SignalWriteCell[];
  /** systemMetrics over the graph's metrics window; null on a graph built before the signals. */
  metrics: MetricsCell | null;
  /** runMonitors for one system carrying `monitors` monitors; null without a metrics window or with --monitors 0. */
  monitors: MonitorRunCell | null;
}

export interface SignalOptions {
  batch: number;
  /** Concurrent clients per cell, one cell each. */
  clients: number[];
  rounds: number;
  /** Unmeasured rounds per path before each write cell. */
  warmupRounds: number;
  bucketMs: number;
  requests: number;
  warmup: number;
  concurrency: number;
  maxMs: number;
  /** Monitors defined for the runMonitors cell (0 skips it). */
  monitors: number;
}

export async function benchSignals(
  db: Database,
  server: { url: string; token: string; actor: string; pids?: { server?: number; neo4j?: number } },
  marker: GraphMarker,
  opts: SignalOptions,
): Promise<SignalResults> {
  log(
    `measuring recordScores and recordKpis (${opts.clients.join(' and ')} clients × ${opts.batch} rows, ${opts.rounds} rounds) and systemMetrics ...`,
  );
  const writes = await measureSignalWrites(db, server, opts);
  const metrics = marker.metricsWindow ? await measureSystemMetrics(db, server, marker.metricsWindow, opts) : null;
  if (!metrics) log('systemMetrics skipped: the graph has no metrics window (built before the signals; --rebuild)');
  const monitors =
    marker.metricsWindow && opts.monitors > 0
      ? await measureMonitorRuns(db, server, marker.metricsWindow, { monitors: opts.monitors, rounds: opts.rounds })
      : null;
  return { writes, metrics, monitors };
}

export function printSignalTables(s: SignalResults): string {
  const writes = formatTable(
    [
      'signal writes',
      'clients × batch',
      'rounds',
      'API ms (median)',
      'driver ms (median)',
      'API rows/s',
      'driver rows/s',
      'ratio API/driver',
      'errors',
    ],
    s.writes.map((c) => [
      c.mutation,
      `${c.clients} × ${c.batch}`,
      String(c.rounds),
      c.apiMs.toFixed(0),
      c.driverMs.toFixed(0),
      String(c.apiRowsPerSec),
      String(c.driverRowsPerSec),
      `${c.ratio.toFixed(2)}×`,
      String(c.errors),
    ]),
  );
  const m = s.metrics;
  const metrics = m
    ? `systemMetrics (${m.window.environment}, ${m.window.from.slice(0, 10)} – ${m.window.to.slice(0, 10)}), ${m.concurrency} clients: p50 ${m.api.p50.toFixed(1)} ms, p99 ${m.api.p99.toFixed(1)} ms over ${m.api.count} requests; reads ${m.bucketsInWindow} buckets (${m.bucketsWithData} with data), ${m.aggregateNodes} aggregate nodes, for ${m.invocations.toLocaleString('en')} invocations; errors ${m.api.errors}`
    : 'systemMetrics: not measured (graph without a metrics window)';
  const r = s.monitors;
  const monitors = r
    ? `runMonitors (${r.monitors} monitors on one system, ${r.checksPerRun} checks per run): median ${r.medianMs.toFixed(0)} ms, max ${r.maxMs.toFixed(0)} ms over ${r.rounds} runs; errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}`
    : 'runMonitors: not measured';
  return ['signals: API over HTTP vs the same rows by a raw driver UNWIND CREATE, interleaved', '', writes, '', metrics, monitors].join(
    '\n',
  );
}

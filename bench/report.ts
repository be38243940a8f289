import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphMarker } from './graph/marker.js';
import type { RoundTrips } from './load/round-trips.js';
import type { Summary } from './load/stats.js';
import { formatTable } from './table.js';
import { printWriteTable, type WriteCell } from './writes/index.js';

export interface Cell {
  operation: string;
  kind: 'lineage' | 'provenance';
  concurrency: number;
  api: Summary;
  driver: Summary;
  ratioP50: number;
  /** CPU ms per request: the API server's, and Neo4j's on each path (null when not measurable). */
  cpuMs: { serverPerApiRequest: number | null; neo4jPerApiRequest: number | null; neo4jPerDriverRequest: number | null };
}

export interface Target {
  name: string;
  value: string;
  pass: boolean;
}

export interface Results {
  at: string;
  machine: { cpus: number; node: string };
  graph: GraphMarker;
  requestsPerCell: number;
  cells: Cell[];
  /** recordInvocations over HTTP against a raw UNWIND … CREATE, per batch size (empty with --skip-writes). */
  writes: WriteCell[];
  server: { peakRssMb: number; afterRssMb: number | null; startRssMb: number | null };
  roundTrips: RoundTrips[];
  targets: Target[];
}

const TARGETS = { ratioP50: 1.5, provenanceP99Ms: 50, rssMb: 300, writeRatio: 0.8, writeRatioFromBatch: 1000 };

export function evaluateTargets(cells: Cell[], peakRssMb: number, writes: WriteCell[]): Target[] {
  const targets: Target[] = [];
  const large = writes.filter((w) => w.batch >= TARGETS.writeRatioFromBatch);
  if (large.length > 0) {
    const worstWrite = large.reduce((w, c) => (c.ratio < w.ratio ? c : w), large[0]);
    targets.push({
      name: `recordInvocations ≥ ${TARGETS.writeRatio}× the raw driver UNWIND CREATE (batches ≥ ${TARGETS.writeRatioFromBatch})`,
      value: `worst ${worstWrite.ratio.toFixed(2)}× (batch ${worstWrite.batch})`,
      pass: worstWrite.ratio >= TARGETS.writeRatio,
    });
  }
  if (cells.length === 0) return targets;
  const worst = cells.reduce((w, c) => (c.ratioP50 > w.ratioP50 ? c : w), cells[0]);
  const prov16 = cells.find((c) => c.kind === 'provenance' && c.concurrency === 16);
  return [
    ...targets,
    { name: `API/driver ratio at p50 ≤ ${TARGETS.ratioP50} (every cell)`, value: `worst ${worst.ratioP50.toFixed(2)} (${worst.operation}, c=${worst.concurrency})`, pass: worst.ratioP50 <= TARGETS.ratioP50 },
    { name: `provenance p99 < ${TARGETS.provenanceP99Ms} ms at 16 clients (API)`, value: prov16 ? `${prov16.api.p99.toFixed(1)} ms` : 'not measured', pass: !!prov16 && prov16.api.p99 < TARGETS.provenanceP99Ms },
    { name: `server RSS < ${TARGETS.rssMb} MB (peak)`, value: `${peakRssMb.toFixed(0)} MB`, pass: peakRssMb > 0 && peakRssMb < TARGETS.rssMb },
  ];
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

export function printTable(cells: Cell[]): string {
  const header = ['operation', 'conc', 'API p50', 'API p99', 'driver p50', 'driver p99', 'ratio p50', 'API req/s', 'CPU/req server', 'CPU/req neo4j API|drv', 'errors'];
  const cpu = (n: number | null) => (n === null ? '-' : n.toFixed(2));
  const rows = cells.map((c) => [
    c.operation,
    String(c.concurrency),
    fmt(c.api.p50),
    fmt(c.api.p99),
    fmt(c.driver.p50),
    fmt(c.driver.p99),
    c.ratioP50.toFixed(2),
    fmt(c.api.throughput),
    cpu(c.cpuMs.serverPerApiRequest),
    `${cpu(c.cpuMs.neo4jPerApiRequest)} | ${cpu(c.cpuMs.neo4jPerDriverRequest)}`,
    String(c.api.errors + c.driver.errors),
  ]);
  return formatTable(header, rows);
}

export function printSummary(results: Results): string {
  const s = results.server;
  const lines = [
    '',
    `latency in ms; ${results.requestsPerCell} requests per cell after warm-up; ${results.machine.cpus} CPUs; graph: ${results.graph.outputs.toLocaleString('en')} outputs`,
    '',
    ...(results.cells.length > 0 ? [printTable(results.cells), ''] : []),
    ...(results.writes.length > 0 ? ['writes: wall ms per batch, API over HTTP vs the same nodes by a raw driver UNWIND CREATE, interleaved', '', printWriteTable(results.writes), ''] : []),
    `server RSS: start ${fmt(s.startRssMb ?? Number.NaN)} MB, peak ${fmt(s.peakRssMb)} MB, after load ${fmt(s.afterRssMb ?? Number.NaN)} MB`,
    `Cypher statements per request: ${results.roundTrips.map((r) => `${r.operation}: ${r.queries}`).join('; ')}`,
    '',
    'targets:',
    ...results.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value}`),
  ];
  return lines.join('\n');
}

export function writeResults(results: Results): string {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}latest.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

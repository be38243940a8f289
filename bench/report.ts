import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphMarker } from './graph/marker.js';
import type { RoundTrips } from './load/round-trips.js';
import type { Summary } from './load/stats.js';
import { formatTable } from './table.js';
import { printWriteTable, type WriteCell } from './writes/index.js';
import type { SignalResults } from './signals/index.js';

export interface Cell {
  operation: string;
  kind: 'lineage' | 'provenance' | 'impact';
  /** The largest lineage answer a request may ask for (maxNodes at its cap). */
  large: boolean;
  concurrency: number;
  api: Summary;
  /** The same Cypher through the bare driver; null for impact, which has no single-statement baseline. */
  driver: Summary | null;
  ratioP50: number | null;
  /**
   * The same request through the floor server (Node's http + graphql-js over the same resolvers, no
   * yoga, no guards): small answers only, null elsewhere. API/floor is what the API's own layers cost.
   */
  floor: Summary | null;
  ratioFloorP50: number | null;
  /** CPU ms per request: the API server's, and Neo4j's on each path (null when not measurable). */
  cpuMs: { serverPerApiRequest: number | null; neo4jPerApiRequest: number | null; neo4jPerDriverRequest: number | null };
  /** The API server's highest RSS while this cell's API requests ran. */
  peakRssMb: number;
}

export interface Target {
  name: string;
  value: string;
  pass: boolean;
}

/** Everything measured on one graph size. */
export interface SizeResults {
  outputs: number;
  graph: GraphMarker;
  /** Bytes on disk of the store files and the transaction logs (local instances only). */
  disk: { store: number; txLogs: number } | null;
  cells: Cell[];
  /** recordInvocations over HTTP against a raw UNWIND … CREATE, per batch size (empty with --skip-writes). */
  writes: WriteCell[];
  /** Null with --build-only. */
  server: { peakRssMb: number; afterRssMb: number | null; startRssMb: number | null; warmRssMb: number | null } | null;
  roundTrips: RoundTrips[];
  openLineage: string | null;
  /** Retrieval latency per mode and the embedding model's throughput (first size only). */
  retrieval: string | null;
  /** Recommendation latency without an LLM: the demo organisation (first size) and this graph. */
  recommendations: string | null;
  /** recordScores / recordKpis against a raw UNWIND, and systemMetrics latency (null with --skip-signals). */
  signals: SignalResults | null;
}

export interface Results {
  at: string;
  /** The 1, 5 and 15 minute load averages when the run began and ended: ratios within a run share the load. */
  machine: { cpus: number; node: string; loadAverage: { start: number[]; end: number[] } };
  requestsPerCell: number;
  /** Interleaved rounds each cell's requests were split over, per path. */
  readRounds: number;
  /** Smallest first: the baseline size, then the size asked for. */
  sizes: SizeResults[];
  targets: Target[];
}

export const TARGETS = {
  ratioP50: 1.3,
  ratioFloorP50: 1.15,
  provenanceP99VsDriver: 1.5,
  largeAnswerCpu: 1.5,
  impactP99Ms: 100,
  impactGrowth: 1.5,
  rssMb: 300,
  writeRatio: 0.8,
  writeRatioFromBatch: 1000,
  /** recordScores and recordKpis against a raw UNWIND of the same rows. */
  signalWriteRatio: 0.8,
  /** systemMetrics p99 on the larger graph over the smaller's: O(buckets), whatever the traffic. */
  systemMetricsGrowth: 1.2,
};

/** API CPU over Neo4j CPU for the largest lineage answer, one client (Neo4j's measured on the driver path). */
export function largeAnswerCpu(size: SizeResults): { cell: Cell; ratio: number } | undefined {
  const cell = size.cells.find((c) => c.large && c.concurrency === 1);
  const api = cell?.cpuMs.serverPerApiRequest;
  const neo4j = cell?.cpuMs.neo4jPerDriverRequest;
  return cell && api != null && neo4j ? { cell, ratio: api / neo4j } : undefined;
}

const impactCell = (size: SizeResults, concurrency: number) => size.cells.find((c) => c.kind === 'impact' && c.concurrency === concurrency);

export function evaluateTargets(sizes: SizeResults[]): Target[] {
  const targets: Target[] = [];
  for (const size of sizes) {
    const at = `, ${size.outputs.toLocaleString('en')} outputs`;
    const large = size.writes.filter((w) => w.batch >= TARGETS.writeRatioFromBatch);
    if (large.length > 0) {
      const worstWrite = large.reduce((w, c) => (c.ratio < w.ratio ? c : w), large[0]);
      targets.push({
        name: `recordInvocations ≥ ${TARGETS.writeRatio}× the raw driver UNWIND CREATE (batches ≥ ${TARGETS.writeRatioFromBatch}${at})`,
        value: `worst ${worstWrite.ratio.toFixed(2)}× (batch ${worstWrite.batch})`,
        pass: worstWrite.ratio >= TARGETS.writeRatio,
      });
    }
    for (const w of size.signals?.writes ?? [])
      targets.push({
        name: `${w.mutation} ≥ ${TARGETS.signalWriteRatio}× the raw driver UNWIND CREATE (${w.clients} clients × ${w.batch} rows${at})`,
        value: `${w.ratio.toFixed(2)}× (${w.apiRowsPerSec.toLocaleString('en')} vs ${w.driverRowsPerSec.toLocaleString('en')} rows/s)`,
        pass: w.ratio >= TARGETS.signalWriteRatio,
      });
    const compared = size.cells.filter((c) => c.ratioP50 !== null && !c.large);
    if (compared.length > 0) {
      const worst = compared.reduce((w, c) => (c.ratioP50! > w.ratioP50! ? c : w), compared[0]);
      targets.push({
        name: `API/driver p50 ≤ ${TARGETS.ratioP50} in every cell${at}`,
        value: `worst ${worst.ratioP50!.toFixed(2)} (${worst.operation}, c=${worst.concurrency})`,
        pass: worst.ratioP50! <= TARGETS.ratioP50,
      });
    }
    const floored = size.cells.filter((c) => c.ratioFloorP50 !== null);
    if (floored.length > 0) {
      const worst = floored.reduce((w, c) => (c.ratioFloorP50! > w.ratioFloorP50! ? c : w), floored[0]);
      targets.push({
        name: `API/floor p50 ≤ ${TARGETS.ratioFloorP50} in every small-answer cell${at}`,
        value: `worst ${worst.ratioFloorP50!.toFixed(2)} (${worst.operation}, c=${worst.concurrency})`,
        pass: worst.ratioFloorP50! <= TARGETS.ratioFloorP50,
      });
    }
    const prov16 = size.cells.find((c) => c.kind === 'provenance' && c.concurrency === 16);
    if (prov16?.driver) {
      const r = prov16.api.p99 / prov16.driver.p99;
      targets.push({
        name: `provenance p99 at 16 clients ≤ ${TARGETS.provenanceP99VsDriver}× the driver's${at}`,
        value: `${prov16.api.p99.toFixed(1)} vs ${prov16.driver.p99.toFixed(1)} ms (${r.toFixed(2)}×)`,
        pass: r <= TARGETS.provenanceP99VsDriver,
      });
    }
    const cpu = largeAnswerCpu(size);
    if (cpu) {
      targets.push({
        name: `API CPU per largest lineage answer ≤ ${TARGETS.largeAnswerCpu}× Neo4j's${at}`,
        value: `${cpu.cell.cpuMs.serverPerApiRequest!.toFixed(1)} vs ${cpu.cell.cpuMs.neo4jPerDriverRequest!.toFixed(1)} ms (${cpu.ratio.toFixed(2)}×, ${cpu.cell.operation})`,
        pass: cpu.ratio <= TARGETS.largeAnswerCpu,
      });
    }
    const impact4 = impactCell(size, 4);
    if (impact4)
      targets.push({
        name: `impact p99 < ${TARGETS.impactP99Ms} ms at 4 clients${at}`,
        value: `${impact4.api.p99.toFixed(1)} ms`,
        pass: impact4.api.p99 < TARGETS.impactP99Ms,
      });
    if (size.server && size.cells.length > 0) {
      targets.push({
        name: `server RSS < ${TARGETS.rssMb} MB (peak${at})`,
        value: `${size.server.peakRssMb.toFixed(0)} MB`,
        pass: size.server.peakRssMb > 0 && size.server.peakRssMb < TARGETS.rssMb,
      });
    }
  }
  const [small, big] = [sizes[0], sizes.at(-1)!];
  const [i1, i2] = [small && impactCell(small, 4), impactCell(big, 4)];
  if (sizes.length > 1 && i1 && i2) {
    const growth = i2.api.p99 / i1.api.p99;
    targets.push({
      name: `impact p99 at 4 clients on ${(big.outputs / small.outputs).toFixed(0)}× the outputs ≤ ${TARGETS.impactGrowth}× the smaller graph's`,
      value: `${i2.api.p99.toFixed(1)} vs ${i1.api.p99.toFixed(1)} ms (${growth.toFixed(2)}×)`,
      pass: growth <= TARGETS.impactGrowth,
    });
  }
  const [m1, m2] = [small?.signals?.metrics, big.signals?.metrics];
  if (sizes.length > 1 && m1 && m2) {
    const growth = m2.api.p99 / m1.api.p99;
    targets.push({
      name: `systemMetrics p99 on ${(big.outputs / small.outputs).toFixed(0)}× the outputs ≤ ${TARGETS.systemMetricsGrowth}× the smaller graph's`,
      value: `${m2.api.p99.toFixed(1)} vs ${m1.api.p99.toFixed(1)} ms (${growth.toFixed(2)}×; ${m2.bucketsInWindow} vs ${m1.bucketsInWindow} buckets, ${m2.aggregateNodes} vs ${m1.aggregateNodes} aggregate nodes)`,
      pass: growth <= TARGETS.systemMetricsGrowth,
    });
  }
  return targets;
}

const fmt = (n: number | null | undefined) => (n != null && Number.isFinite(n) ? n.toFixed(1) : '-');

export function printTable(cells: Cell[]): string {
  const header = [
    'operation',
    'conc',
    'API p50',
    'API p99',
    'driver p50',
    'driver p99',
    'ratio p50',
    'floor p50',
    'API/floor p50',
    'API req/s',
    'CPU/req server',
    'CPU/req neo4j API|drv',
    'RSS MB',
    'errors',
  ];
  const cpu = (n: number | null) => (n === null ? '-' : n.toFixed(2));
  const rows = cells.map((c) => [
    c.operation,
    String(c.concurrency),
    fmt(c.api.p50),
    fmt(c.api.p99),
    fmt(c.driver?.p50),
    fmt(c.driver?.p99),
    c.ratioP50 === null ? '-' : c.ratioP50.toFixed(2),
    fmt(c.floor?.p50),
    c.ratioFloorP50 === null ? '-' : c.ratioFloorP50.toFixed(2),
    fmt(c.api.throughput),
    cpu(c.cpuMs.serverPerApiRequest),
    `${cpu(c.cpuMs.neo4jPerApiRequest)} | ${cpu(c.cpuMs.neo4jPerDriverRequest)}`,
    String(c.peakRssMb),
    String(c.api.errors + (c.driver?.errors ?? 0) + (c.floor?.errors ?? 0)),
  ]);
  return formatTable(header, rows);
}

export function printSummary(results: Results, size: SizeResults): string {
  const s = size.server!;
  return [
    '',
    `graph: ${size.outputs.toLocaleString('en')} outputs; latency in ms; ${results.requestsPerCell} requests per path and cell, in ${results.readRounds} interleaved rounds after warm-up; ${results.machine.cpus} CPUs`,
    '',
    ...(size.cells.length > 0 ? [printTable(size.cells), ''] : []),
    ...(size.writes.length > 0
      ? [
          'writes: wall ms per batch, API over HTTP vs the same nodes by a raw driver UNWIND CREATE, interleaved',
          '',
          printWriteTable(size.writes),
          '',
        ]
      : []),
    `server RSS: start ${fmt(s.startRssMb)} MB, after warm-up ${fmt(s.warmRssMb)} MB, peak ${fmt(s.peakRssMb)} MB, after load ${fmt(s.afterRssMb)} MB`,
    ...(size.roundTrips.length > 0
      ? [`Cypher statements per request: ${size.roundTrips.map((r) => `${r.operation}: ${r.queries}`).join('; ')}`]
      : []),
  ].join('\n');
}

/** The sizes side by side: the figures the capacity model (docs/scaling.md) is built from. */
export function printComparison(results: Results): string {
  const sizes = results.sizes;
  const header = ['', ...sizes.map((s) => `${s.outputs.toLocaleString('en')} outputs`)];
  const row = (label: string, f: (s: SizeResults) => string) => [label, ...sizes.map(f)];
  const mb = (b: number | undefined) => (b === undefined ? '-' : (b / 1_048_576).toFixed(0));
  const rows = [
    row(
      'build time s (outputs/s)',
      (s) => `${s.graph.buildSeconds} (${Math.round(s.outputs / Math.max(s.graph.buildSeconds, 0.001)).toLocaleString('en')})`,
    ),
    row('store MB on disk', (s) => mb(s.disk?.store)),
    row('store bytes per output', (s) => (s.disk ? Math.round(s.disk.store / s.outputs).toLocaleString('en') : '-')),
    row('transaction logs MB', (s) => mb(s.disk?.txLogs)),
  ];
  const opNames = [...new Set(sizes.flatMap((s) => s.cells.map((c) => `${c.operation}\u0000${c.concurrency}`)))];
  for (const key of opNames) {
    const [op, conc] = key.split('\u0000');
    rows.push(
      row(`${op} c=${conc} p50 / p99`, (s) => {
        const c = s.cells.find((x) => x.operation === op && String(x.concurrency) === conc);
        return c ? `${fmt(c.api.p50)} / ${fmt(c.api.p99)}` : '-';
      }),
    );
  }
  rows.push(
    row('worst API/driver p50 (small answers)', (s) => {
      const r = s.cells.filter((c) => c.ratioP50 !== null && !c.large).map((c) => c.ratioP50!);
      return r.length ? Math.max(...r).toFixed(2) : '-';
    }),
    row('worst API/floor p50 (small answers)', (s) => {
      const r = s.cells.filter((c) => c.ratioFloorP50 !== null).map((c) => c.ratioFloorP50!);
      return r.length ? Math.max(...r).toFixed(2) : '-';
    }),
    row('largest answer: API CPU / Neo4j CPU', (s) => {
      const cpu = largeAnswerCpu(s);
      return cpu
        ? `${cpu.cell.cpuMs.serverPerApiRequest!.toFixed(1)} / ${cpu.cell.cpuMs.neo4jPerDriverRequest!.toFixed(1)} ms (${cpu.ratio.toFixed(2)}×)`
        : '-';
    }),
    row('recording rows/s (API, largest batch)', (s) => {
      const w = s.writes.at(-1);
      return w ? `${Math.round((w.batch * 1000) / w.apiMs).toLocaleString('en')} (batch ${w.batch})` : '-';
    }),
    row('recordScores / recordKpis rows/s (API)', (s) => {
      const w = s.signals?.writes ?? [];
      return w.length ? w.map((c) => c.apiRowsPerSec.toLocaleString('en')).join(' / ') : '-';
    }),
    row('systemMetrics p50 / p99 (buckets, aggregate nodes)', (s) => {
      const m = s.signals?.metrics;
      return m ? `${fmt(m.api.p50)} / ${fmt(m.api.p99)} (${m.bucketsInWindow}, ${m.aggregateNodes})` : '-';
    }),
    row('API RSS MB start / warm / peak', (s) =>
      s.server ? `${fmt(s.server.startRssMb)} / ${fmt(s.server.warmRssMb)} / ${fmt(s.server.peakRssMb)}` : '-',
    ),
  );
  return [
    '',
    `graph sizes side by side (API latency in ms; local single Neo4j instance; load average ${results.machine.loadAverage.start.map((l) => l.toFixed(1)).join(' ')} at the start, ${results.machine.loadAverage.end.map((l) => l.toFixed(1)).join(' ')} at the end, ${results.machine.cpus} CPUs)`,
    '',
    formatTable(header, rows),
    '',
    'targets:',
    ...results.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value}`),
  ].join('\n');
}

export function writeResults(results: Results): string {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}latest.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

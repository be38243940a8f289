import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { counterCells, histogramCells } from './metric-cells.js';

/** Every metric name starts with this; units are seconds and bytes, counters end in _total. */
export const METRIC_PREFIX = 'provenant_';

/** Latency buckets in seconds: sub-millisecond index lookups up to multi-second traversals. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The process's Prometheus registry and the metrics Provenant records (served at /metrics). */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: `${METRIC_PREFIX}http_requests_total`,
    help: 'HTTP requests by route and status code.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'HTTP request latency by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlRequests = new Counter({
    name: `${METRIC_PREFIX}graphql_requests_total`,
    help: 'GraphQL operations by root field (operation) and outcome code (OK or extensions.code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: `${METRIC_PREFIX}graphql_request_duration_seconds`,
    help: 'GraphQL operation latency (parse to result) by root field.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly rejected = new Counter({
    name: `${METRIC_PREFIX}requests_rejected_total`,
    help: 'Requests refused with an expected error, by reason (extensions.code).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly queryDuration = new Histogram({
    name: `${METRIC_PREFIX}neo4j_query_duration_seconds`,
    help: 'Neo4j query time by named query (cypher/queries/<query>.cypher), including failed attempts.',
    labelNames: ['query', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly queryRows = new Counter({
    name: `${METRIC_PREFIX}neo4j_query_rows_total`,
    help: 'Rows returned by named query.',
    labelNames: ['query'] as const,
    registers: [this.registry],
  });

  readonly llmCalls = new Counter({
    name: `${METRIC_PREFIX}llm_calls_total`,
    help: 'Chat model calls answered by the endpoint, by output form (JSON_SCHEMA, JSON_OBJECT_SCHEMA, JSON_OBJECT, TEXT, or TOOLS for native tool calls).',
    labelNames: ['form'] as const,
    registers: [this.registry],
  });

  readonly llmFormRefusals = new Counter({
    name: `${METRIC_PREFIX}llm_form_refusals_total`,
    help: 'Output forms or native tools an LLM endpoint refused (remembered for the process lifetime: each endpoint counts once).',
    labelNames: ['feature', 'form'] as const,
    registers: [this.registry],
  });

  /** Named queries running now: counted in a plain number (`queryStarted`, `queryEnded`), read by the gauge at scrape time. */
  private queriesRunning = 0;

  readonly queriesInFlight: Gauge;

  /**
   * The label sets updated on every request, each resolved once (metric-cells.ts): the request path
   * updates these, never the metrics above with a label object.
   */
  readonly perRequest = {
    httpRequests: counterCells(this.httpRequests, ['route', 'status']),
    httpDuration: histogramCells(this.httpDuration, ['route']),
    graphqlRequests: counterCells(this.graphqlRequests, ['operation', 'outcome']),
    graphqlDuration: histogramCells(this.graphqlDuration, ['operation']),
    rejected: counterCells(this.rejected, ['reason']),
    queryDuration: histogramCells(this.queryDuration, ['query', 'outcome']),
    queryRows: counterCells(this.queryRows, ['query']),
  };

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the gauge's collect() has the gauge as `this`
    const metrics = this;
    this.queriesInFlight = new Gauge({
      name: `${METRIC_PREFIX}neo4j_queries_in_flight`,
      help: 'Named queries running now.',
      registers: [this.registry],
      collect() {
        this.set(metrics.queriesRunning);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  queryStarted(): void {
    this.queriesRunning += 1;
  }

  queryEnded(): void {
    this.queriesRunning -= 1;
  }

  /** Gauges read from the database and the driver at scrape time. */
  watchDatabase(sources: { auditChainLength: () => Promise<number>; pool: () => PoolUse | undefined }): void {
    const pool = sources.pool;
    new Gauge({
      name: `${METRIC_PREFIX}audit_chain_length`,
      help: 'Events in the hash-chained audit trail (its head sequence number).',
      registers: [this.registry],
      async collect() {
        this.set(await sources.auditChainLength().catch(() => Number.NaN));
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}neo4j_pool_connections`,
      help: 'Neo4j driver connections by state (in_use, idle), summed over servers.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const use = pool();
        if (!use) return;
        this.set({ state: 'in_use' }, use.inUse);
        this.set({ state: 'idle' }, use.idle);
      },
    });
  }

  /**
   * Gauges per monitor, read from the database at scrape time (so every replica reports the graph's
   * state, not what it happened to run): its status as a state set, whether its alert is open, and its
   * failed checks in a row. Alertmanager routes on `provenant_monitor_alert_open == 1`.
   */
  watchMonitors(read: () => Promise<MonitorGauge[]>): void {
    // One read per scrape, shared by the three gauges (each collects on its own).
    let last: { at: number; rows: Promise<MonitorGauge[]> } | null = null;
    const rows = () => {
      if (!last || Date.now() - last.at > MONITOR_SCRAPE_REUSE_MS) last = { at: Date.now(), rows: read().catch(() => []) };
      return last.rows;
    };
    const labelNames = ['monitor', 'system', 'environment'] as const;
    const gauge = (name: string, help: string, value: (m: MonitorGauge) => number) =>
      new Gauge({
        name: `${METRIC_PREFIX}${name}`,
        help,
        labelNames,
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const m of await rows()) this.set({ monitor: m.monitor, system: m.system, environment: m.environment }, value(m));
        },
      });
    gauge('monitor_alert_open', 'Whether the monitor has an open drift alert (1) or not (0).', (m) => (m.alertOpen ? 1 : 0));
    gauge('monitor_consecutive_failures', "The monitor's failed checks in a row.", (m) => m.consecutiveFailures);
    new Gauge({
      name: `${METRIC_PREFIX}monitor_status`,
      help: "The monitor's status (OK, WARNING, ALERT, INCONCLUSIVE, ERROR, PENDING): 1 for the current one.",
      labelNames: [...labelNames, 'status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const m of await rows()) this.set({ monitor: m.monitor, system: m.system, environment: m.environment, status: m.status }, 1);
      },
    });
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** A scrape's monitor read serves every monitor gauge collected within this long. */
const MONITOR_SCRAPE_REUSE_MS = 1000;

export interface MonitorGauge {
  monitor: string;
  system: string;
  environment: string;
  status: string;
  alertOpen: boolean;
  consecutiveFailures: number;
}

export interface PoolUse {
  inUse: number;
  idle: number;
}

/** The process's one metrics registry, shared by the HTTP layer, the GraphQL plugin and the query observer. */
export const metrics = new Metrics();

import http from 'node:http';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import type { MetricsWindow } from '../graph/traffic.js';
import { post } from '../load/clients.js';
import { sampleLoad } from '../load/runner.js';
import { summarise, type Summary } from '../load/stats.js';
import { log } from '../progress.js';

/** systemMetrics over the graph's metrics window: latency, and how much of the aggregates an answer reads. */
export interface MetricsCell {
  window: MetricsWindow;
  concurrency: number;
  api: Summary;
  /** Buckets the window spans, and those holding data (the answer's series). */
  bucketsInWindow: number;
  bucketsWithData: number;
  /** SignalAggregate nodes in the window of the releases that served and of the system: what the answer sums. */
  aggregateNodes: number;
  /** Invocations the answer counts: what it would have had to scan without the aggregates. */
  invocations: number;
  firstError?: string;
}

const QUERY = `query BenchSystemMetrics($system: ID!, $environment: String!, $from: DateTime!, $to: DateTime!) {
  systemMetrics(system: $system, environment: $environment, window: { from: $from, to: $to }) {
    from to bucketSeconds
    serving { releaseId from to }
    summary {
      invocations outputs latencyP50Ms latencyP95Ms costPer1kUsd inputTokens outputTokens
      scores { name n mean interval { low high } }
      kpis { name n mean }
      decisions { category count }
    }
    series { start summary { invocations latencyP50Ms latencyP95Ms scores { name mean } } }
  }
}`;

interface Answer {
  data?: {
    systemMetrics?: {
      from: string;
      to: string;
      bucketSeconds: number;
      serving: Array<{ releaseId: string; from: string; to: string }>;
      summary: { invocations: number };
      series: unknown[];
    };
  };
  errors?: Array<{ message: string }>;
}

/**
 * systemMetrics p50/p99 over HTTP from `concurrency` clients, a dashboard's question: the window's
 * summary and per-bucket series of latency, cost, tokens, scores and KPIs. Its cost is O(buckets):
 * the same window on a graph with ten times the traffic reads the same number of aggregate nodes.
 */
export async function measureSystemMetrics(
  db: Database,
  server: { url: string; token: string },
  window: MetricsWindow,
  opts: { requests: number; warmup: number; concurrency: number; maxMs: number },
): Promise<MetricsCell> {
  const url = new URL('/graphql', server.url);
  const agent = new http.Agent({ keepAlive: true });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${server.token}` };
  const body = JSON.stringify({ query: QUERY, variables: window });
  const call = async () => {
    const { status, text } = await post(url, agent, headers, body);
    const answer = JSON.parse(text) as Answer;
    if (status !== 200 || answer.errors?.length || !answer.data?.systemMetrics)
      throw new Error(`systemMetrics: HTTP ${status}: ${answer.errors?.[0]?.message ?? text.slice(0, 200)}`);
    return answer.data.systemMetrics;
  };
  try {
    const first = await call();
    const samples = await sampleLoad(
      async () => {
        await call();
      },
      { concurrency: opts.concurrency, requests: opts.requests, warmup: opts.warmup, maxMs: opts.maxMs },
    );
    const widthMs = first.bucketSeconds * 1000;
    const from = Date.parse(first.from);
    const to = Date.parse(first.to);
    const cell: MetricsCell = {
      window,
      concurrency: opts.concurrency,
      api: summarise(samples.latencies, samples.errors, samples.wallMs),
      bucketsInWindow: Math.round((to - from) / widthMs),
      bucketsWithData: first.series.length,
      aggregateNodes: await aggregateNodes(db, [window.system, ...new Set(first.serving.map((s) => s.releaseId))], widthMs, from, to),
      invocations: first.summary.invocations,
      ...(samples.firstError ? { firstError: samples.firstError } : {}),
    };
    log(
      `systemMetrics c=${opts.concurrency}: p50 ${cell.api.p50.toFixed(1)} p99 ${cell.api.p99.toFixed(1)} ms; ${cell.bucketsInWindow} buckets (${cell.bucketsWithData} with data), ${cell.aggregateNodes} aggregate nodes, ${cell.invocations} invocations`,
    );
    return cell;
  } finally {
    agent.destroy();
  }
}

async function aggregateNodes(db: Database, subjects: string[], width: number, from: number, to: number): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run(
      `UNWIND $subjects AS subject
       MATCH (a:SignalAggregate {subject: subject, width: $width}) WHERE $from <= a.start < $to
       RETURN count(a) AS n`,
      { subjects, width: neo4j.int(width), from: neo4j.int(from), to: neo4j.int(to) },
    );
    return Number(res.records[0]?.get('n') ?? 0);
  } finally {
    await session.close();
  }
}

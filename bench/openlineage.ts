import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { log } from './progress.js';

/**
 * OpenLineage ingestion throughput against the running API (`npm run bench`): events per second
 * posted one per request (as the clients' HttpTransport does) and in batches (POST
 * /api/v1/lineage/batch), each run a START and a COMPLETE with an input, an output, a schema and
 * column lineage. The baseline, measured in the same run, is redelivery of events already stored
 * (validation and the duplicate check only): the ratios say what storing costs on top.
 */
export interface OpenLineageBenchOptions {
  singleEvents: number;
  batchEvents: number;
  batchSize: number;
  concurrency: number;
  /**
   * Batches ingested (in a namespace of their own, untimed) before anything is measured, as the read
   * cells warm up (`--ol-warmup N`; 0 measures cold): Neo4j starts with the bench, and in its first minutes its JIT compilers took half of
   * its CPU and a 200-event batch cost 4-5x the Neo4j CPU it costs warm (bench/ol-profile.ts).
   */
  warmupBatches: number;
}

export const OPENLINEAGE_BENCH_DEFAULTS: OpenLineageBenchOptions = {
  singleEvents: 400,
  batchEvents: 2000,
  batchSize: 200,
  concurrency: 4,
  warmupBatches: 20,
};

export function runEvents(namespace: string, i: number): Array<Record<string, unknown>> {
  const runId = randomUUID();
  const t0 = Date.UTC(2026, 0, 1) + i * 60_000;
  const producer = 'https://github.com/provenant/bench';
  const field = (name: string) => ({ name, type: 'string' });
  const base = (eventType: string, at: number) => ({
    eventType,
    eventTime: new Date(at).toISOString(),
    producer,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId },
    job: { namespace, name: `job_${i % 50}` },
    inputs: [
      {
        namespace,
        name: `raw.table_${i % 100}`,
        facets: {
          schema: {
            _producer: producer,
            _schemaURL: 'https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json',
            fields: [field('a')],
          },
        },
      },
    ],
    outputs: [
      {
        namespace,
        name: `clean.table_${i % 100}`,
        facets: {
          schema: {
            _producer: producer,
            _schemaURL: 'https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json',
            fields: [field('b')],
          },
          columnLineage: {
            _producer: producer,
            _schemaURL: 'https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json',
            fields: {
              b: {
                inputFields: [
                  { namespace, name: `raw.table_${i % 100}`, field: 'a', transformations: [{ type: 'DIRECT', subtype: 'IDENTITY' }] },
                ],
              },
            },
          },
        },
      },
    ],
  });
  return [base('START', t0), base('COMPLETE', t0 + 30_000)];
}

async function postAll(url: string, token: string, bodies: unknown[], concurrency: number, gzip: boolean): Promise<number> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (next < bodies.length) {
      const body = JSON.stringify(bodies[next++]);
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) },
        body: gzip ? gzipSync(body) : body,
      });
      const text = await res.text();
      if (!res.ok) {
        errors++;
        firstError ??= `HTTP ${res.status}: ${text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (firstError) log(`${url}: ${errors} failed requests, the first: ${firstError}`);
  return errors;
}

async function rate(
  label: string,
  events: number,
  work: () => Promise<number>,
): Promise<{ label: string; eventsPerSecond: number; errors: number }> {
  const t = performance.now();
  const errors = await work();
  const eventsPerSecond = events / ((performance.now() - t) / 1000);
  log(`${label}: ${events} events, ${eventsPerSecond.toFixed(1)} events/s${errors ? `, ${errors} failed requests` : ''}`);
  return { label, eventsPerSecond, errors };
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export async function benchOpenLineage(serverUrl: string, token: string, opts = OPENLINEAGE_BENCH_DEFAULTS): Promise<string> {
  const namespace = `bench-${Date.now().toString(36)}`;
  const single = Array.from({ length: opts.singleEvents / 2 }, (_, i) => runEvents(namespace, i)).flat();
  const batched = Array.from({ length: opts.batchEvents / 2 }, (_, i) => runEvents(`${namespace}-b`, i)).flat();
  const batches = chunks(batched, opts.batchSize);
  const one = `${serverUrl}/api/v1/lineage`;
  const many = `${serverUrl}/api/v1/lineage/batch`;
  const warmup = Array.from({ length: (opts.warmupBatches * opts.batchSize) / 2 }, (_, i) => runEvents(`${namespace}-w`, i)).flat();
  if (warmup.length > 0) {
    await rate(`warm-up: ${opts.warmupBatches} batches of ${opts.batchSize}, untimed`, warmup.length, () =>
      postAll(many, token, chunks(warmup, opts.batchSize), opts.concurrency, true),
    );
  }
  log('OpenLineage ingestion ...');
  const rows = [
    await rate(`single events (${opts.concurrency} clients)`, single.length, () => postAll(one, token, single, opts.concurrency, false)),
    await rate(`single events redelivered (baseline: validate + dedupe)`, single.length, () =>
      postAll(one, token, single, opts.concurrency, false),
    ),
    await rate(`batches of ${opts.batchSize}, gzip (${opts.concurrency} clients)`, batched.length, () =>
      postAll(many, token, batches, opts.concurrency, true),
    ),
    await rate(`batches redelivered (baseline)`, batched.length, () => postAll(many, token, batches, opts.concurrency, true)),
  ];
  const [s, sBase, b, bBase] = rows;
  const failed = rows.reduce((n, r) => n + r.errors, 0);
  return [
    `OpenLineage ingestion (events/s${opts.warmupBatches > 0 ? `, after ${opts.warmupBatches} untimed batches` : ', cold'}):`,
    `  single  ${s.eventsPerSecond.toFixed(1)}  (redelivery baseline ${sBase.eventsPerSecond.toFixed(1)}, ratio ${(s.eventsPerSecond / sBase.eventsPerSecond).toFixed(2)})`,
    `  batch   ${b.eventsPerSecond.toFixed(1)}  (redelivery baseline ${bBase.eventsPerSecond.toFixed(1)}, ratio ${(b.eventsPerSecond / bBase.eventsPerSecond).toFixed(2)})`,
    `  batch / single: ${(b.eventsPerSecond / s.eventsPerSecond).toFixed(2)}x${failed ? `; ${failed} requests failed` : ''}`,
  ].join('\n');
}

import { randomUUID } from 'node:crypto';
import type { Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { retrievePassages, RETRIEVAL_MODES } from '../src/domain/documents/retrieve.js';
import { modelKey } from '../src/llm/embeddings.js';
import { corpusText, loadDemoCorpus, CORPUS, type CorpusDocument } from '../seed/corpus.js';
import { RETRIEVAL_QUERIES } from '../eval/retrieval-queries.js';
import { servicesFrom } from '../src/domain/services.js';

const ROUNDS = 3;
const THROUGHPUT_PASSAGES = 48;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Retrieval latency (p50, p99) of each mode over the labelled queries on the demo corpus, in process
 * (domain service + one Cypher round trip + the query embedding), with FULL_TEXT (no embedding) as the
 * baseline; and the configured embedding model's throughput on the corpus's passages, batched, and
 * its single-query latency.
 */
export async function benchRetrieval(db: Database, config: Config): Promise<string> {
  const ctx = {
    db,
    principal: systemPrincipal('service:bench'),
    now: () => new Date(),
    requestId: `bench-${randomUUID()}`,
    ...servicesFrom(config),
  };
  const ids = await loadDemoCorpus(ctx, 'bench-');
  const documents = Object.values(ids);
  const embedder = ctx.embedder;
  const lines = [
    `retrieval (${RETRIEVAL_QUERIES.length} queries × ${ROUNDS} rounds over the demo corpus, embedding model ${modelKey(embedder.model)}):`,
  ];
  const p50s: Record<string, number> = {};
  for (const mode of RETRIEVAL_MODES) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of RETRIEVAL_QUERIES) {
        const t0 = performance.now();
        await retrievePassages(ctx, { query: q.query, first: 5, documents, mode });
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    p50s[mode] = percentile(times, 50);
    lines.push(`  ${mode.padEnd(9)}  p50 ${percentile(times, 50).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms`);
  }
  lines.push(`  HYBRID / FULL_TEXT p50 ratio ${(p50s.HYBRID / p50s.FULL_TEXT).toFixed(2)} (the difference is mostly the query embedding)`);

  const passages = (Object.keys(CORPUS) as CorpusDocument[]).flatMap((d) => corpusText(d).split(/\n\s*\n/)).filter((p) => p.length > 80);
  const batch = Array.from({ length: THROUGHPUT_PASSAGES }, (_, i) => `${passages[i % passages.length]} (${i})`);
  const t0 = performance.now();
  await embedder.embed(batch, 'passage');
  const seconds = (performance.now() - t0) / 1000;
  const chars = batch.reduce((n, p) => n + p.length, 0);
  const single: number[] = [];
  for (const q of RETRIEVAL_QUERIES.slice(0, 20)) {
    const t = performance.now();
    await embedder.embed([q.query], 'query');
    single.push(performance.now() - t);
  }
  single.sort((a, b) => a - b);
  lines.push(
    `embedding throughput: ${(batch.length / seconds).toFixed(1)} passages/s (${THROUGHPUT_PASSAGES} passages, ${Math.round(chars / batch.length)} chars each on average, ${seconds.toFixed(1)} s); one query p50 ${percentile(single, 50).toFixed(1)} ms`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { loadConfig } = await import('../src/config.js');
  const { connectOwnInstance } = await import('../src/db/connect-own-instance.js');
  const { migrate } = await import('../src/db/migrate.js');
  const config = loadConfig();
  const db = await connectOwnInstance(config, { instance: process.env.PROVENANT_INSTANCE ?? 'bench', command: 'npm run bench:retrieval' });
  try {
    await migrate(db);
    process.stdout.write(`${await benchRetrieval(db, config)}\n`);
  } finally {
    await db.close();
  }
}

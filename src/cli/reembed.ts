/**
 * Re-embeds every chunk that another embedding model embedded, with the configured model, showing
 * progress. Retrieval refuses to rank vectors of different models together until this has run.
 *   npm run reembed            (the local dev instance, or NEO4J_URI)
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { devInstance } from '../local-neo4j/paths.js';
import { migrate } from '../db/migrate.js';
import { systemPrincipal } from '../domain/permissions/principal.js';
import { reembedChunks } from '../domain/documents/reembed.js';
import { modelKey } from '../llm/embeddings.js';
import { servicesFrom } from '../domain/services.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connectDatabase(config, { instance: devInstance() });
  try {
    await migrate(db);
    const services = servicesFrom(config, (line) => console.log(line));
    const embedder = services.embedder;
    console.log(`re-embedding chunks with ${modelKey(embedder.model)} ...`);
    const ctx = {
      db,
      principal: systemPrincipal('service:reembed-cli'),
      now: () => new Date(),
      requestId: `reembed-${randomUUID()}`,
      ...services,
    };
    const started = Date.now();
    const result = await reembedChunks(ctx, embedder, ({ done, total }) => {
      if (total > 0) process.stdout.write(`\r  ${done}/${total} chunks (${Math.round((100 * done) / total)}%)`);
    });
    if (result.total === 0) console.log('every chunk is already embedded by this model; nothing to do');
    else {
      console.log(
        `\nre-embedded ${result.done} chunks (${result.replaced.map((r) => `${r.chunks} from ${r.modelKey}`).join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s` +
          (result.indexRebuilt ? '; the vector index was rebuilt at the new dimensions' : ''),
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`reembed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

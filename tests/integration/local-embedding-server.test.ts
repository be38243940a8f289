import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localEmbeddingPaths, type LocalEmbeddingPaths } from '../../src/embeddings/local/paths.js';
import {
  ensureLocalEmbeddingServer,
  LocalEmbeddingServerError,
  localEmbeddingServerStatus,
  stopLocalEmbeddingServer,
} from '../../src/embeddings/local/server.js';

/**
 * The local embedding server of a second checkout: another process holds its default port. This
 * file's server runs from a folder of its own (the project's provisioned venv, linked), so it never
 * meets the checkout's own server.
 */
let root: string;
let paths: LocalEmbeddingPaths;
let holder: Server;
let heldPort: number;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'provenant-embeddings-'));
  await symlink(localEmbeddingPaths().venv, path.join(root, 'venv'));
  paths = localEmbeddingPaths(root);
  holder = createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  heldPort = (holder.address() as AddressInfo).port;
});

afterAll(async () => {
  await stopLocalEmbeddingServer(paths);
  holder.close();
  await rm(root, { recursive: true, force: true });
});

const portOf = (baseUrl: string) => Number(new URL(baseUrl).port);

describe('local embedding server ports', () => {
  it(
    'starts on a free port when its default is taken, remembers it, and a second call reuses the server',
    { timeout: 120_000 },
    async () => {
      const first = await ensureLocalEmbeddingServer({ paths, defaultPort: heldPort });
      expect(first.started).toBe(true);
      const port = portOf(first.baseUrl);
      expect(port).not.toBe(heldPort);
      expect(Number(await readFile(paths.portFile, 'utf8'))).toBe(port);

      const res = await fetch(`${first.baseUrl}/embeddings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'e5-query', input: ['which release served production?'] }),
      });
      expect(res.status).toBe(200);

      const second = await ensureLocalEmbeddingServer({ paths, defaultPort: heldPort });
      expect(second).toEqual({ baseUrl: first.baseUrl, pid: first.pid, started: false });

      // Stopped, it keeps the port for its next start.
      await stopLocalEmbeddingServer(paths);
      expect(await localEmbeddingServerStatus(paths)).toEqual({ port });
    },
  );

  it('uses an explicit port (PROVENANT_LOCAL_EMBEDDING_PORT) as it is, and says when it is taken', async () => {
    const refused = ensureLocalEmbeddingServer({ paths, port: heldPort });
    await expect(refused).rejects.toThrow(LocalEmbeddingServerError);
    await expect(refused).rejects.toThrow(
      `port ${heldPort} is in use by another process: set PROVENANT_LOCAL_EMBEDDING_PORT to a free port`,
    );
  });
});

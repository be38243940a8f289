import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { connectDatabase } from '../../src/db/connect.js';
import { emptyDatabase, nodeCount } from '../../src/db/empty-database.js';
import { migrate } from '../../src/db/migrate.js';
import { devInstance } from '../../src/local-neo4j/paths.js';
import { projectPath } from '../../src/project-root.js';
import { localEmbeddingPaths } from '../../src/embeddings/local/paths.js';
import { provisionLocalModel } from '../../src/embeddings/local/provision.js';
import { missingChromium } from '../helpers/chromium.js';

/**
 * Starts (or reuses) the project's test Neo4j instance (PROVENANT_TEST_INSTANCE, default "test"), or uses NEO4J_URI when set, and applies the
 * migrations once. Tests reach the same server through the URI this provides.
 */
export default async function setup(project: TestProject): Promise<void> {
  // A missing prerequisite stops the run at once, before minutes of provisioning.
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  // The console's browser tests need console/dist: built here once when missing or stale (seconds).
  execFileSync(process.execPath, [projectPath('console', 'scripts', 'ensure-built.mjs')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const config = loadConfig();
  const instance = process.env.PROVENANT_TEST_INSTANCE ?? 'test';
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // The real local embedding model the document tests embed with (a no-op once .embeddings/ holds it).
  await provisionLocalModel(localEmbeddingPaths(), log);
  const db = await connectDatabase(config, { instance, log });
  try {
    // The local test instance holds only what earlier runs left: each file's data is its own and
    // disposable, and left to accumulate it made later runs slower and their organisation-wide answers
    // (measured outcomes, decisions) depend on every run before. A server NEO4J_URI names, and the dev
    // instance (should PROVENANT_TEST_INSTANCE name it), are never emptied.
    const left = config.neo4j.uri || instance === devInstance() ? 0 : await nodeCount(db);
    if (left > 0) {
      log(`tests: emptying the ${instance} instance (${left.toLocaleString('en')} nodes left by earlier runs) ...`);
      await emptyDatabase(db);
    } else {
      await migrate(db);
    }
    project.provide('neo4jUri', db.uri);
  } finally {
    await db.close();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

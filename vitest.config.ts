import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS (main) and ESM (module) builds: Vite would pick the ESM one for our sources while
// Pothos and Yoga (loaded by Node) get the CJS one, and graphql refuses types from "another realm".
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    globalSetup: ['tests/setup/global-setup.ts'],
    // Every test file runs with reads and writes beside the repository refused (a clone must stand alone).
    setupFiles: ['tests/setup/stay-inside.ts'],
    // One shared Neo4j database: files run one after another so "graph unchanged" checks see only their own writes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    include: ['tests/**/*.test.ts'],
    // Refused requests are logged as warnings by design; keep the test output readable.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  },
});

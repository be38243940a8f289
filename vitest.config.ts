import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/global-setup.ts'],
    // One shared Neo4j database: files run one after another so "graph unchanged" checks see only their own writes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    include: ['tests/**/*.test.ts'],
  },
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { projectPath, projectRoot } from '../../src/project-root.js';

const TESTS_TARGET = 'tests/graphql/';

describe('typed documents of the tests (tests/graphql)', () => {
  it('are what `npm run codegen` makes of schema/schema.graphql and the graphql(…) documents in tests/ now', async () => {
    const cwd = process.cwd();
    process.chdir(projectRoot);
    let outputs: Array<{ filename: string; content: string }>;
    try {
      outputs = await generate({ ...config, silent: true, generates: { [TESTS_TARGET]: config.generates[TESTS_TARGET] } }, false);
    } finally {
      process.chdir(cwd);
    }
    const generated = Object.fromEntries(outputs.map((o) => [path.relative(TESTS_TARGET, o.filename), o.content]));
    const committed = Object.fromEntries(
      readdirSync(projectPath(TESTS_TARGET)).map((f) => [f, readFileSync(projectPath(TESTS_TARGET, f), 'utf8')]),
    );
    expect(Object.keys(committed).sort(), 'run `npm run codegen`').toEqual(Object.keys(generated).sort());
    for (const [file, content] of Object.entries(generated))
      expect(committed[file], `${TESTS_TARGET}${file} is stale: run \`npm run codegen\``).toBe(content);
  }, 180_000);
});

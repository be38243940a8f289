import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { projectPath, projectRoot } from '../../src/project-root.js';

// One target per client of the schema: the tests' typed documents and the web console's.
const TARGETS = [
  { target: 'tests/graphql/', documents: 'the graphql(…) documents in tests/' },
  { target: 'console/src/gql/', documents: 'the console’s graphql(…) documents in console/src/' },
];

describe.each(TARGETS)('typed documents in $target', ({ target, documents }) => {
  it(`are what \`npm run codegen\` makes of schema/schema.graphql and ${documents} now`, async () => {
    const cwd = process.cwd();
    process.chdir(projectRoot);
    let outputs: Array<{ filename: string; content: string }>;
    try {
      outputs = await generate({ ...config, silent: true, generates: { [target]: config.generates[target] } }, false);
    } finally {
      process.chdir(cwd);
    }
    const generated = Object.fromEntries(outputs.map((o) => [path.relative(target, o.filename), o.content]));
    const committed = Object.fromEntries(readdirSync(projectPath(target)).map((f) => [f, readFileSync(projectPath(target, f), 'utf8')]));
    expect(Object.keys(committed).sort(), `${target}: run \`npm run codegen\``).toEqual(Object.keys(generated).sort());
    for (const [file, content] of Object.entries(generated))
      expect(committed[file], `${target}${file} is stale: run \`npm run codegen\``).toBe(content);
  }, 180_000);
});

import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readmeAsOf, readmeGqlBlocks } from '../helpers/readme-examples.js';
import { graphiqlExampleQuery, DEMO_BAD_OUTPUT } from '../../src/http/graphiql.js';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
/** Every `gql` example in the README, with the shell's `$AS_OF` filled in. */
const examples = readmeGqlBlocks(readme)
  .flat()
  .map((e) => e.replace(/\$AS_OF/g, readmeAsOf()));

describe('README examples and the GraphiQL example', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
  });

  it.each(examples.map((e) => [e.slice(0, 60).replace(/\s+/g, ' '), e]))('%s … is valid against the schema', (_, doc) => {
    expect(validate(schema, parse(doc)).map((e) => e.message)).toEqual([]);
  });

  it('GraphiQL opens on a valid query about the output the README quotes', () => {
    expect(validate(schema, parse(graphiqlExampleQuery(DEMO_BAD_OUTPUT))).map((e) => e.message)).toEqual([]);
    expect(readme).toContain(DEMO_BAD_OUTPUT);
  });
});

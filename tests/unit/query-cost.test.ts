import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationLimitsChecker, operationLimitsError } from '../../src/graphql/query-limits.js';

/**
 * The cost rule resolves argument values as graphql-js executes them: a literal, a sent variable, a
 * variable's default and a field's default all count the same. A schema of its own, so the rule is
 * checked apart from Provenant's fields.
 */
const schema = buildSchema(`
  type Item { id: ID name: String }
  type ItemsConnection { edges: [ItemEdge] }
  type ItemEdge { node: Item }
  type Query {
    items(first: Int): ItemsConnection
    itemsDefaulted(first: Int = 100): ItemsConnection
  }
`);
const limits = { maxCost: 150 };
const bounds = { maxBatch: 10, lineageMaxNodes: 2000 };
const cost = (doc: string, variables: Record<string, unknown> = {}) =>
  operationLimitsError(schema, parse(doc), null, variables, limits, bounds)?.extensions?.cost ?? 'within';

describe('cost of argument values', () => {
  const selection = '{ edges { node { id name } } }';
  it('counts a literal, a variable, a variable default and a field default alike', () => {
    const literal = cost(`{ items(first: 100) ${selection} }`);
    expect(literal).toBeGreaterThan(limits.maxCost);
    expect(cost(`query($n: Int) { items(first: $n) ${selection} }`, { n: 100 })).toBe(literal);
    expect(cost(`query($n: Int = 100) { items(first: $n) ${selection} }`)).toBe(literal);
    expect(cost(`{ itemsDefaulted ${selection} }`)).toBe(literal);
    expect(cost(`query($n: Int) { itemsDefaulted(first: $n) ${selection} }`)).toBe(literal);
  });

  it('lets a sent value override a default, and leaves bad variables to execution', () => {
    expect(cost(`query($n: Int = 100) { items(first: $n) ${selection} }`, { n: 2 })).toBe('within');
    expect(cost(`query($n: Int = 100) { items(first: $n) ${selection} }`, { n: 'many' })).toBe('within');
  });

  it('counts an expensive selection in a fragment once per spread', () => {
    const once = cost(`{ ...F } fragment F on Query { items(first: 30) ${selection} }`);
    expect(once).toBe('within');
    expect(cost(`{ ...F a: items(first: 30) ${selection} } fragment F on Query { items(first: 30) ${selection} }`)).toBeGreaterThan(
      limits.maxCost,
    );
  });
});

describe('the per-document memory of prices within the limits', () => {
  const selection = '{ edges { node { id name } } }';
  const checked = () => {
    const check = operationLimitsChecker(schema, limits, bounds);
    return (document: ReturnType<typeof parse>, variables: Record<string, unknown>) =>
      check(document, null, variables)?.extensions?.cost ?? 'within';
  };

  it('prices again when a variable a price reads changes, whatever was remembered', () => {
    const check = checked();
    const doc = parse(
      `query($n: Int, $name: String) { items(first: $n) ${selection} other: itemsDefaulted(first: 1) { edges { node { name } } } }`,
    );
    expect(check(doc, { n: 2, name: 'a' })).toBe('within');
    // The same values of the price's variables: remembered, whatever the others hold.
    expect(check(doc, { n: 2, name: 'b' })).toBe('within');
    expect(check(doc, { n: 100, name: 'a' })).toBeGreaterThan(limits.maxCost);
    expect(check(doc, { n: 2, name: 'c' })).toBe('within');
  });

  it('remembers nothing from variables that did not coerce', () => {
    const check = checked();
    const doc = parse(`query($n: Int, $m: Int) { items(first: $n) ${selection} }`);
    // $m is not a price's variable, but a request whose $m does not coerce was not priced at all.
    expect(check(doc, { n: 100, m: 'not a number' })).toBe('within');
    expect(check(doc, { n: 100, m: 1 })).toBeGreaterThan(limits.maxCost);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { claimsJsonSchema } from '../../src/domain/explain/claims-schema.js';
import { grammarSchema } from '../../src/llm/grammar-schema.js';

describe('the schema a grammar-compiling endpoint is sent', () => {
  const args = z.toJSONSchema(
    z.strictObject({
      query: z.string().min(1).max(1000),
      first: z.number().int().min(1).max(20).optional(),
      id: z.string().regex(/^[a-z]+:/),
      kind: z.enum(['a', 'b']),
      // Property names that are also keyword names are data, and stay.
      pattern: z.string().max(5),
      format: z.array(z.string().max(3)).max(4),
    }),
  ) as Record<string, unknown>;

  it('keeps the shape: types, properties, required keys, enums and array bounds', () => {
    const g = grammarSchema(args) as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(Object.keys(g.properties)).toEqual(['query', 'first', 'id', 'kind', 'pattern', 'format']);
    expect(g.required).toEqual(['query', 'id', 'kind', 'pattern', 'format']);
    expect(g.properties.kind.enum).toEqual(['a', 'b']);
    expect(g.properties.format).toMatchObject({ type: 'array', maxItems: 4, items: { type: 'string' } });
    expect(g).toMatchObject({ additionalProperties: false });
  });

  it('drops the value bounds llama.cpp expands into huge grammars (string lengths, patterns, numeric ranges)', () => {
    const text = JSON.stringify(grammarSchema(args));
    for (const keyword of ['maxLength', 'minLength', '"pattern":"', 'minimum', 'maximum']) expect(text).not.toContain(keyword);
    expect(JSON.stringify(args)).toContain('maxLength');
  });
});

describe('the claims schema a grammar is compiled from', () => {
  /** Every enum in a schema: an empty one is unsatisfiable and becomes an empty rule llama.cpp's grammar parser rejects. */
  const enums = (node: unknown): unknown[][] =>
    node === null || typeof node !== 'object'
      ? []
      : Object.entries(node).flatMap(([k, v]) => (k === 'enum' && Array.isArray(v) ? [v] : enums(v)));

  it('has no empty enum before any handle is given (an ask before its first tool result): no claim at all', () => {
    const none = claimsJsonSchema([]);
    expect(enums(none).filter((e) => e.length === 0)).toEqual([]);
    expect(none).toMatchObject({ properties: { claims: { type: 'array', maxItems: 0 } } });
  });

  it('with handles, lets claims cite only them, and a narration must make one', () => {
    expect(enums(claimsJsonSchema(['E1', 'E2']))).toEqual([['E1', 'E2']]);
    expect(claimsJsonSchema(['E1'], { atLeastOne: true })).toMatchObject({ properties: { claims: { minItems: 1 } } });
    expect(claimsJsonSchema([], { atLeastOne: true })).not.toMatchObject({ properties: { claims: { minItems: 1 } } });
  });
});

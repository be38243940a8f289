import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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

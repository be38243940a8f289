/**
 * The keywords a grammar-compiling server is not sent. llama.cpp's schema-to-grammar converter expands a
 * string's length bounds into one nested rule per character (a `maxLength: 1000` argument made
 * llama-cpp-python fail with "failed to parse grammar") and numeric bounds and patterns into large rule
 * sets. The answer is validated against the full schema in code anyway, so the grammar only needs the
 * shape: types, properties, required keys and enums.
 */
const VALUE_BOUNDS = new Set([
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);

/** Keywords whose value is a map from names to schemas (the names are data, never keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function strip(node: Json): Json {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (VALUE_BOUNDS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strip(schema)]));
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') {
      out[key] = value;
    } else {
      out[key] = strip(value);
    }
  }
  return out;
}

/** The schema a grammar is compiled from: the same shape without value bounds. */
export function grammarSchema(schema: Record<string, unknown>): Record<string, unknown> {
  return strip(schema as Json) as Record<string, unknown>;
}

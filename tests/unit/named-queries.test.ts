import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NamedQuery } from '../../src/db/named-query.js';

/**
 * Named queries are typed entries in each feature's table (src/domain/<feature>/queries.ts,
 * defineQuery): every entry names a file under cypher/queries, every file has exactly one entry, and
 * every entry has a caller.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

const sources = ['src', 'seed', 'bench']
  .flatMap((dir) => files(join(root, dir), '.ts'))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** `defineQuery<…>('name')`: type arguments may span lines and hold `;` and `>`, the name follows `>(` (a formatter may wrap it and add a trailing comma). */
const DEFINITION = /defineQuery\s*(?:<[\s\S]*?>)?\(\s*'([a-z0-9-]+)'\s*,?\s*\)/g;

/** The query names given to defineQuery anywhere in the code, with where. */
const defined = sources.flatMap(({ file, text }) =>
  [...text.matchAll(DEFINITION)].map((m) => ({ name: m[1], where: relative(root, file) })),
);

const queryFiles = files(join(root, 'cypher', 'queries'), '.cypher').map((f) => basename(f, '.cypher'));

const isNamedQuery = (value: unknown): value is NamedQuery<Record<string, unknown>, unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';

/** Every feature's query table: the file, and each exported table with its entries' keys. */
const tables = await Promise.all(
  files(join(root, 'src', 'domain'), 'queries.ts').map(async (file) => {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const exported = Object.entries(module).filter(
      (e): e is [string, Record<string, unknown>] => typeof e[1] === 'object' && e[1] !== null && Object.values(e[1]).every(isNamedQuery),
    );
    return { file, exported: exported.map(([table, entries]) => ({ table, keys: Object.keys(entries) })) };
  }),
);

describe('named queries', () => {
  it('every defined name has its .cypher file, and every .cypher file is defined exactly once', () => {
    const names = defined.map((d) => d.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.filter((n) => !queryFiles.includes(n))).toEqual([]);
    expect(queryFiles.filter((f) => !names.includes(f)).sort()).toEqual([]);
  });

  it('finds the feature tables, each with its entries', () => {
    expect(tables.length).toBeGreaterThan(10);
    for (const { file, exported } of tables) expect([relative(root, file), exported.length]).toEqual([relative(root, file), 1]);
  });

  it('every entry of a table is called somewhere else', () => {
    const unused = tables.flatMap(({ file, exported }) => {
      const code = sources
        .filter((s) => s.file !== file)
        .map((s) => s.text)
        .join('\n');
      return exported.flatMap(({ table, keys }) =>
        keys.filter((key) => !new RegExp(`\\b${table}\\.${key}\\b`).test(code)).map((key) => `${table}.${key}`),
      );
    });
    expect(unused).toEqual([]);
  });

  it('no call site names a query by a bare string', () => {
    const byString = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/(?:\.one|\.run|readQuery|\bquery)\(\s*'([a-z0-9-]+)'/g)].map((m) => `${relative(root, file)}: ${m[1]}`),
    );
    expect(byString).toEqual([]);
  });

  it('the check finds definitions whose type arguments span lines', () => {
    const text = "const x = defineQuery<\n  { id: string; at: Array<At> },\n  { n: Row }\n>('nodes-get');\nconst y = defineQuery('ping');";
    expect([...text.matchAll(DEFINITION)].map((m) => m[1])).toEqual(['nodes-get', 'ping']);
  });
});

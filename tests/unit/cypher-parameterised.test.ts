import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * "Every Cypher query is parameterised", enforced: no call that sends Cypher (`run`, `one`,
 * `readQuery`, `executeQuery`, `executeWrite`'s `tx.run`) gets its query text from string
 * concatenation or template interpolation, and no named query builds Cypher at run time
 * (apoc.cypher.*, apoc.periodic.*, or string concatenation fed to a procedure that runs it).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** The source text of a call's first argument, from just after `(` to its top-level `,` or `)`. */
function firstArgument(src: string, from: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return src.slice(from, i);
      depth--;
    } else if (c === ',' && depth === 0) return src.slice(from, i);
  }
  return src.slice(from);
}

const CYPHER_CALL = /(?:\.|\b)(run|one|readQuery|executeQuery)\(/g;

/** Calls that send Cypher built from pieces: a template literal with ${…}, or `+` outside string literals. */
function builtCypherCalls(src: string): string[] {
  const found: string[] = [];
  for (const m of src.matchAll(CYPHER_CALL)) {
    const arg = firstArgument(src, m.index! + m[0].length).trim();
    if (arg === '') continue;
    const interpolated = /`[^`]*\$\{/.test(arg);
    const concatenated = /\+/.test(arg.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''"));
    if (interpolated || concatenated) found.push(`${m[1]}(${arg.slice(0, 80)}`);
  }
  return found;
}

/** Named queries that would build and run Cypher from strings at run time. */
function dynamicCypher(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '');
  return [/apoc\.cypher\.\w+/g, /apoc\.periodic\.\w+/g, /apoc\.do\.\w+/g].flatMap((re) => [...code.matchAll(re)].map((m) => m[0]));
}

describe('the check itself', () => {
  it('catches interpolated and concatenated Cypher and lets named, parameterised calls pass', () => {
    expect(builtCypherCalls("await tx.run(`MATCH (n {id: '${id}'}) RETURN n`, {})")).toHaveLength(1);
    expect(builtCypherCalls("await session.run('MATCH (n {id: \"' + id + '\"}) RETURN n')")).toHaveLength(1);
    expect(builtCypherCalls('db.readQuery(prefix + name, params)')).toHaveLength(1);
    expect(builtCypherCalls("await tx.run('alias-moves', { alias, limit: intParam(n) })")).toEqual([]);
    expect(builtCypherCalls("await tx.one('nodes-get', { ids: [a + b] })")).toEqual([]);
    expect(builtCypherCalls('await session.run(statement)')).toEqual([]);
    expect(builtCypherCalls("await session.run('MATCH (m:Migration) RETURN m.id + 1 AS id')")).toEqual([]);
    expect(dynamicCypher("CALL apoc.cypher.run('MATCH (n) WHERE n.id = ' + $id, {})")).toEqual(['apoc.cypher.run']);
    expect(dynamicCypher('CALL apoc.path.subgraphAll(start, {maxLevel: $depth})')).toEqual([]);
  });
});

describe('every Cypher query is parameterised', () => {
  it('src/**/*.ts sends no Cypher built by concatenation or interpolation', () => {
    const offenders = files(join(root, 'src'), '.ts').flatMap((file) =>
      builtCypherCalls(readFileSync(file, 'utf8')).map((call) => `${relative(root, file)}: ${call}`),
    );
    expect(offenders).toEqual([]);
  });

  it('cypher/queries/*.cypher build no Cypher at run time', () => {
    const dir = join(root, 'cypher', 'queries');
    const offenders = files(dir, '.cypher').flatMap((file) =>
      dynamicCypher(readFileSync(file, 'utf8')).map((d) => `${relative(root, file)}: ${d}`),
    );
    expect(offenders).toEqual([]);
  });
});

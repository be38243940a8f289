import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath, projectRoot } from '../../src/project-root.js';

/**
 * A clone must stand alone: no test, bench, eval or seed code (nor the sources they run) may name a
 * path beside the repository, such as the `../shared/fixtures` folder the OpenLineage tests once read.
 * This is the static half; tests/setup/stay-inside.ts refuses such reads while the tests run.
 */
const SCANNED = /^(src|tests|bench|eval|seed)\/.*\.(ts|js|mjs|py|sh)$|^(codegen|vitest\.config)\.ts$|^package\.json$|^\.ci\/run$/;
const PROSE = /^(README|SECURITY)\.md$|^docs\/.*\.md$/;

/** The folders that hold the repository (its parent, grandparent …, not `/`): a literal path under one of them leaves it. */
function ancestors(root: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(root); dir !== path.dirname(dir); dir = path.dirname(dir)) out.push(dir);
  return out;
}

const inside = (root: string, target: string) => {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The string literals of a call's argument list, up to its closing parenthesis (no nesting needed here). */
const literalArgs = (args: string) => [...args.matchAll(/'([^']*)'|"([^"]*)"|`([^`$]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]);

/**
 * Every place in `source` (the text of `file`, relative to `root`) that names a path outside `root`:
 * relative specifiers resolved against the file (imports, `new URL(…, import.meta.url)`), paths joined
 * onto the project root, absolute literals under the repository's ancestors that name something there
 * (`exists`: a string such as an OpenLineage dataset name "/tmp/cll_test/tbl1" is data, not a path, when
 * the clone happens to sit in /tmp), and `../shared`.
 */
export function outsideReferences(root: string, file: string, source: string, exists: (p: string) => boolean = existsSync): string[] {
  const found: string[] = [];
  const dir = path.dirname(path.join(root, file));
  const flag = (what: string) => found.push(`${file}: ${what}`);

  const relative = [
    ...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.\.?\/[^']*)'/g),
    ...source.matchAll(/new URL\(\s*'(\.\.?\/[^']*)'\s*,\s*import\.meta\.url\s*\)/g),
  ].map((m) => m[1]);
  for (const spec of relative) if (!inside(root, path.resolve(dir, spec))) flag(`'${spec}' resolves outside the repository`);

  for (const m of source.matchAll(
    /\b(?:path\.(?:join|resolve)\(\s*(?:projectRoot|repoRoot|root|import\.meta\.dirname|__dirname)\s*,|projectPath\()([^)]*)\)/g,
  )) {
    const base = m[0].includes('dirname') ? dir : root;
    const target = path.resolve(base, ...literalArgs(m[1]));
    if (!inside(root, target)) flag(`${m[0]} leaves the repository`);
  }

  for (const m of source.matchAll(/['"`](\/[^'"`\s$]*)/g)) {
    const literal = m[1];
    if (ancestors(root).some((a) => literal.startsWith(`${a}/`)) && !inside(root, literal) && exists(literal))
      flag(`absolute path ${literal}`);
  }

  for (const m of source.matchAll(/\.\.\/shared\b[^\s'"`)]*/g)) flag(`${m[0]} (a folder beside the repository)`);
  return found;
}

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

describe('the repository stands alone', () => {
  it('finds the files it scans', () => {
    const scanned = tracked.filter((f) => SCANNED.test(f));
    expect(scanned).toContain('tests/helpers/openlineage.ts');
    expect(scanned).toContain('bench/run.ts');
    expect(scanned).toContain('eval/run.ts');
    expect(scanned).toContain('seed/cli.ts');
    expect(tracked.filter((f) => PROSE.test(f))).toContain('README.md');
  });

  it('no source, test, bench, eval or seed file names a path outside the repository', () => {
    const found = tracked
      .filter((f) => SCANNED.test(f) && f !== 'tests/unit/self-contained.test.ts')
      .flatMap((f) => outsideReferences(projectRoot, f, readFileSync(projectPath(f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the README and docs/ send readers to nothing beside the repository', () => {
    const found = tracked
      .filter((f) => PROSE.test(f))
      .flatMap((f) => outsideReferences(projectRoot, f, readFileSync(projectPath(f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('recognises each way a path can leave the repository', () => {
    const root = '/home/dev/src/provenant';
    const scan = (file: string, source: string) => outsideReferences(root, file, source, () => true);
    expect(scan('tests/helpers/x.ts', "const d = projectPath('..', 'shared', 'fixtures');")).toHaveLength(1);
    expect(scan('tests/helpers/x.ts', "const d = path.join(projectRoot, '../other/data');")).toHaveLength(1);
    expect(scan('tests/unit/x.ts', "readFileSync(new URL('../../../data/a.json', import.meta.url))")).toHaveLength(1);
    expect(scan('bench/x.ts', "import data from '../../outside/data.js';")).toHaveLength(1);
    expect(scan('eval/x.ts', "const f = '/home/dev/src/shared/fixtures/a.json';")).toHaveLength(1);
    expect(scan('eval/x.ts', '// written from the brief (../shared/seed)')).toHaveLength(1);
    // …and leaves paths inside it, system paths and URL paths alone.
    expect(
      scan('tests/helpers/x.ts', "projectPath('tests', 'fixtures', 'openlineage'); path.join(root, 'cypher', '..', 'schema')"),
    ).toEqual([]);
    expect(
      scan('tests/unit/x.ts', "new URL('../../schema/schema.graphql', import.meta.url); import { a } from '../helpers/a.js';"),
    ).toEqual([]);
    expect(scan('tests/x.ts', "'/usr/bin/chromium'; '/proc/self/status'; '/api/v1/lineage'; '/home/dev/src/provenant/docs/a.md'")).toEqual(
      [],
    );
  });
});

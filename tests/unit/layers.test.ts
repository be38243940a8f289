import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';

/**
 * The dependency direction of src/, top to bottom: a module may import its own layer and the layers
 * below it, never one above. Entry points (the server, the commands) sit on top; config, logger and
 * the project root are shared by every layer and import no layer themselves.
 */
const LAYERS = ['entry', 'http', 'graphql', 'domain', 'llm', 'observability', 'embeddings', 'db', 'local-neo4j', 'shared'] as const;
type Layer = (typeof LAYERS)[number];

const SHARED = new Set(['config.ts', 'logger.ts', 'project-root.ts']);
const ENTRY = new Set(['server.ts', 'startup-failure.ts', 'admin-key-file.ts', 'cli', 'docs']);

function layerOf(file: string): Layer {
  // Import specifiers name the compiled .js file of a .ts module.
  const [top] = path.relative(projectPath('src'), file).replace(/\.js$/, '.ts').split(path.sep);
  if (SHARED.has(top)) return 'shared';
  if (ENTRY.has(top)) return 'entry';
  if ((LAYERS as readonly string[]).includes(top)) return top as Layer;
  throw new Error(`${file}: src/${top} belongs to no layer; add it to LAYERS, ENTRY or SHARED in tests/unit/layers.test.ts`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative module specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`. */
function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.[^']+)'/g)].map((m) => m[1]);
  return [...new Set(specifiers)];
}

const files = sourceFiles(projectPath('src'));

/** Each file's imports of other files under src/, as resolved .ts paths. */
function importGraph(): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => [
      file,
      importsOf(readFileSync(file, 'utf8'))
        .map((spec) => path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'))
        .filter((target) => known.has(target)),
    ]),
  );
}

/**
 * The import circles of a graph: its strongly connected components of more than one file, and files
 * that import themselves (Tarjan's algorithm, iterative so a deep chain cannot overflow the stack).
 */
function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = graph.get(frame.node) ?? [];
      if (frame.edge < targets.length) {
        const target = targets[frame.edge++];
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || targets.includes(frame.node)) circles.push(component.sort());
    }
  }
  return circles;
}

describe('src/ layers', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf(readFileSync(projectPath('src', 'http', 'app.ts'), 'utf8'))).toContain('../graphql/index.js');
  });

  it('every import points down the layers: entry → http → graphql → domain → db → local-neo4j', () => {
    const rank = (layer: Layer) => LAYERS.indexOf(layer);
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = path.resolve(path.dirname(file), spec);
        const rel = path.relative(projectPath(), target);
        if (!rel.startsWith(`src${path.sep}`)) {
          upward.push(`${path.relative(projectPath(), file)} imports ${rel} (outside src/)`);
          continue;
        }
        const to = layerOf(target);
        if (rank(to) < rank(from)) upward.push(`${path.relative(projectPath(), file)} (${from}) imports ${rel} (${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no files import each other in a circle, type-only imports included', () => {
    // An upward import is a circle across layers; this forbids the ones inside a layer too.
    const circles = importCircles(importGraph()).map((c) => c.map((f) => path.relative(projectPath(), f)).join(' ⇄ '));
    expect(circles).toEqual([]);
  });

  it('finds a made-up circle, and only it', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', ['e']],
      ['e', []],
      ['f', ['f']],
    ]);
    expect(importCircles(graph)).toEqual([['a', 'b', 'c'], ['f']]);
  });

  it('classifies a made-up upward import as one', () => {
    // The check above is only as good as layerOf: a domain module importing graphql must rank upward.
    const domain = LAYERS.indexOf(layerOf(projectPath('src', 'domain', 'x.ts')));
    expect(LAYERS.indexOf(layerOf(projectPath('src', 'graphql', 'x.ts')))).toBeLessThan(domain);
    expect(LAYERS.indexOf(layerOf(projectPath('src', 'http', 'x.ts')))).toBeLessThan(domain);
    expect(LAYERS.indexOf(layerOf(projectPath('src', 'db', 'x.ts')))).toBeGreaterThan(domain);
  });
});

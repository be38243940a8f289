import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';

/**
 * The dependency direction of src/, top to bottom: a module may import its own layer and the layers
 * below it, never one above. Entry points (the server, the commands) sit on top; config, logger and
 * the project root are shared by every layer and import no layer themselves.
 */
const LAYERS = ['entry', 'http', 'graphql', 'domain', 'observability', 'llm', 'embeddings', 'db', 'local-neo4j', 'shared'] as const;
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

  it('classifies a made-up upward import as one', () => {
    // The check above is only as good as layerOf: a domain module importing graphql must rank upward.
    const domain = LAYERS.indexOf(layerOf(projectPath('src', 'domain', 'x.ts')));
    expect(LAYERS.indexOf(layerOf(projectPath('src', 'graphql', 'x.ts')))).toBeLessThan(domain);
    expect(LAYERS.indexOf(layerOf(projectPath('src', 'http', 'x.ts')))).toBeLessThan(domain);
    expect(LAYERS.indexOf(layerOf(projectPath('src', 'db', 'x.ts')))).toBeGreaterThan(domain);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactCypher } from '../../src/db/cypher-text.js';

const queriesDir = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

describe('compactCypher', () => {
  it('drops line and block comments and folds whitespace to one space', () => {
    const text = `// what this does\nMATCH (n:Node)  /* a note\n spanning lines */ WHERE n.id = $id // trailing\n\n\tRETURN n`;
    expect(compactCypher(text)).toBe('MATCH (n:Node) WHERE n.id = $id RETURN n');
  });

  it('keeps string literals and quoted names exactly, comment markers and spacing included', () => {
    const text = `RETURN 'http://x  /* y */' AS a, "it\\"s // fine" AS \`odd  // name\`, 'don\\'t' AS \`tick\`\`s\` // gone`;
    expect(compactCypher(text)).toBe(`RETURN 'http://x  /* y */' AS a, "it\\"s // fine" AS \`odd  // name\`, 'don\\'t' AS \`tick\`\`s\``);
  });

  it('refuses an unterminated literal or comment rather than sending half a query', () => {
    expect(() => compactCypher(`RETURN 'open`)).toThrow(/unterminated '/);
    expect(() => compactCypher(`RETURN 1 /* open`)).toThrow(/unterminated \/\*/);
  });

  it('leaves no comment in any named query and shrinks them', () => {
    let before = 0;
    let after = 0;
    for (const file of readdirSync(queriesDir).filter((f) => f.endsWith('.cypher'))) {
      const text = readFileSync(join(queriesDir, file), 'utf8');
      const compact = compactCypher(text);
      // Outside literals: no comment opener survives.
      expect(compact.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''"), file).not.toMatch(/\/\/|\/\*/);
      expect(compact, file).not.toMatch(/\s{2}|\n/);
      before += text.length;
      after += compact.length;
    }
    expect(after).toBeLessThan(before * 0.8);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:provenant-actions';
const SOURCE = fileURLToPath(new URL('../src/domain/permissions/permissions.ts', import.meta.url));

/**
 * The API's table of who may do what (src/domain/permissions/permissions.ts, ACTIONS) as a module of
 * the console, read from its one source at build time: the console says why a button is refused
 * before the click; the server still decides. The table's module imports the database driver, so it
 * is read as data rather than imported; a table this cannot read fails the build.
 */
export function provenantActions(): Plugin {
  return {
    name: 'provenant-actions',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(SOURCE);
      const text = readFileSync(SOURCE, 'utf8');
      const table = /export const ACTIONS = \{([\s\S]*?)\n\} as const/.exec(text)?.[1];
      const rows = [...(table ?? '').matchAll(/^\s*'([a-zA-Z.]+)':\s*\[([^\]]*)\]/gm)].map(
        ([, action, roles]) => [action, [...roles.matchAll(/'([A-Z]+)'/g)].map((m) => m[1])] as const,
      );
      // Every entry must be read: one the pattern misses would show its button refused to every role.
      const entries = [...(table ?? '').matchAll(/^\s*'([^']+)':/gm)].length;
      if (!rows.some(([a]) => a === 'strategy.decide') || rows.length !== entries)
        throw new Error(`provenant-actions: cannot read ACTIONS from ${SOURCE} (${rows.length} of ${entries} entries read)`);
      return `export const ACTIONS = ${JSON.stringify(Object.fromEntries(rows))};`;
    },
  };
}

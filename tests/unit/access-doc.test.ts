import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCurrentTable } from '../../src/docs/access-table.js';

describe('docs/access-control.md', () => {
  it('has the role matrix ACTIONS defines (run `npm run docs:access` after changing permissions)', () => {
    const doc = readFileSync(new URL('../../docs/access-control.md', import.meta.url), 'utf8');
    expect(doc).toBe(withCurrentTable(doc));
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withCurrentTable } from '../domain/auth/access-table.js';

/** Regenerates the role matrix in docs/access-control.md from the code; a test fails when they differ. */
const target = fileURLToPath(new URL('../../docs/access-control.md', import.meta.url));
writeFileSync(target, withCurrentTable(readFileSync(target, 'utf8')));
process.stdout.write(`wrote ${target}\n`);

import { readFileSync, writeFileSync } from 'node:fs';
import { withCurrentTable } from '../docs/access-table.js';
import { projectPath } from '../project-root.js';

/** Regenerates the role matrix and the open paths in docs/access-control.md from the code; a test fails when they differ. */
const target = projectPath('docs', 'access-control.md');
writeFileSync(target, withCurrentTable(readFileSync(target, 'utf8')));
process.stdout.write(`wrote ${target}\n`);

import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { projectPath } from '../project-root.js';
import { compactCypher } from './cypher-text.js';

/** The named, parameterised Cypher queries under cypher/queries, read once at start-up and compacted for the wire. */
const queriesDir = projectPath('cypher', 'queries');

function loadAll(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.cypher')) continue;
    map.set(basename(file, '.cypher'), compactCypher(readFileSync(join(dir, file), 'utf8')));
  }
  return map;
}

const queries = loadAll(queriesDir);

export function query(name: string): string {
  const text = queries.get(name);
  if (text === undefined) throw new Error(`no Cypher query named "${name}" in cypher/queries`);
  return text;
}

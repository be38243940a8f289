import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';
import { query } from '../../src/db/queries.js';
import { openLineageQueries } from '../../src/domain/openlineage/queries.js';

/**
 * The statements an OpenLineage ingest runs keep their plans as the graph grows (docs/openlineage.md,
 * REPLAN): Neo4j otherwise discards them as stale when lineage counts move and plans every one of
 * them again in the middle of ingesting. They all start from ids, so no statistic changes their plan.
 */
const ingestFiles = ['ingest.ts', 'classification.ts'].map((f) => readFileSync(projectPath('src', 'domain', 'openlineage', f), 'utf8'));
type QueryKey = keyof typeof openLineageQueries;
const isQueryKey = (k: string): k is QueryKey => Object.hasOwn(openLineageQueries, k);
const used = [...new Set(ingestFiles.flatMap((text) => [...text.matchAll(/openLineageQueries\.(\w+)/g)].map((m) => m[1])))];
// Reclassification's statements (an ADMIN's rare, full recomputation) are planned for the graph as it is.
const planned = new Set(['classificationScope', 'classificationSet']);

describe('OpenLineage ingest statements', () => {
  it('are the ones ingest.ts names', () => {
    expect(used).toEqual(expect.arrayContaining(['eventRecord', 'runLock', 'runStore', 'sharedMerge', 'outputsLink']));
  });

  it.each(used.filter((k) => !planned.has(k)))('%s keeps its plan (CYPHER replan=skip)', (key) => {
    expect(isQueryKey(key), `${key} is not an entry of openLineageQueries`).toBe(true);
    if (isQueryKey(key)) expect(query(openLineageQueries[key].name)).toMatch(/^CYPHER replan=skip /);
  });
});

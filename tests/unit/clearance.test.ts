import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelOf, visible } from '../../src/domain/permissions/clearance.js';
import { mayRead, ReaderView } from '../../src/domain/permissions/derived-answers.js';
import { CLASSIFICATIONS, type Principal } from '../../src/domain/permissions/principal.js';
import { redact } from '../../src/domain/permissions/redaction.js';
import { searchQuery } from '../../src/domain/search/lucene.js';
import { projectPath } from '../../src/project-root.js';

/**
 * One clearance rule (src/domain/permissions/clearance.ts) for every read: redaction in lineage and
 * `node`, the search index's filter, and the nodes a derived answer (a recommendation's evidence, an
 * outcome, an aggregate) is computed from. Each reader below is asked about the same nodes at every
 * clearance, and all must agree with the rule's table.
 */
const reader = (clearance: Principal['clearance']): Principal => ({ id: `person:${clearance}`, roles: ['VIEWER'], clearance, via: 'jwt' });

/** A node's level as the rule must read it, and the nodes it is asked about. */
const NODES: Array<{ node: { id: string; kind: string; classification?: unknown }; level: string }> = [
  ...CLASSIFICATIONS.map((c) => ({ node: { id: `dataset:d-${c}@1`, kind: 'DatasetVersion', classification: c }, level: c })),
  { node: { id: 'dataset:unclassified@1', kind: 'DatasetVersion' }, level: 'PUBLIC' },
  { node: { id: 'dataset:null@1', kind: 'DatasetVersion', classification: null }, level: 'PUBLIC' },
  // A value that is no classification (written by hand, or by a later version) fails closed.
  { node: { id: 'dataset:bogus@1', kind: 'DatasetVersion', classification: 'TOP_SECRET' }, level: 'RESTRICTED' },
  { node: { id: 'dataset:lower@1', kind: 'DatasetVersion', classification: 'public' }, level: 'RESTRICTED' },
  // An OpenLineage node recorded before classification existed fails closed.
  { node: { id: 'oldataset:old-1@1', kind: 'LineageDatasetVersion' }, level: 'RESTRICTED' },
  { node: { id: 'oldataset:new-1@1', kind: 'LineageDatasetVersion', classification: 'INTERNAL' }, level: 'INTERNAL' },
];

const rank = (c: string) => CLASSIFICATIONS.indexOf(c as (typeof CLASSIFICATIONS)[number]);

describe('the clearance rule', () => {
  it('reads each node at one level: absent is PUBLIC, unclassified OpenLineage and unknown values fail closed', () => {
    expect(NODES.map(({ node }) => levelOf(node))).toEqual(NODES.map(({ level }) => level));
  });

  for (const clearance of CLASSIFICATIONS) {
    it(`a ${clearance} reader: redaction, a derived answer's view and the search filter hide exactly the same nodes`, () => {
      const p = reader(clearance);
      const expected = NODES.map(({ level }) => rank(level) <= rank(clearance));
      expect(NODES.map(({ node }) => visible(p, node))).toEqual(expected);
      // Lineage and node(id): what the rule hides is redacted.
      expect(NODES.map(({ node }) => !redact(p, node).redacted)).toEqual(expected);
      // A derived answer: the nodes it is computed from are those the rule lets through, and it says something was withheld.
      const view = new ReaderView(p);
      const kept = view.keep(NODES.map(({ node }) => node)).map((n) => n.id);
      expect(kept).toEqual(NODES.filter((_, i) => expected[i]).map(({ node }) => node.id));
      expect(view.withheld).toBe(expected.includes(false));
      // A stored answer is classified as the highest level it was computed from, never above the reader.
      expect(rank(view.classification)).toBeLessThanOrEqual(rank(clearance));
      // A classification value alone (a stored recommendation's, a decision's) is read by the same rule.
      expect(NODES.filter(({ node }) => node.kind === 'DatasetVersion').map(({ node }) => mayRead(p, node.classification))).toEqual(
        NODES.filter(({ node }) => node.kind === 'DatasetVersion').map(({ level }) => rank(level) <= rank(clearance)),
      );
      // Search: the index leaves out every classification the rule hides from this reader.
      const query = searchQuery(p, 'searchText:(x)', null);
      for (const c of CLASSIFICATIONS)
        expect(query.includes(`NOT classification:(`) && new RegExp(`\\b${c.toLowerCase()}\\b`).test(query)).toBe(
          rank(c) > rank(clearance),
        );
    });
  }

  it("no module decides clearance on its own: a principal's clearance is read only in permissions/", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? files(full) : e.name.endsWith('.ts') ? [full] : [];
      });
    const permissions = projectPath('src', 'domain', 'permissions');
    const deciding = files(projectPath('src', 'domain'))
      .filter((f) => !f.startsWith(permissions + path.sep))
      .filter((f) => /principal\.clearance\b/i.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(projectPath(), f));
    expect(deciding).toEqual([]);
  });
});

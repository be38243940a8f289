import { describe, expect, it } from 'vitest';
import { query } from '../../src/db/queries.js';
import { labelOf } from '../../src/domain/labels.js';
import { IMPACT_DEPTH } from '../../src/domain/impact/service.js';
import { LINEAGE_RELATIONSHIPS } from '../../src/domain/lineage/service.js';

describe('the traversal queries walk the lineage relationships', () => {
  // Cypher cannot expand by a parameterised list of types, so each traversal names them literally.
  const typeLists = (name: string) =>
    [
      ...query(name)
        .replace(/\/\/.*$/gm, '')
        .matchAll(/\[\w+:([A-Z_|]+)[\]*]/g),
    ].map((m) => m[1].split('|').sort());

  it('lineage.cypher names exactly LINEAGE_RELATIONSHIPS in every pattern', () => {
    const lists = typeLists('lineage');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toEqual([...LINEAGE_RELATIONSHIPS].sort());
  });

  // impact.cypher steps over USED apart from the rest (a release's invocations are counted, not walked).
  it('impact.cypher steps over exactly LINEAGE_RELATIONSHIPS, and nothing else', () => {
    const lists = typeLists('impact');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) for (const type of list) expect(LINEAGE_RELATIONSHIPS).toContain(type);
    expect([...new Set(lists.flat())].sort()).toEqual([...LINEAGE_RELATIONSHIPS].sort());
  });
});

describe('impact walks IMPACT_DEPTH hops', () => {
  // The walk's levels come from the $depth parameter (IMPACT_DEPTH): no hop count is written out.
  it('impact.cypher bounds its walk by $depth and has no unbounded or literal-bounded pattern', () => {
    const code = query('impact').replace(/\/\/.*$/gm, '');
    expect(code).toMatch(/range\(1, \$depth\)/);
    expect([...code.matchAll(/\*\d*\.\.\d*\]|\]->\*|\*\]/g)]).toEqual([]);
    expect(IMPACT_DEPTH).toBeGreaterThan(0);
  });
});

describe('labels', () => {
  it('reads a version as its artifact key and number, a release by its system', () => {
    expect(labelOf({ id: 'dataset:claims@3', kind: 'DatasetVersion' })).toBe('claims v3');
    expect(labelOf({ id: 'model:kg-decision-ft@12', kind: 'ModelVersion' })).toBe('kg-decision-ft v12');
    expect(labelOf({ id: 'release:policy-qa@2', kind: 'Release', notes: 'x' })).toBe('policy-qa release 2');
  });

  it('uses the name of a named thing, and its key when the name is hidden', () => {
    expect(labelOf({ id: 'dataset:claims', kind: 'Dataset', name: 'Insurance claims' })).toBe('Insurance claims');
    expect(labelOf({ id: 'dataset:claims', kind: 'Dataset', redacted: true })).toBe('claims');
  });

  it('says what and when for activities and outputs', () => {
    const at = '2026-11-01T10:15:42.123Z';
    expect(labelOf({ id: 'invocation:abc', kind: 'Invocation', parent: 'release:policy-qa@3', createdAt: at })).toBe(
      'invocation of policy-qa release 3 at 2026-11-01 10:15 UTC',
    );
    expect(
      labelOf({ id: 'output:abc.2', kind: 'Output', parent: 'release:risk@1', outputKind: 'DECISION', decision: 'flag', createdAt: at }),
    ).toBe('decision "flag" of risk release 1 at 2026-11-01 10:15 UTC');
    expect(labelOf({ id: 'training:k', kind: 'TrainingRun', startedAt: at, createdAt: '2026-11-02T00:00:00Z' })).toBe(
      'training run at 2026-11-01 10:15 UTC',
    );
    expect(labelOf({ id: 'evaluation:k', kind: 'EvaluationRun', parent: 'model:m@2', primaryMetric: 'accuracy', score: 0.91 })).toBe(
      'evaluation of m v2 (accuracy 0.91)',
    );
  });

  it('never answers an empty label', () => {
    expect(labelOf({ id: 'invocation:abc', kind: 'Invocation', redacted: true })).toBe('invocation');
    expect(labelOf({ id: 'person:ann', kind: 'Person', name: '  ' })).toBe('ann');
  });
});

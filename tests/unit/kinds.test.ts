import { describe, expect, it } from 'vitest';
import { nodeId, parseId } from '../../src/domain/ids.js';
import { KINDS, NODE_TYPES, kindsWithProv } from '../../src/domain/kinds.js';
import { isOpenLineageKind } from '../../src/domain/openlineage/kinds.js';
import { classOf } from '../../src/domain/prov/build.js';

/** The kind table is the one declaration of node kinds: ids and PROV classes are read from it. */
describe('the kind table', () => {
  it('every kind has ids of its own that parse back to it', () => {
    const roundTrips = NODE_TYPES.map((kind) => {
      const id = nodeId(kind, 'some-key') + ('versioned' in KINDS[kind] ? '@3' : '');
      return [kind, parseId(id)?.type];
    });
    expect(roundTrips).toEqual(NODE_TYPES.map((kind) => [kind, kind]));
  });

  it('a versioned kind shares its prefix with its artifact, and the version number decides which is meant', () => {
    expect(parseId('dataset:claims')?.type).toBe('Dataset');
    expect(parseId('dataset:claims@3')?.type).toBe('DatasetVersion');
    expect(parseId('release:policy-qa@8')?.type).toBe('Release');
    expect(parseId('release:policy-qa')).toBeNull();
    expect(parseId('system:policy-qa@2')).toBeNull();
  });

  it('PROV export classes kinds as the table says; a plan is an entity', () => {
    expect(kindsWithProv('agent')).toEqual(['Person', 'Team', 'ServiceAccount']);
    expect(['Invocation', 'Approval', 'AliasMove', 'LineageRun'].map(classOf)).toEqual(['activity', 'activity', 'activity', 'activity']);
    expect(['Person', 'LineageJob', 'DatasetVersion', 'NotAKind'].map(classOf)).toEqual(['agent', 'entity', 'entity', 'entity']);
  });

  it('the OpenLineage kinds (classified by namespace, judged RESTRICTED when unclassified) are the ones the table flags', () => {
    expect(NODE_TYPES.filter(isOpenLineageKind)).toEqual([
      'LineageJob',
      'LineageRun',
      'LineageEvent',
      'LineageDataset',
      'LineageDatasetVersion',
      'LineageColumn',
    ]);
    expect(['Dataset', 'NotAKind', 42, null].some(isOpenLineageKind)).toBe(false);
  });
});

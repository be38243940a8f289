import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, RECORD_TRAINING_DOC } from '../helpers/fixtures.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type Answer, type Harness, startHarness, testClock } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';

/**
 * A principal not cleared for a node still sees that it exists — id, type, `redacted: true` — in
 * every read, and none of its fields. Lineage is the same graph for everyone.
 */

let setup: Harness;
let h: Harness;
let internalKey: string;
let restrictedKey: string;
let restricted: string;
let confidential: string;
let open: string;
let modelVersion: string;
let release: string;
let output: string;

beforeAll(async () => {
  setup = await startHarness();
  h = await startHarness({ auth: 'real' });
  const f = fixtures(setup);
  const dataset = await f.artifact('dataset', 'claims');
  restricted = await f.datasetVersion(dataset, 'r', { classification: 'RESTRICTED', labelQuality: 0.97 });
  confidential = await f.datasetVersion(dataset, 'c', { classification: 'CONFIDENTIAL' });
  open = await f.datasetVersion(dataset, 'p', { classification: 'PUBLIC' });
  const model = await f.artifact('model', 'claims-model');
  const base = await f.modelVersion(model);
  const run = (
    await setup.ok(RECORD_TRAINING_DOC, {
      input: { datasets: [restricted, confidential, open], baseModel: base, startedAt: testClock.now().toISOString() },
    })
  ).recordTrainingRun.trainingRun.id;
  modelVersion = await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: base, trainingRun: run });
  const prompt = await f.artifact('prompt', 'claims-prompt');
  const pv = await f.promptVersion(prompt, 'Assess the claim: {{question}}');
  const sys = await f.registerSystem('claims');
  release = await f.release(sys, { model: modelVersion, prompts: [pv] });
  output = (await f.invoke(release, 'inv', 1)).outputIds[0];
  internalKey = await h.createKey(['ANALYST'], 'INTERNAL', `person:${h.prefix}-intern`);
  restrictedKey = await h.createKey(['AUDITOR'], 'RESTRICTED', `person:${h.prefix}-auditor`);
});

afterAll(async () => {
  await setup.close();
  await h.close();
});

async function as<R, V>(key: string, document: TypedDocumentNode<R, V>, variables?: V): Promise<Answer<R>> {
  const r = await h.gql(document as TypedDocumentNode<R, Record<string, unknown>>, variables ?? {}, h.bearer(key));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

const LINEAGE = graphql(`
  query ClassifiedDataLineage($id: ID!) {
    lineage(id: $id, direction: UPSTREAM, depth: 6) {
      nodes {
        id
        type
        name
        version
        redacted
        node {
          id
          redacted
          createdBy
          ... on DatasetVersion {
            uri
            classification
            labelQuality
          }
        }
      }
      edges {
        from
        to
        type
        role
      }
      truncated
    }
  }
`);

describe('classified data', () => {
  it('lineage has the same nodes and edges at every clearance; only the fields differ', async () => {
    const low = (await as(internalKey, LINEAGE, { id: output })).lineage;
    const high = (await as(restrictedKey, LINEAGE, { id: output })).lineage;
    const ids = (g: any) => g.nodes.map((n: any) => n.id).sort();
    expect(ids(low)).toEqual(ids(high));
    expect(low.edges).toEqual(high.edges);
    expect(low.truncated).toBe(false);
    expect(ids(low)).toEqual(expect.arrayContaining([restricted, confidential, open, modelVersion, release, output]));

    const byId = (g: any) => new Map<string, any>(g.nodes.map((n: any) => [n.id, n]));
    const lo = byId(low);
    const hi = byId(high);
    for (const hidden of [restricted, confidential]) {
      expect(lo.get(hidden)).toEqual({
        id: hidden,
        type: 'DatasetVersion',
        name: null,
        version: null,
        redacted: true,
        node: { id: hidden, redacted: true, createdBy: null, uri: null, classification: null, labelQuality: null },
      });
      expect(hi.get(hidden).redacted).toBe(false);
      expect(hi.get(hidden).node.uri).toMatch(/^s3:\/\//);
    }
    expect(hi.get(restricted).node).toMatchObject({ classification: 'RESTRICTED', labelQuality: 0.97 });
    expect(lo.get(open)).toMatchObject({ redacted: false, node: { classification: 'PUBLIC', uri: expect.stringMatching(/^s3:/) } });
    expect(lo.get(modelVersion).redacted).toBe(false);
  });

  it('node(id) and lists return an uncleared node redacted, not missing', async () => {
    const q = graphql(`
      query ClassifiedDataNode($id: ID!) {
        node(id: $id) {
          id
          __typename
          ... on DatasetVersion {
            redacted
            uri
            version
            classification
            createdAt
          }
        }
      }
    `);
    expect((await as(internalKey, q, { id: restricted })).node).toEqual({
      id: restricted,
      __typename: 'DatasetVersion',
      redacted: true,
      uri: null,
      version: null,
      classification: null,
      createdAt: null,
    });
    expect((await as(restrictedKey, q, { id: restricted })).node).toMatchObject({ redacted: false, classification: 'RESTRICTED' });

    const list = graphql(`
      query ClassifiedDataDatasetVersions {
        datasetVersions(first: 100) {
          edges {
            node {
              id
              redacted
              uri
            }
          }
        }
      }
    `);
    const mine = (d: any) =>
      d.datasetVersions.edges.map((e: any) => e.node).filter((n: any) => [restricted, confidential, open].includes(n.id));
    const low = mine(await as(internalKey, list));
    expect(low).toHaveLength(3);
    expect(
      low
        .filter((n: any) => n.redacted)
        .map((n: any) => n.id)
        .sort(),
    ).toEqual([confidential, restricted].sort());
    expect(low.filter((n: any) => n.redacted).every((n: any) => n.uri === null)).toBe(true);
    expect(mine(await as(restrictedKey, list)).every((n: any) => !n.redacted && n.uri)).toBe(true);
  });

  it('provenance lists the training data at every clearance, redacting what the caller is not cleared for', async () => {
    const q = graphql(`
      query ClassifiedDataProvenance($id: ID!) {
        provenance(outputId: $id) {
          release {
            id
            redacted
          }
          model {
            id
            redacted
          }
          trainingRuns {
            run {
              id
            }
            datasets {
              id
              redacted
              uri
              classification
            }
          }
        }
      }
    `);
    const low = (await as(internalKey, q, { id: output })).provenance;
    const high = (await as(restrictedKey, q, { id: output })).provenance;
    const ds = (p: any) => p.trainingRuns.flatMap((t: any) => t.datasets).sort((a: any, b: any) => a.id.localeCompare(b.id));
    expect(ds(low).map((d: any) => d.id)).toEqual(ds(high).map((d: any) => d.id));
    expect(
      ds(low)
        .map((d: any) => d.id)
        .sort(),
    ).toEqual([restricted, confidential, open].sort());
    for (const d of ds(low)) {
      if (d.id === open) expect(d).toMatchObject({ redacted: false, classification: 'PUBLIC' });
      else expect(d).toEqual({ id: d.id, redacted: true, uri: null, classification: null });
    }
    expect(ds(high).every((d: any) => !d.redacted && d.uri)).toBe(true);
    expect(low.model).toEqual({ id: modelVersion, redacted: false });
  });

  it('a CONFIDENTIAL caller sees CONFIDENTIAL but not RESTRICTED; impact counts are the same at every clearance', async () => {
    const confidentialKey = await h.createKey(['VIEWER'], 'CONFIDENTIAL');
    const q = graphql(`
      query ClassifiedDataLineage2($id: ID!) {
        lineage(id: $id, direction: UPSTREAM, depth: 6) {
          nodes {
            id
            redacted
          }
        }
      }
    `);
    const nodes = new Map<string, boolean>(
      (await as(confidentialKey, q, { id: output })).lineage.nodes.map((n: any) => [n.id, n.redacted]),
    );
    expect(nodes.get(restricted)).toBe(true);
    expect(nodes.get(confidential)).toBe(false);

    const impact = graphql(`
      query ClassifiedDataImpact($id: ID!) {
        impact(id: $id) {
          total
          groups {
            type
            count
            sample {
              id
              redacted
              name
            }
          }
        }
      }
    `);
    const low = (await as(internalKey, impact, { id: restricted })).impact;
    const high = (await as(restrictedKey, impact, { id: restricted })).impact;
    expect(low.total).toBe(high.total);
    expect(low.total).toBeGreaterThan(0);
    expect(low.groups.map((g: any) => [g.type, g.count])).toEqual(high.groups.map((g: any) => [g.type, g.count]));
  });

  it('diff refuses to compare what the caller may not see', async () => {
    const q = graphql(`
      query ClassifiedDataDiff($a: ID!, $b: ID!) {
        diff(a: $a, b: $b) {
          changes {
            field
          }
        }
      }
    `);
    const r = await h.gql(q, { a: open, b: restricted }, h.bearer(internalKey));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain(restricted);
    expect((await as(restrictedKey, q, { a: open, b: restricted })).diff.changes.map((c: any) => c.field)).toContain('classification');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import {
  audited,
  unchanged,
  instant,
  pager,
  REGISTER_ARTIFACT,
  registeredArtifact,
  registeredVersion,
  registerVersionOf,
  sha,
  walk,
  type Family,
  type VersionInput,
} from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();
let fileStart: string;

beforeAll(async () => {
  fileStart = await instant();
});

const VERSION_INPUTS: { [F in Family]: (artifact: string, n: number) => VersionInput<F> } = {
  dataset: (artifact, n) => ({
    artifact,
    uri: `s3://bucket/claims/${n}`,
    rowCount: 1000 + n,
    labelQuality: 0.9,
    classification: 'INTERNAL',
    schema: '{"cols":["a"]}',
  }),
  prompt: (artifact, n) => ({
    artifact,
    template: `Answer carefully, v${n}: {{question}}`,
    variables: ['question'],
    promptKind: 'USER_TEMPLATE',
    message: `rev ${n}`,
  }),
  model: (artifact, n) => ({ artifact, provider: 'acme', modelKind: 'BASE', uri: `hf://acme/base-${n}`, parameters: '{"temperature":0}' }),
  retrieval: (artifact, n) => ({
    artifact,
    index: 'policies',
    embeddingModel: 'embed-3',
    chunkSize: 256 * n,
    chunkStrategy: 'SENTENCE',
    topK: 4,
  }),
};

const VERSION_COUNT = graphql(`
  query ArtifactVersionCount($id: ID!) {
    node(id: $id) {
      ... on Dataset {
        versionCount
      }
      ... on Prompt {
        versionCount
      }
      ... on Model {
        versionCount
      }
      ... on RetrievalConfig {
        versionCount
      }
    }
  }
`);

describe.each(Object.keys(REGISTER_ARTIFACT) as Family[])('%s family', (family) => {
  let artifactId: string;

  it('registers the artifact once: a second registration with the key returns it unchanged', async () => {
    const input = { key: f.key(`${family}-a`), name: `The ${family}`, description: 'for tests' };
    const first = await audited(h, REGISTER_ARTIFACT[family], { input });
    expect(Object.values(first)[0].created).toBe(true);
    expect(registeredArtifact(first)).toMatchObject({
      id: `${family}:${input.key}`,
      name: input.name,
      description: 'for tests',
      versionCount: 0,
      createdBy: 'person:test-admin',
    });
    artifactId = registeredArtifact(first).id;

    const again = await unchanged(h, REGISTER_ARTIFACT[family], { input: { ...input, name: 'Another name' } });
    expect(Object.values(again)[0].created).toBe(false);
    expect(registeredArtifact(again)).toMatchObject({ id: artifactId, name: input.name });
  });

  it('numbers versions on the server and returns the existing version for the same content', async () => {
    const register = registerVersionOf(family);
    const input = VERSION_INPUTS[family] as (artifact: string, n: number) => VersionInput<typeof family>;
    const v1 = registeredVersion(await audited(h, register, { input: input(artifactId, 1) }));
    const v2 = registeredVersion(await audited(h, register, { input: input(artifactId, 2) }));
    expect(v1).toMatchObject({ created: true, version: { id: `${artifactId}@1`, version: 1 } });
    expect(v2).toMatchObject({ created: true, version: { id: `${artifactId}@2`, version: 2 } });
    expect(v1.version.digest).not.toBe(v2.version.digest);

    const again = registeredVersion(await unchanged(h, register, { input: input(artifactId, 1) }));
    expect(again).toMatchObject({ created: false, version: { id: `${artifactId}@1`, version: 1, digest: v1.version.digest } });

    const node = await h.ok(
      graphql(`
        query ArtifactsNode($id: ID!) {
          node(id: $id) {
            ... on Recorded {
              id
            }
          }
        }
      `),
      { id: artifactId },
    );
    expect(node.node.id).toBe(artifactId);
    expect((await h.ok(VERSION_COUNT, { id: artifactId })).node.versionCount).toBe(2);
  });
});

describe('version content', () => {
  it('keeps every field of a dataset version and links derived versions', async () => {
    const ds = await f.artifact('dataset', 'content');
    const source = await f.datasetVersion(ds, 'src');
    const digest = sha('content-v2');
    const v = await f.version('dataset', {
      artifact: ds,
      uri: 's3://b/derived',
      digest: `sha256:${digest}`,
      rowCount: 2_000_000,
      labelQuality: 0.75,
      classification: 'CONFIDENTIAL',
      schema: '{"fields":["x","y"]}',
      derivedFrom: [source],
      message: 'dedup',
    });
    const data = await h.ok(
      graphql(`
        query ArtifactsNode2($id: ID!) {
          node(id: $id) {
            ... on DatasetVersion {
              id
              version
              digest
              uri
              rowCount
              labelQuality
              classification
              schema
              message
              dataset {
                id
              }
            }
          }
        }
      `),
      { id: v.id },
    );
    expect(data.node).toEqual({
      id: `${ds}@2`,
      version: 2,
      digest,
      uri: 's3://b/derived',
      rowCount: 2_000_000,
      labelQuality: 0.75,
      classification: 'CONFIDENTIAL',
      schema: '{"fields":["x","y"]}',
      message: 'dedup',
      dataset: { id: ds },
    });
    const up = await h.ok(
      graphql(`
        query ArtifactsLineage($id: ID!) {
          lineage(id: $id, direction: UPSTREAM, depth: 1) {
            edges {
              from
              to
              type
            }
          }
        }
      `),
      { id: v.id },
    );
    expect(up.lineage.edges).toContainEqual({ from: v.id, to: source, type: 'WAS_DERIVED_FROM' });
  });

  it('the same explicit digest is the same version even when the metadata differs', async () => {
    const ds = await f.artifact('dataset', 'digest');
    const digest = sha('same-bytes');
    const a = await f.version('dataset', { artifact: ds, uri: 's3://a', digest });
    const b = await f.version('dataset', { artifact: ds, uri: 's3://moved', digest: `sha256:${digest}` });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
  });

  it('model versions name their base (fine-tune, adapter) and the training run that produced them', async () => {
    const model = await f.artifact('model', 'lineage');
    const base = await f.modelVersion(model);
    const ds = await f.artifact('dataset', 'train');
    const dv = await f.datasetVersion(ds, 1);
    const run = (
      await h.ok(
        graphql(`
          mutation ArtifactsRecordTrainingRun($input: RecordTrainingRunInput!) {
            recordTrainingRun(input: $input) {
              trainingRun {
                id
              }
            }
          }
        `),
        {
          input: { datasets: [dv], baseModel: base, startedAt: testClock.now().toISOString() },
        },
      )
    ).recordTrainingRun.trainingRun.id;
    const tuned = await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: base, trainingRun: run });
    const adapter = await f.modelVersion(model, { modelKind: 'ADAPTER', baseVersion: base });
    const data = await h.ok(
      graphql(`
        query ArtifactsNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            ... on ModelVersion {
              id
              modelKind
              provider
              baseVersion {
                id
              }
              trainingRunId
              model {
                id
              }
            }
          }
        }
      `),
      { ids: [base, tuned, adapter] },
    );
    expect(data.nodes).toEqual([
      { id: base, modelKind: 'BASE', provider: 'acme', baseVersion: null, trainingRunId: null, model: { id: model } },
      { id: tuned, modelKind: 'FINE_TUNED', provider: 'acme', baseVersion: { id: base }, trainingRunId: run, model: { id: model } },
      { id: adapter, modelKind: 'ADAPTER', provider: 'acme', baseVersion: { id: base }, trainingRunId: null, model: { id: model } },
    ]);
  });

  it('prompt and retrieval versions expose their content and defaults', async () => {
    const p = await f.artifact('prompt', 'content');
    const pv = await f.promptVersion(p, 'Hello {{name}}');
    const r = await f.artifact('retrieval', 'content');
    const rv = await f.retrievalVersion(r, 7);
    const data = await h.ok(
      graphql(`
        query ArtifactsNodes2($ids: [ID!]!) {
          nodes(ids: $ids) {
            ... on PromptVersion {
              id
              template
              variables
              promptKind
              prompt {
                id
              }
            }
            ... on RetrievalConfigVersion {
              id
              index
              embeddingModel
              chunkSize
              chunkOverlap
              chunkStrategy
              topK
              retrievalConfig {
                id
              }
            }
          }
        }
      `),
      { ids: [pv, rv] },
    );
    expect(data.nodes).toEqual([
      { id: pv, template: 'Hello {{name}}', variables: ['question'], promptKind: 'SYSTEM_PROMPT', prompt: { id: p } },
      {
        id: rv,
        index: `idx-${h.prefix}`,
        embeddingModel: 'embed-3',
        chunkSize: 512,
        chunkOverlap: 0,
        chunkStrategy: 'FIXED',
        topK: 7,
        retrievalConfig: { id: r },
      },
    ]);
  });
});

describe('lists', () => {
  it('walks datasetVersions(dataset:) page by page without duplicates or gaps, newest first', async () => {
    const ds = await f.artifact('dataset', 'paged');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await f.datasetVersion(ds, i));
    const w = await walk(
      h,
      graphql(`
        query DatasetVersionsPage($first: Int, $after: String, $dataset: ID) {
          datasetVersions(first: $first, after: $after, dataset: $dataset) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      { connection: (d) => d.datasetVersions, vars: { dataset: ds }, first: 3 },
    );
    expect(w.pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.lastHasNextPage).toBe(false);

    // The nested connection on the artifact pages the same way.
    const nested = await h.ok(
      graphql(`
        query ArtifactsNode3($id: ID!) {
          node(id: $id) {
            ... on Dataset {
              versions(first: 5) {
                edges {
                  node {
                    id
                  }
                }
                pageInfo {
                  hasNextPage
                }
              }
            }
          }
        }
      `),
      { id: ds },
    );
    expect(nested.node.versions.edges.map((e: any) => e.node.id)).toEqual([...ids].reverse().slice(0, 5));
    expect(nested.node.versions.pageInfo.hasNextPage).toBe(true);
  });

  const VERSION_PAGES = {
    prompt: pager(
      graphql(`
        query PromptVersionsPage($first: Int, $after: String, $a: ID) {
          promptVersions(first: $first, after: $after, prompt: $a) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.promptVersions,
    ),
    model: pager(
      graphql(`
        query ModelVersionsPage($first: Int, $after: String, $a: ID) {
          modelVersions(first: $first, after: $after, model: $a) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.modelVersions,
    ),
    retrieval: pager(
      graphql(`
        query RetrievalConfigVersionsPage($first: Int, $after: String, $a: ID) {
          retrievalConfigVersions(first: $first, after: $after, retrievalConfig: $a) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.retrievalConfigVersions,
    ),
  };

  it.each([
    ['prompt', 'promptVersions', 'prompt'],
    ['model', 'modelVersions', 'model'],
    ['retrieval', 'retrievalConfigVersions', 'retrievalConfig'],
  ] as const)('walks %s versions through %s(%s:)', async (family, _field, _arg) => {
    const a = await f.artifact(family, `paged-${family}`);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        family === 'prompt'
          ? await f.promptVersion(a, `t${i}`)
          : family === 'model'
            ? await f.modelVersion(a)
            : await f.retrievalVersion(a, i + 1),
      );
    }
    const w = await VERSION_PAGES[family](h, { vars: { a }, first: 2 });
    expect(w.pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.lastHasNextPage).toBe(false);
  });

  const WINDOW_PAGES = {
    dataset: pager(
      graphql(`
        query DatasetsPage($first: Int, $after: String, $w: TimeWindow) {
          datasets(first: $first, after: $after, window: $w) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.datasets,
    ),
    prompt: pager(
      graphql(`
        query PromptsPage($first: Int, $after: String, $w: TimeWindow) {
          prompts(first: $first, after: $after, window: $w) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.prompts,
    ),
    model: pager(
      graphql(`
        query ModelsPage($first: Int, $after: String, $w: TimeWindow) {
          models(first: $first, after: $after, window: $w) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.models,
    ),
    retrieval: pager(
      graphql(`
        query RetrievalConfigsPage($first: Int, $after: String, $w: TimeWindow) {
          retrievalConfigs(first: $first, after: $after, window: $w) {
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      (d) => d.retrievalConfigs,
    ),
  };

  it.each([
    ['dataset', 'datasets'],
    ['prompt', 'prompts'],
    ['model', 'models'],
    ['retrieval', 'retrievalConfigs'],
  ] as const)('walks %s artifacts through %s within a time window', async (family, _field) => {
    const from = await instant();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await f.artifact(family, `window-${family}-${i}`));
    const w = await WINDOW_PAGES[family](h, { vars: { w: { createdAfter: from } }, first: 3 });
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.pages.map((p) => p.length)).toEqual([3, 1]);
    expect(w.lastHasNextPage).toBe(false);
    // Everything this file registered earlier is outside the window but inside a wider one.
    const wide = await WINDOW_PAGES[family](h, { vars: { w: { createdAfter: fileStart } }, first: 50 });
    expect(wide.ids.slice(0, 4)).toEqual([...ids].reverse());
    expect(wide.ids.length).toBeGreaterThan(4);
    expect(new Set(wide.ids).size).toBe(wide.ids.length);
  });

  it('hides retracted versions only when asked', async () => {
    const ds = await f.artifact('dataset', 'retracted');
    const v1 = await f.datasetVersion(ds, 1);
    const v2 = await f.datasetVersion(ds, 2);
    await audited(
      h,
      graphql(`
        mutation ArtifactsRetract($input: RetractInput!) {
          retract(input: $input) {
            id
          }
        }
      `),
      { input: { id: v1, reason: 'label leak' } },
    );
    const q = graphql(`
      query ArtifactsDatasetVersions($d: ID, $r: Boolean) {
        datasetVersions(dataset: $d, includeRetracted: $r) {
          edges {
            node {
              id
              retractedAt
              retractReason
            }
          }
        }
      }
    `);
    const all = await h.ok(q, { d: ds, r: true });
    expect(all.datasetVersions.edges.map((e: any) => e.node.id)).toEqual([v2, v1]);
    expect(all.datasetVersions.edges[1].node.retractReason).toBe('label leak');
    const live = await h.ok(q, { d: ds, r: false });
    expect(live.datasetVersions.edges.map((e: any) => e.node.id)).toEqual([v2]);
  });
});

describe('diff of two versions', () => {
  it('lists exactly the fields that differ, with typed values, and the digest as sameContent', async () => {
    const ds = await f.artifact('dataset', 'diff');
    const a = await f.datasetVersion(ds, 'a', { rowCount: 10, labelQuality: 0.5 });
    const b = await f.datasetVersion(ds, 'b', { rowCount: 12, labelQuality: 0.5 });
    const data = await h.ok(
      graphql(`
        query ArtifactsDiff($a: ID!, $b: ID!) {
          diff(a: $a, b: $b) {
            type
            sameContent
            pins {
              slot
            }
            a {
              id
            }
            b {
              id
            }
            changes {
              field
              before {
                ...V
              }
              after {
                ...V
              }
            }
          }
        }
        fragment V on DiffValue {
          __typename
          ... on NumberValue {
            number
          }
          ... on TextValue {
            text
          }
          ... on IdValue {
            id
          }
        }
      `),
      { a, b },
    );
    expect(data.diff.type).toBe('DatasetVersion');
    expect(data.diff.a.id).toBe(a);
    expect(data.diff.b.id).toBe(b);
    expect(data.diff.sameContent).toBe(false);
    expect(data.diff.pins).toEqual([]);
    const byField = Object.fromEntries(data.diff.changes.map((c: any) => [c.field, [c.before, c.after]]));
    expect(Object.keys(byField).sort()).toEqual(['rowCount', 'uri']);
    expect(byField.rowCount).toEqual([
      { __typename: 'NumberValue', number: 10 },
      { __typename: 'NumberValue', number: 12 },
    ]);
    expect(byField.uri).toEqual([
      { __typename: 'TextValue', text: `s3://${h.prefix}/${ds}/a` },
      { __typename: 'TextValue', text: `s3://${h.prefix}/${ds}/b` },
    ]);
  });

  it('says a version is the same content as itself, with no changes', async () => {
    const ds = await f.artifact('dataset', 'diff-same');
    const a = await f.datasetVersion(ds, 'a', { rowCount: 10, labelQuality: 0.5 });
    const data = await h.ok(
      graphql(`
        query ArtifactsDiff2($a: ID!) {
          diff(a: $a, b: $a) {
            sameContent
            changes {
              field
            }
          }
        }
      `),
      { a },
    );
    expect(data.diff).toEqual({ sameContent: true, changes: [] });
  });
});

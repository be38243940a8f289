import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import {
  ARTIFACT_MUTATIONS,
  audited,
  unchanged,
  instant,
  registerArtifactDoc,
  registerVersionDoc,
  sha,
  walk,
  type Family,
} from '../helpers/fixtures.js';

const { h, f } = useHarness();
let fileStart: string;

beforeAll(async () => {
  fileStart = await instant();
});

const VERSION_INPUTS: Record<Family, (artifact: string, n: number) => Record<string, unknown>> = {
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

describe.each(Object.keys(ARTIFACT_MUTATIONS) as Family[])('%s family', (family) => {
  const m = ARTIFACT_MUTATIONS[family];
  let artifactId: string;

  it('registers the artifact once: a second registration with the key returns it unchanged', async () => {
    const input = { key: f.key(`${family}-a`), name: `The ${family}`, description: 'for tests' };
    const first = (await audited(h, registerArtifactDoc(family), { input }))[m.mutation];
    expect(first.created).toBe(true);
    expect(first[m.field]).toMatchObject({
      id: `${family}:${input.key}`,
      name: input.name,
      description: 'for tests',
      versionCount: 0,
      createdBy: 'person:test-admin',
    });
    artifactId = first[m.field].id;

    const again = (await unchanged(h, registerArtifactDoc(family), { input: { ...input, name: 'Another name' } }))[m.mutation];
    expect(again.created).toBe(false);
    expect(again[m.field]).toMatchObject({ id: artifactId, name: input.name });
  });

  it('numbers versions on the server and returns the existing version for the same content', async () => {
    const v1 = (await audited(h, registerVersionDoc(family), { input: VERSION_INPUTS[family](artifactId, 1) }))[m.version];
    const v2 = (await audited(h, registerVersionDoc(family), { input: VERSION_INPUTS[family](artifactId, 2) }))[m.version];
    expect(v1).toMatchObject({ created: true, version: { id: `${artifactId}@1`, version: 1 } });
    expect(v2).toMatchObject({ created: true, version: { id: `${artifactId}@2`, version: 2 } });
    expect(v1.version.digest).not.toBe(v2.version.digest);

    const again = (await unchanged(h, registerVersionDoc(family), { input: VERSION_INPUTS[family](artifactId, 1) }))[m.version];
    expect(again).toMatchObject({ created: false, version: { id: `${artifactId}@1`, version: 1, digest: v1.version.digest } });

    const node = await h.ok(`query($id: ID!) { node(id: $id) { ... on Recorded { id } } }`, { id: artifactId });
    expect(node.node.id).toBe(artifactId);
    const count = await h.ok(
      `query($id: ID!) { node(id: $id) { ... on ${family === 'retrieval' ? 'RetrievalConfig' : family[0].toUpperCase() + family.slice(1)} { versionCount } } }`,
      { id: artifactId },
    );
    expect(count.node.versionCount).toBe(2);
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
      `query($id: ID!) { node(id: $id) { ... on DatasetVersion { id version digest uri rowCount labelQuality classification schema message dataset { id } } } }`,
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
    const up = await h.ok(`query($id: ID!) { lineage(id: $id, direction: UPSTREAM, depth: 1) { edges { from to type } } }`, { id: v.id });
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
      await h.ok(`mutation($input: RecordTrainingRunInput!) { recordTrainingRun(input: $input) { trainingRun { id } } }`, {
        input: { datasets: [dv], baseModel: base, startedAt: testClock.now().toISOString() },
      })
    ).recordTrainingRun.trainingRun.id;
    const tuned = await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: base, trainingRun: run });
    const adapter = await f.modelVersion(model, { modelKind: 'ADAPTER', baseVersion: base });
    const data = await h.ok(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ModelVersion { id modelKind provider baseVersion { id } trainingRunId model { id } } } }`,
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
      `query($ids: [ID!]!) { nodes(ids: $ids) {
        ... on PromptVersion { id template variables promptKind prompt { id } }
        ... on RetrievalConfigVersion { id index embeddingModel chunkSize chunkOverlap chunkStrategy topK retrievalConfig { id } } } }`,
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
    const w = await walk(h, {
      field: 'datasetVersions',
      argDefs: '$dataset: ID',
      args: 'dataset: $dataset',
      vars: { dataset: ds },
      first: 3,
    });
    expect(w.pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.lastHasNextPage).toBe(false);

    // The nested connection on the artifact pages the same way.
    const nested = await h.ok(
      `query($id: ID!) { node(id: $id) { ... on Dataset { versions(first: 5) { edges { node { id } } pageInfo { hasNextPage } } } } }`,
      { id: ds },
    );
    expect(nested.node.versions.edges.map((e: any) => e.node.id)).toEqual([...ids].reverse().slice(0, 5));
    expect(nested.node.versions.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['prompt', 'promptVersions', 'prompt'],
    ['model', 'modelVersions', 'model'],
    ['retrieval', 'retrievalConfigVersions', 'retrievalConfig'],
  ] as const)('walks %s versions through %s(%s:)', async (family, field, arg) => {
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
    const w = await walk(h, { field, argDefs: '$a: ID', args: `${arg}: $a`, vars: { a }, first: 2 });
    expect(w.pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.lastHasNextPage).toBe(false);
  });

  it.each([
    ['dataset', 'datasets'],
    ['prompt', 'prompts'],
    ['model', 'models'],
    ['retrieval', 'retrievalConfigs'],
  ] as const)('walks %s artifacts through %s within a time window', async (family, field) => {
    const from = await instant();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await f.artifact(family, `window-${family}-${i}`));
    const w = await walk(h, { field, argDefs: '$w: TimeWindow', args: 'window: $w', vars: { w: { createdAfter: from } }, first: 3 });
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.pages.map((p) => p.length)).toEqual([3, 1]);
    expect(w.lastHasNextPage).toBe(false);
    // Everything this file registered earlier is outside the window but inside a wider one.
    const wide = await walk(h, {
      field,
      argDefs: '$w: TimeWindow',
      args: 'window: $w',
      vars: { w: { createdAfter: fileStart } },
      first: 50,
    });
    expect(wide.ids.slice(0, 4)).toEqual([...ids].reverse());
    expect(wide.ids.length).toBeGreaterThan(4);
    expect(new Set(wide.ids).size).toBe(wide.ids.length);
  });

  it('hides retracted versions only when asked', async () => {
    const ds = await f.artifact('dataset', 'retracted');
    const v1 = await f.datasetVersion(ds, 1);
    const v2 = await f.datasetVersion(ds, 2);
    await audited(h, `mutation($input: RetractInput!) { retract(input: $input) { id } }`, { input: { id: v1, reason: 'label leak' } });
    const q = `query($d: ID, $r: Boolean) { datasetVersions(dataset: $d, includeRetracted: $r) { edges { node { id retractedAt retractReason } } } }`;
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
      `query($a: ID!, $b: ID!) { diff(a: $a, b: $b) { type sameContent pins { slot } a { id } b { id } changes { field before { ...V } after { ...V } } } }
       fragment V on DiffValue { __typename ... on NumberValue { number } ... on TextValue { text } ... on IdValue { id } }`,
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
    const data = await h.ok(`query($a: ID!) { diff(a: $a, b: $a) { sameContent changes { field } } }`, { a });
    expect(data.diff).toEqual({ sameContent: true, changes: [] });
  });
});

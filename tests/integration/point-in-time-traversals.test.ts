import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS } from '../../src/domain/clock.js';
import { type GqlResult, type Harness, useHarness, startHarness, testClock } from '../helpers/harness.js';
import { ALIAS_TARGET_DOC, RECORD_TRAINING_DOC, instant } from '../helpers/fixtures.js';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql/index.js';

/**
 * The cases the exactness issue found, each pinned down: traversals only step through what existed at
 * asOf (BOTH through a later node, caps counted at asOf), provenance follows a model chain deeper
 * than 5 and says when its bound cuts it, and asOf in the future is refused.
 */

const { h, f } = useHarness();
let short: Harness;

const g = {} as {
  claims: string;
  claims1: string;
  claims2: string;
  base: string;
  beforeTraining: string;
  chain: string[];
  runs: string[];
  release: string;
  output: string;
  atRelease: string;
  downstreamAtRelease: number;
};

const LINEAGE = graphql(`
  query PitTraversalLineage($id: ID!, $direction: LineageDirection!, $depth: Int, $maxNodes: Int, $asOf: DateTime) {
    lineage(id: $id, direction: $direction, depth: $depth, maxNodes: $maxNodes, asOf: $asOf) {
      truncated
      nodes {
        id
        type
        label
      }
      edges {
        from
        to
        type
      }
    }
  }
`);
const PROVENANCE = graphql(`
  query PitTraversalProvenance($id: ID!, $asOf: DateTime) {
    provenance(outputId: $id, asOf: $asOf) {
      truncated
      ...ModelBillFields
    }
  }
`);
const IMPACT = graphql(`
  query PitTraversalImpact($id: ID!, $asOf: DateTime) {
    impact(id: $id, asOf: $asOf) {
      total
      truncated
      groups {
        type
        count
        sample {
          id
          label
        }
      }
    }
  }
`);

const lineage = async (vars: VariablesOf<typeof LINEAGE>) => (await h.ok(LINEAGE, vars)).lineage;
const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();

beforeAll(async () => {
  g.claims = await f.artifact('dataset', 'claims');
  g.claims1 = await f.datasetVersion(g.claims, 1);
  g.claims2 = await f.datasetVersion(g.claims, 2);
  const model = await f.artifact('model', 'stack');
  g.base = await f.modelVersion(model);
  g.beforeTraining = await instant();
  // Seven fine-tunes stacked on the base, each trained on claims@1.
  g.chain = [g.base];
  g.runs = [];
  for (let i = 0; i < 7; i++) {
    const run = (
      await h.ok(RECORD_TRAINING_DOC, {
        input: { datasets: [g.claims1], baseModel: g.chain.at(-1), startedAt: testClock.now().toISOString() },
      })
    ).recordTrainingRun.trainingRun.id;
    g.runs.push(run);
    g.chain.push(await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: g.chain.at(-1), trainingRun: run }));
  }
  const prompt = await f.artifact('prompt', 'p');
  const pv = await f.promptVersion(prompt, 'Answer: {{question}}');
  const system = await f.registerSystem('stack');
  g.release = await f.release(system, { model: g.chain.at(-1)!, prompts: [pv] });
  g.atRelease = await instant();
  g.output = (await f.invoke(g.release, 'stack', 1)).outputIds[0];
  // Later traffic: downstream of the base grows after g.atRelease.
  await f.invoke(g.release, 'later', 3);
  short = await startHarness({ limits: { provenanceMaxChain: 5 } });
});
afterAll(async () => {
  await short.close();
});

describe('lineage walks only what existed at asOf', () => {
  it('BOTH from a dataset version before the first training run reaches only its dataset and sibling', async () => {
    const then = await lineage({ id: g.claims1, direction: 'BOTH', depth: 3, asOf: g.beforeTraining });
    expect(ids(then.nodes)).toEqual([g.claims, g.claims1, g.claims2].sort());
    expect(then.truncated).toBe(false);
    // Today the same question reaches the training runs and the models through them.
    const now = await lineage({ id: g.claims1, direction: 'BOTH', depth: 3 });
    expect(ids(now.nodes)).toEqual(expect.arrayContaining([g.runs[0], g.base]));
  });

  it('maxNodes and truncated count only nodes that existed at asOf', async () => {
    const all = await lineage({ id: g.base, direction: 'DOWNSTREAM', depth: 10, maxNodes: 500, asOf: g.atRelease });
    const n = all.nodes.length;
    // The base, 7 runs, 7 fine-tunes and the release; the invocations and outputs came later.
    expect(n).toBe(16);
    expect(all.nodes.map((x) => x.type)).not.toContain('Output');
    const exact = await lineage({ id: g.base, direction: 'DOWNSTREAM', depth: 10, maxNodes: n, asOf: g.atRelease });
    expect(exact.truncated).toBe(false);
    expect(ids(exact.nodes)).toEqual(ids(all.nodes));
    const cut = await lineage({ id: g.base, direction: 'DOWNSTREAM', depth: 10, maxNodes: n - 1, asOf: g.atRelease });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(n - 1);
    // Nearest first: the release, farthest from the base, is the one left out.
    expect(ids(cut.nodes)).not.toContain(g.release);
  });

  it('labels every node readably', async () => {
    const up = await lineage({ id: g.release, direction: 'UPSTREAM', depth: 2 });
    const key = (id: string) => /^[a-z]+:(.+)@(\d+)$/.exec(id)!;
    const release = up.nodes.find((x) => x.id === g.release)!;
    expect(release.label).toBe(`${key(g.release)[1]} release ${key(g.release)[2]}`);
    const tip = up.nodes.find((x) => x.id === g.chain.at(-1))!;
    expect(tip.label).toBe(`${key(tip.id)[1]} v8`);
    const run = up.nodes.find((x) => x.type === 'TrainingRun')!;
    expect(run.label).toMatch(/^training run at \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  });
});

describe('impact at asOf', () => {
  it('counts what was downstream then, exactly', async () => {
    const then = (await h.ok(IMPACT, { id: g.base, asOf: g.atRelease })).impact;
    expect(then.total).toBe(15);
    expect(Object.fromEntries(then.groups.map((x: any) => [x.type, x.count]))).toEqual({ ModelVersion: 7, Release: 1, TrainingRun: 7 });
    const now = (await h.ok(IMPACT, { id: g.base })).impact;
    expect(Object.fromEntries(now.groups.map((x: any) => [x.type, x.count]))).toMatchObject({ Invocation: 4, Output: 4 });
    for (const group of now.groups) for (const s of group.sample) expect(s.label.length).toBeGreaterThan(0);
  });

  it('a root created after asOf is NOT_FOUND', async () => {
    const r = await h.gql(IMPACT, { id: g.release, asOf: g.beforeTraining });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('provenance follows the whole model chain', () => {
  it('with 7 fine-tunes stacked on a base: all 8 versions, all 7 runs, the base included', async () => {
    const p = (await h.ok(PROVENANCE, { id: g.output })).provenance;
    expect(p.truncated).toBe(false);
    expect(p.modelLineage.map((m: any) => m.id)).toEqual([...g.chain].reverse());
    expect(p.trainingRuns.map((r: any) => r.run.id)).toEqual([...g.runs].reverse());
    expect(p.trainingRuns.every((r: any) => r.datasets.length === 1 && r.datasets[0].id === g.claims1)).toBe(true);
    expect(p.trainingRuns.at(-1)?.baseModels.map((m: any) => m.id)).toEqual([g.base]);
  });

  it('says truncated when the chain is longer than the configured bound', async () => {
    const p = (await short.ok(PROVENANCE, { id: g.output })).provenance;
    expect(p.truncated).toBe(true);
    expect(p.modelLineage.map((m: any) => m.id)).toEqual([...g.chain].reverse().slice(0, 5));
    expect(p.trainingRuns).toHaveLength(5);
  });
});

describe('asOf in the future', () => {
  const beyond = () => new Date(Date.now() + MAX_CLOCK_SKEW_MS + 60_000).toISOString();

  type Request = () => Promise<GqlResult<unknown>>;
  it.each<[string, Request]>([
    ['lineage', () => h.gql(LINEAGE, { id: g.base, direction: 'BOTH', asOf: beyond() })],
    ['impact', () => h.gql(IMPACT, { id: g.base, asOf: beyond() })],
    ['provenance', () => h.gql(PROVENANCE, { id: g.output, asOf: beyond() })],
    ['aliasTarget', () => h.gql(ALIAS_TARGET_DOC, { system: 'system:x', environment: 'production', asOf: beyond() })],
    [
      'policy',
      () =>
        h.gql(
          graphql(`
            query PitTraversalPolicy($system: ID!, $asOf: DateTime) {
              policy(system: $system, asOf: $asOf) {
                isDefault
              }
            }
          `),
          { system: 'system:x', asOf: beyond() },
        ),
    ],
  ])('%s refuses it with VALIDATION naming asOf', async (_name, request) => {
    const r = await request();
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(r.errors?.[0].extensions?.field).toBe('asOf');
    expect(r.errors?.[0].message).toMatch(/asOf/);
  });

  it('within the clock-skew allowance answers', async () => {
    const soon = new Date(Date.now() + MAX_CLOCK_SKEW_MS - 60_000).toISOString();
    const r = await h.gql(LINEAGE, { id: g.base, direction: 'DOWNSTREAM', depth: 1, asOf: soon });
    expect(r.errors).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import { instant, RECORD_TRAINING_DOC, RETRACT_DOC } from '../helpers/fixtures.js';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();

/** One small organisation: a dataset trains a fine-tune, two releases pin it, one serves production. */
const g = {} as {
  dataset: string;
  dv: string;
  model: string;
  base: string;
  run: string;
  tuned: string;
  p1: string;
  p2: string;
  rv: string;
  system: string;
  systemKey: string;
  r1: string;
  r2: string;
  evaluation: string;
  approvalR1: string;
  approvalTuned: string;
  retractedApproval: string;
  lateApproval: string;
  beforeTraining: string;
  afterReleases: string;
  outputsAt: string;
  r1Outputs: string[];
  r2Outputs: string[];
  r1Invocations: string[];
  lateOutput: string;
};

beforeAll(async () => {
  g.dataset = await f.artifact('dataset', 'claims');
  g.dv = await f.datasetVersion(g.dataset, 1);
  g.model = await f.artifact('model', 'classifier');
  g.base = await f.modelVersion(g.model);
  g.beforeTraining = await instant();
  g.run = (
    await h.ok(RECORD_TRAINING_DOC, { input: { datasets: [g.dv], baseModel: g.base, startedAt: testClock.now().toISOString() } })
  ).recordTrainingRun.trainingRun.id;
  g.tuned = await f.modelVersion(g.model, { modelKind: 'FINE_TUNED', baseVersion: g.base, trainingRun: g.run });
  const prompt = await f.artifact('prompt', 'triage');
  g.p1 = await f.promptVersion(prompt, 'Flag risky claims: {{claim}}');
  g.p2 = await f.promptVersion(prompt, 'Flag risky claims, briefly: {{claim}}');
  g.rv = await f.retrievalVersion(await f.artifact('retrieval', 'policies'));
  g.system = await f.registerSystem('triage');
  g.systemKey = f.key('triage');
  g.r1 = await f.release(g.system, { model: g.tuned, prompts: [g.p1], retrievalConfig: g.rv });
  g.r2 = await f.release(g.system, { model: g.tuned, prompts: [g.p2] });
  g.afterReleases = await instant();

  g.evaluation = (await f.evaluate(g.r1)).id;
  g.approvalR1 = (await f.approve(g.r1, 'production')).id;
  g.approvalTuned = (await f.approve(g.tuned, 'production')).id;
  g.retractedApproval = (await f.approve(g.p1, 'production')).id;
  await h.ok(RETRACT_DOC, { input: { id: g.retractedApproval, reason: 'approved by mistake' } });
  await f.promote(g.system, 'production', g.r1, 'go live');

  g.outputsAt = await instant();
  const a = await f.invoke(g.r1, 'r1', 3, { at: g.outputsAt, decisionEvery: 2 });
  const b = await f.invoke(g.r2, 'r2', 2, { at: g.outputsAt, decisionEvery: 1 });
  g.r1Outputs = a.outputIds;
  g.r1Invocations = a.invocationIds;
  g.r2Outputs = b.outputIds;
  await instant();
  g.lateApproval = (await f.approve(g.r1, 'production')).id;
  await instant();
  g.lateOutput = (await f.invoke(g.r1, 'late', 1)).outputIds[0];
});

const LINEAGE = graphql(`
  query LinProvLineage($id: ID!, $direction: LineageDirection!, $depth: Int, $maxNodes: Int, $asOf: DateTime) {
    lineage(id: $id, direction: $direction, depth: $depth, maxNodes: $maxNodes, asOf: $asOf) {
      root
      direction
      depth
      asOf
      truncated
      nodes {
        id
        type
        name
        version
        createdAt
        redacted
        node {
          id
        }
      }
      edges {
        from
        to
        type
        role
      }
    }
  }
`);

async function lineage(vars: VariablesOf<typeof LINEAGE>) {
  return (await h.ok(LINEAGE, vars)).lineage;
}

const countByType = (nodes: Array<{ type: string }>) =>
  nodes.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.type]: (acc[n.type] ?? 0) + 1 }), {});

describe('lineage', () => {
  it('DOWNSTREAM of a dataset version grows hop by hop and respects the depth bound', async () => {
    const d1 = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 1 });
    expect(d1).toMatchObject({ root: g.dv, depth: 1, truncated: false, asOf: null });
    expect(d1.nodes.map((n) => n.id).sort()).toEqual([g.dv, g.run].sort());
    expect(d1.edges).toEqual([{ from: g.run, to: g.dv, type: 'USED', role: 'training-data' }]);

    const d2 = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 2 });
    expect(d2.nodes.map((n) => n.id).sort()).toEqual([g.dv, g.run, g.tuned].sort());

    const d3 = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 3 });
    expect(countByType(d3.nodes)).toEqual({ DatasetVersion: 1, TrainingRun: 1, ModelVersion: 1, Release: 2 });

    const d5 = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5 });
    expect(countByType(d5.nodes)).toEqual({
      DatasetVersion: 1,
      TrainingRun: 1,
      ModelVersion: 1,
      Release: 2,
      EvaluationRun: 1,
      Invocation: 6,
      Output: 10,
    });
    expect(d5.truncated).toBe(false);
    // Every edge joins two returned nodes, and each node loads as itself.
    const ids = new Set(d5.nodes.map((n) => n.id));
    expect(d5.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    expect(d5.nodes.every((n) => n.node.id === n.id)).toBe(true);
    expect(d5.edges).toContainEqual({ from: g.r1Outputs[0], to: g.r1Invocations[0], type: 'WAS_GENERATED_BY', role: null });
  });

  it('UPSTREAM of an output reaches the training data and the base model, and nothing made alongside it', async () => {
    const up = await lineage({ id: g.r1Outputs[0], direction: 'UPSTREAM', depth: 10 });
    const ids = up.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([g.r1Outputs[0], g.r1Invocations[0], g.r1, g.tuned, g.p1, g.rv, g.base, g.run, g.dv, g.dataset, g.model]),
    );
    expect(ids).not.toContain(g.r2);
    expect(ids).not.toContain(g.r1Invocations[1]);
    expect(up.nodes.filter((n) => n.type === 'Output')).toHaveLength(1);
    expect(up.edges).toContainEqual({ from: g.tuned, to: g.base, type: 'WAS_DERIVED_FROM', role: 'fine-tuned-from' });
    expect(up.edges).toContainEqual({ from: g.r1, to: g.tuned, type: 'PINS', role: 'model' });
  });

  it('BOTH walks causes and effects at once', async () => {
    const both = await lineage({ id: g.tuned, direction: 'BOTH', depth: 1 });
    expect(both.nodes.map((n) => n.id).sort()).toEqual([g.tuned, g.base, g.run, g.model, g.r1, g.r2].sort());
  });

  it('maxNodes caps the answer and says so only when something was cut', async () => {
    const all = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5 });
    const n = all.nodes.length;
    expect(n).toBe(22);
    const exact = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5, maxNodes: n });
    expect(exact.truncated).toBe(false);
    expect(exact.nodes).toHaveLength(n);
    const cut = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5, maxNodes: n - 1 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(n - 1);
    const small = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5, maxNodes: 3 });
    expect(small.truncated).toBe(true);
    expect(small.nodes.map((x) => x.id).sort()).toEqual([g.dv, g.run, g.tuned].sort());
    const kept = new Set(small.nodes.map((x) => x.id));
    expect(small.edges.every((e) => kept.has(e.from) && kept.has(e.to))).toBe(true);
  });

  it('asOf answers as the graph stood then', async () => {
    const early = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5, asOf: g.beforeTraining });
    expect(early.nodes.map((n) => n.id)).toEqual([g.dv]);
    expect(early.edges).toEqual([]);
    expect(early.asOf).toBe(g.beforeTraining);

    const mid = await lineage({ id: g.dv, direction: 'DOWNSTREAM', depth: 5, asOf: g.afterReleases });
    expect(countByType(mid.nodes)).toEqual({ DatasetVersion: 1, TrainingRun: 1, ModelVersion: 1, Release: 2 });

    const before = await h.gql(LINEAGE, { id: g.tuned, direction: 'UPSTREAM', asOf: g.beforeTraining });
    expect(before.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

const PROVENANCE = graphql(`
  query LinProvProvenance($id: ID!, $asOf: DateTime) {
    provenance(outputId: $id, asOf: $asOf) {
      asOf
      output {
        id
      }
      invocation {
        id
      }
      release {
        id
      }
      servedBy {
        alias
        system
        environment
        since
        until
      }
      servedByEnvironment
      ...ModelBillFields
      modelLineage {
        modelKind
      }
      prompts {
        id
      }
      retrievalConfig {
        id
      }
      approvals {
        id
        subjectId
        approver
      }
      evaluations {
        id
        passed
      }
    }
  }
`);

describe('provenance', () => {
  it('gives the full bill of materials of an output served by production', async () => {
    const p = (await h.ok(PROVENANCE, { id: g.r1Outputs[0] })).provenance;
    expect(p.output.id).toBe(g.r1Outputs[0]);
    expect(p.invocation.id).toBe(g.r1Invocations[0]);
    expect(p.release.id).toBe(g.r1);
    expect(p.servedBy).toEqual([
      { alias: `alias:${g.systemKey}/production`, system: g.system, environment: 'production', since: expect.any(String), until: null },
    ]);
    expect(Date.parse(p.servedBy[0].since)).toBeLessThan(Date.parse(g.outputsAt));
    expect(p.servedByEnvironment).toBe(true);
    expect(p.model.id).toBe(g.tuned);
    expect(p.modelLineage).toEqual([
      { id: g.tuned, modelKind: 'FINE_TUNED' },
      { id: g.base, modelKind: 'BASE' },
    ]);
    expect(p.trainingRuns).toEqual([{ run: { id: g.run }, datasets: [{ id: g.dv }], baseModels: [{ id: g.base }] }]);
    expect(p.prompts).toEqual([{ id: g.p1 }]);
    expect(p.retrievalConfig).toEqual({ id: g.rv });
    expect(p.evaluations).toEqual([{ id: g.evaluation, passed: true }]);
  });

  it('includes only approvals in force when the output was made', async () => {
    const p = (await h.ok(PROVENANCE, { id: g.r1Outputs[0] })).provenance;
    const approvals = p.approvals.map((a: any) => a.id).sort();
    // Not the retracted approval of the prompt, not the approval recorded after the output.
    expect(approvals).toEqual([g.approvalR1, g.approvalTuned].sort());
    expect(p.approvals.every((a: any) => a.approver === f.approver.id)).toBe(true);

    // An output made after the late approval sees it.
    const q = (await h.ok(PROVENANCE, { id: g.lateOutput })).provenance;
    expect(q.approvals.map((a: any) => a.id).sort()).toEqual([g.approvalR1, g.approvalTuned, g.lateApproval].sort());
  });

  it('says when a release was not behind any alias', async () => {
    const p = (await h.ok(PROVENANCE, { id: g.r2Outputs[0] })).provenance;
    expect(p.release.id).toBe(g.r2);
    expect(p.servedBy).toEqual([]);
    expect(p.servedByEnvironment).toBe(false);
    expect(p.retrievalConfig).toBeNull();
    expect(p.prompts).toEqual([{ id: g.p2 }]);
    expect(p.approvals).toEqual([{ id: g.approvalTuned, subjectId: g.tuned, approver: f.approver.id }]);
    expect(p.evaluations).toEqual([]);
  });

  it('refuses an output that did not exist at asOf', async () => {
    const r = await h.gql(PROVENANCE, { id: g.r1Outputs[0], asOf: g.afterReleases });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

const IMPACT = graphql(`
  query LinProvImpact($id: ID!) {
    impact(id: $id) {
      root
      total
      decisions
      truncated
      groups {
        type
        count
        sample {
          id
          type
        }
      }
    }
  }
`);

describe('impact', () => {
  it('counts everything downstream of a dataset version by type', async () => {
    const i = (await h.ok(IMPACT, { id: g.dv })).impact;
    const counts = Object.fromEntries(i.groups.map((x: any) => [x.type, x.count]));
    expect(counts).toEqual({ TrainingRun: 1, ModelVersion: 1, Release: 2, EvaluationRun: 1, Invocation: 6, Output: 10 });
    expect(i.total).toBe(21);
    expect(i.decisions).toBe(4);
    expect(i.truncated).toBe(false);
    expect(i.root).toBe(g.dv);
    const releases = i.groups.find((x: any) => x.type === 'Release');
    expect(releases?.sample.map((s: any) => s.id).sort()).toEqual([g.r1, g.r2].sort());
  });

  it('counts what one release produced', async () => {
    const i = (await h.ok(IMPACT, { id: g.r2 })).impact;
    expect(Object.fromEntries(i.groups.map((x: any) => [x.type, x.count]))).toEqual({ Invocation: 2, Output: 4 });
    expect(i.decisions).toBe(2);
  });

  it('has nothing downstream of an output', async () => {
    const i = (await h.ok(IMPACT, { id: g.r2Outputs[0] })).impact;
    expect(i).toMatchObject({ total: 0, decisions: 0, groups: [] });
  });
});

// Last in the file: it adds a release and outputs downstream of the shared dataset version.
describe('times in lineage answers', () => {
  it('are the same ISO-8601 millisecond UTC strings the node itself answers with, whole seconds and retractions included', async () => {
    const release = await f.release(g.system, { model: g.tuned, prompts: [g.p2] });
    // A whole second (at most one second ahead: inside the clock-skew allowance), the form a
    // precision-dropping formatter would shorten.
    const whole = new Date(Math.ceil(Date.now() / 1000) * 1000).toISOString();
    const [kept, retracted] = (await f.invoke(release, 'times', 2, { at: whole })).outputIds;
    await h.ok(RETRACT_DOC, { input: { id: retracted, reason: 'checking retraction times' } });
    const L = graphql(`
      query LinProvLineage2($id: ID!) {
        lineage(id: $id, direction: BOTH, depth: 6, maxNodes: 2000) {
          nodes {
            id
            type
            label
            createdAt
            retractedAt
            node {
              ... on Recorded {
                createdAt
              }
              ... on Output {
                retractedAt
              }
              ... on TrainingRun {
                startedAt
              }
            }
          }
        }
      }
    `);
    const nodes = (await h.ok(L, { id: release })).lineage.nodes as Array<{
      id: string;
      type: string;
      label: string;
      createdAt: string;
      retractedAt: string | null;
      node: { createdAt: string; retractedAt?: string | null; startedAt?: string };
    }>;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get(kept)).toMatchObject({ createdAt: whole, retractedAt: null });
    expect(byId.get(retracted)!.retractedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(byId.get(retracted)!.retractedAt).toBe(byId.get(retracted)!.node.retractedAt);
    const run = nodes.find((n) => n.type === 'TrainingRun')!;
    expect(run.label).toBe(`training run at ${run.node.startedAt!.slice(0, 16).replace('T', ' ')} UTC`);
    expect(nodes.length).toBeGreaterThan(8);
    for (const n of nodes) expect(n.createdAt).toBe(n.node.createdAt);
  });
});

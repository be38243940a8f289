import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness, testClock } from '../helpers/harness.js';
import {
  audited,
  codeOf,
  expectRefused,
  graphCounts,
  instant,
  RECORD_EVALUATION_DOC,
  RECORD_INVOCATIONS_DOC,
  RECORD_TRAINING_DOC,
  sha,
  unchanged,
  walk,
  type SystemFixture,
} from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';
import type { InvocationInput, RecordEvaluationInput } from '../graphql/graphql.js';

const { h, f } = useHarness();

const OUTPUTS_PAGE = graphql(`
  query OutputsPage($first: Int, $after: String, $r: ID, $k: OutputKind) {
    outputs(first: $first, after: $after, release: $r, outputKind: $k) {
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
`);
let sys: SystemFixture;

beforeAll(async () => {
  sys = await f.system('runs', 2);
});

// A client time may not precede what it refers to (created moments ago in this file).
const justNow = () => testClock.now().toISOString();

describe('training runs', () => {
  it('records what a run used; a resent key returns the first run', async () => {
    const ds = await f.artifact('dataset', 'train');
    const dv1 = await f.datasetVersion(ds, 1);
    const dv2 = await f.datasetVersion(ds, 2);
    const startedAt = testClock.now().toISOString();
    const endedAt = new Date(Date.parse(startedAt) + 60_000).toISOString();
    const input = {
      key: f.key('train-1'),
      datasets: [dv1, dv2],
      baseModel: sys.baseModel,
      startedAt,
      endedAt,
      parameters: '{"epochs":3}',
      notes: 'first',
    };
    const first = (await audited(h, RECORD_TRAINING_DOC, { input })).recordTrainingRun;
    expect(first).toEqual({
      created: true,
      trainingRun: { id: `training:${input.key}`, status: 'SUCCEEDED', startedAt, endedAt, parameters: '{"epochs":3}' },
    });
    const used = await h.ok(
      graphql(`
        query RunsInvocationsLineage($id: ID!) {
          lineage(id: $id, direction: UPSTREAM, depth: 1) {
            edges {
              from
              to
              type
              role
            }
          }
        }
      `),
      {
        id: first.trainingRun.id,
      },
    );
    expect(used.lineage.edges).toEqual(
      expect.arrayContaining([
        { from: first.trainingRun.id, to: dv1, type: 'USED', role: 'training-data' },
        { from: first.trainingRun.id, to: dv2, type: 'USED', role: 'training-data' },
        { from: first.trainingRun.id, to: sys.baseModel, type: 'USED', role: 'base-model' },
      ]),
    );

    const again = (await unchanged(h, RECORD_TRAINING_DOC, { input: { ...input, notes: 'resent' } })).recordTrainingRun;
    expect(again.created).toBe(false);
    expect(again.trainingRun.id).toBe(first.trainingRun.id);
  });

  it('walks trainingRuns within a window', async () => {
    const ds = await f.artifact('dataset', 'train-list');
    const dv = await f.datasetVersion(ds, 1);
    const from = await instant();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await h.ok(RECORD_TRAINING_DOC, { input: { datasets: [dv], startedAt: justNow(), status: i === 0 ? 'FAILED' : 'SUCCEEDED' } }))
          .recordTrainingRun.trainingRun.id,
      );
    }
    expect(new Set(ids).size).toBe(5);
    const w = await walk(
      h,
      graphql(`
        query TrainingRunsPage($first: Int, $after: String, $w: TimeWindow) {
          trainingRuns(first: $first, after: $after, window: $w) {
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
      {
        connection: (d) => d.trainingRuns,
        vars: { w: { createdAfter: from } },
        first: 2,
      },
    );
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(w.lastHasNextPage).toBe(false);
  });
});

describe('evaluations', () => {
  const evaluate = (input: Omit<RecordEvaluationInput, 'subject' | 'startedAt'> & Partial<RecordEvaluationInput>) =>
    audited(h, RECORD_EVALUATION_DOC, { input: { subject: sys.releases[0], startedAt: justNow(), ...input } });

  it('computes passed from the primary metric and the threshold', async () => {
    const pass = (
      await evaluate({
        metrics: [
          { name: 'accuracy', value: 0.91 },
          { name: 'latency', value: 300 },
        ],
        threshold: 0.9,
      })
    ).recordEvaluation.evaluationRun;
    expect(pass).toMatchObject({ subjectId: sys.releases[0], primaryMetric: 'accuracy', score: 0.91, threshold: 0.9, passed: true });
    expect(pass.metrics).toEqual([
      { name: 'accuracy', value: 0.91 },
      { name: 'latency', value: 300 },
    ]);

    const exactly = (await evaluate({ metrics: [{ name: 'accuracy', value: 0.9 }], threshold: 0.9 })).recordEvaluation.evaluationRun;
    expect(exactly.passed).toBe(true);

    const fail = (
      await evaluate({
        metrics: [
          { name: 'accuracy', value: 0.95 },
          { name: 'faithfulness', value: 0.6 },
        ],
        primaryMetric: 'faithfulness',
        threshold: 0.7,
      })
    ).recordEvaluation.evaluationRun;
    expect(fail).toMatchObject({ primaryMetric: 'faithfulness', score: 0.6, passed: false });

    const none = (await evaluate({ metrics: [{ name: 'accuracy', value: 0.1 }] })).recordEvaluation.evaluationRun;
    expect(none).toMatchObject({ threshold: null, passed: null, score: 0.1 });
  });

  it('evaluates versions too, links the evaluation dataset, and a resent key returns the first', async () => {
    const ds = await f.artifact('dataset', 'eval-set');
    const dv = await f.datasetVersion(ds, 1);
    const input = {
      key: f.key('eval-1'),
      subject: sys.prompts[0],
      dataset: dv,
      metrics: [{ name: 'bleu', value: 0.4 }],
      threshold: 0.5,
      startedAt: justNow(),
    };
    const first = (await audited(h, RECORD_EVALUATION_DOC, { input })).recordEvaluation;
    expect(first).toMatchObject({
      created: true,
      evaluationRun: { id: `evaluation:${input.key}`, subjectId: sys.prompts[0], passed: false },
    });
    const up = await h.ok(
      graphql(`
        query RunsInvocationsLineage2($id: ID!) {
          lineage(id: $id, direction: UPSTREAM, depth: 1) {
            edges {
              to
              role
            }
          }
        }
      `),
      {
        id: first.evaluationRun.id,
      },
    );
    expect(up.lineage.edges).toEqual(
      expect.arrayContaining([
        { to: sys.prompts[0], role: 'subject' },
        { to: dv, role: 'evaluation-data' },
      ]),
    );
    const again = (await unchanged(h, RECORD_EVALUATION_DOC, { input })).recordEvaluation;
    expect(again).toMatchObject({ created: false, evaluationRun: { id: first.evaluationRun.id } });
  });

  it('lists the metric history of one subject, newest first', async () => {
    const subject = sys.releases[1];
    const ids: string[] = [];
    for (const value of [0.5, 0.6, 0.7, 0.8]) {
      ids.push(
        (await h.ok(RECORD_EVALUATION_DOC, { input: { subject, metrics: [{ name: 'accuracy', value }], startedAt: justNow() } }))
          .recordEvaluation.evaluationRun.id,
      );
    }
    const w = await walk(
      h,
      graphql(`
        query EvaluationRunsPage($first: Int, $after: String, $s: ID) {
          evaluationRuns(first: $first, after: $after, subject: $s) {
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
      {
        connection: (d) => d.evaluationRuns,
        vars: { s: subject },
        first: 3,
      },
    );
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.lastHasNextPage).toBe(false);
  });
});

describe('invocations', () => {
  const batch = (tag: string, count: number, at: string) =>
    Array.from({ length: count }, (_, i): InvocationInput => ({
      key: f.key(`${tag}-${i}`),
      release: sys.releases[0],
      // Ten invocations share each instant, so keyset pagination has ties to break.
      startedAt: new Date(Date.parse(at) + Math.floor(i / 10) * 1000).toISOString(),
      latencyMs: i,
      costUsd: 0.002,
      inputDigest: sha(`${tag}-${i}`),
      retrievedDocuments: i % 2 ? ['doc:a', 'doc:b'] : [],
      outputs:
        i % 5 === 0
          ? [
              { outputKind: 'TEXT', summary: `answer ${i}` },
              { outputKind: 'DECISION', decision: 'flag', confidence: 0.8, key: f.key(`${tag}-${i}-decision`) },
            ]
          : [{ summary: `answer ${i}`, contentDigest: sha(i) }],
    }));

  let ids: { invocationIds: string[]; outputIds: string[] };
  let at = '';

  it('records a batch of 500 with their outputs in one call', async () => {
    const before = await graphCounts(h);
    at = testClock.now().toISOString(); // after the releases the batch uses were created
    const result = (await audited(h, RECORD_INVOCATIONS_DOC, { invocations: batch('big', 500, at) })).recordInvocations;
    expect(result.createdInvocations).toBe(500);
    expect(result.createdOutputs).toBe(600);
    expect(result.invocationIds).toHaveLength(500);
    expect(result.outputIds).toHaveLength(600);
    expect(result.invocationIds[0]).toBe(`invocation:${f.key('big-0')}`);
    expect(result.outputIds.slice(0, 3)).toEqual([
      `output:${f.key('big-0')}.1`,
      `output:${f.key('big-0-decision')}`,
      `output:${f.key('big-1')}.1`,
    ]);
    ids = result;
    const after = await graphCounts(h);
    // 1100 nodes; per invocation a USED link, per output a WAS_GENERATED_BY link.
    expect(after.nodes - before.nodes).toBe(1100);
    expect(after.relationships - before.relationships).toBe(1100);
  });

  it('stores what was sent and links outputs to their invocation and release', async () => {
    const data = await h.ok(
      graphql(`
        query RunsInvocationsNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            ... on Invocation {
              id
              startedAt
              latencyMs
              costUsd
              inputDigest
              retrievedDocuments
              release {
                id
              }
            }
            ... on Output {
              id
              outputKind
              decision
              confidence
              summary
              invocation {
                id
              }
              release {
                id
              }
            }
          }
        }
      `),
      { ids: [ids.invocationIds[1], ids.outputIds[1]] },
    );
    expect(data.nodes).toEqual([
      {
        id: ids.invocationIds[1],
        startedAt: at,
        latencyMs: 1,
        costUsd: 0.002,
        inputDigest: sha('big-1'),
        retrievedDocuments: ['doc:a', 'doc:b'],
        release: { id: sys.releases[0] },
      },
      {
        id: ids.outputIds[1],
        outputKind: 'DECISION',
        decision: 'flag',
        confidence: 0.8,
        summary: null,
        invocation: { id: ids.invocationIds[0] },
        release: { id: sys.releases[0] },
      },
    ]);
  });

  it('a resent batch creates nothing', async () => {
    const again = (await unchanged(h, RECORD_INVOCATIONS_DOC, { invocations: batch('big', 500, at) })).recordInvocations;
    expect(again).toMatchObject({ createdInvocations: 0, createdOutputs: 0 });
    expect(again.invocationIds).toEqual(ids.invocationIds);
  });

  it('a resend with different content is a CONFLICT naming the key, and writes nothing of its batch', async () => {
    const sent = batch('big', 6, at);
    const changes: Array<[string, (b: typeof sent) => void]> = [
      ['an output summary', (b) => (b[4].outputs[0].summary = 'a different answer')],
      ['one more output', (b) => (b[2].outputs as Array<Record<string, unknown>>).push({ summary: 'extra' })],
      ['a later startedAt', (b) => (b[3].startedAt = new Date(Date.parse(at) + 1000).toISOString())],
      ['the latency', (b) => (b[1].latencyMs = 99)],
    ];
    for (const [what, change] of changes) {
      const resend = structuredClone(sent);
      change(resend);
      // A new invocation in the same batch is not written either.
      resend.push(...batch('after-conflict', 1, at));
      const r = await expectRefused(h, 'CONFLICT', RECORD_INVOCATIONS_DOC, { invocations: resend });
      const changed = resend.findIndex((inv, i) => JSON.stringify(inv) !== JSON.stringify(sent[i]));
      expect(r.errors?.[0].message, what).toContain(`"${sent[changed].key}" was already recorded with different content`);
      expect(r.data).toBeNull();
    }
    const after = await h.gql(
      graphql(`
        query RunsInvocationsNode($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `),
      { id: `invocation:${f.key('after-conflict-0')}` },
    );
    expect(codeOf(after)).toBe('NOT_FOUND');
  });

  it('a batch that overlaps an earlier one creates only the new invocations', async () => {
    const overlap = [...batch('big', 3, at), ...batch('more', 2, at)];
    const r = (await h.ok(RECORD_INVOCATIONS_DOC, { invocations: overlap })).recordInvocations;
    expect(r).toMatchObject({ createdInvocations: 2 });
    expect(r.createdOutputs).toBe(3); // more-0 has a decision as well
  });

  it('walks all 500 invocations of the release in pages of 100, with no duplicates and no gaps', async () => {
    const w = await walk(
      h,
      graphql(`
        query InvocationsPage($first: Int, $after: String, $r: ID) {
          invocations(first: $first, after: $after, release: $r) {
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
      {
        connection: (d) => d.invocations,
        vars: { r: sys.releases[0] },
        first: 100,
      },
    );
    expect(w.pages.map((p) => p.length)).toEqual([100, 100, 100, 100, 100, 2]);
    expect(new Set(w.ids).size).toBe(502);
    expect(new Set(w.ids)).toEqual(new Set([...ids.invocationIds, `invocation:${f.key('more-0')}`, `invocation:${f.key('more-1')}`]));
    expect(w.lastHasNextPage).toBe(false);
  });

  it('filters outputs by release and kind', async () => {
    const decisions = await walk(h, OUTPUTS_PAGE, { connection: (d) => d.outputs, vars: { r: sys.releases[0], k: 'DECISION' }, first: 40 });
    expect(decisions.ids).toHaveLength(101);
    expect(decisions.pages.map((p) => p.length)).toEqual([40, 40, 21]);
    expect(decisions.ids.every((id) => id.endsWith('-decision'))).toBe(true);
    const text = await walk(h, OUTPUTS_PAGE, { connection: (d) => d.outputs, vars: { r: sys.releases[0], k: 'TEXT' }, first: 100 });
    expect(text.ids).toHaveLength(502);
    expect(new Set([...text.ids, ...decisions.ids]).size).toBe(603);
    const other = await h.ok(
      graphql(`
        query RunsInvocationsOutputs($r: ID) {
          outputs(release: $r) {
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
      `),
      {
        r: sys.releases[1],
      },
    );
    expect(other.outputs).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it('gives each output its own default key when the client names none', async () => {
    const r = (
      await h.ok(RECORD_INVOCATIONS_DOC, {
        invocations: [
          { release: sys.releases[1], startedAt: testClock.now().toISOString(), outputs: [{ summary: 'a' }, { summary: 'b' }] },
        ],
      })
    ).recordInvocations;
    expect(r.createdInvocations).toBe(1);
    const invocationKey = r.invocationIds[0].slice('invocation:'.length);
    expect(r.outputIds).toEqual([`output:${invocationKey}.1`, `output:${invocationKey}.2`]);
  });

  it('concurrent resends of one new batch create it once; the others get the same ids and create nothing', async () => {
    // After the counting tests above, so its invocations do not change their totals.
    const sent = batch('racing', 50, at);
    const before = await graphCounts(h);
    const answers = await Promise.all(Array.from({ length: 4 }, () => h.gql(RECORD_INVOCATIONS_DOC, { invocations: sent })));
    for (const r of answers) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const results = answers.map((r) => r.data!.recordInvocations);
    expect(results.map((r) => r.createdInvocations).sort((a, b) => a - b)).toEqual([0, 0, 0, 50]);
    for (const r of results) expect(r.invocationIds).toEqual(results[0].invocationIds);
    const after = await graphCounts(h);
    expect(after.nodes - before.nodes).toBe(110); // 50 invocations, 60 outputs
  });

  it('a batch written in several statements, whose last statement meets recorded invocations, creates and counts only the new ones', async () => {
    // 600 rows go out as several statements; only the last ones hold the 300 already recorded.
    const impact = async () =>
      (
        await h.ok(
          graphql(`
            query RunsInvocationsImpact($id: ID!) {
              impact(id: $id) {
                total
                decisions
              }
            }
          `),
          { id: sys.releases[0] },
        )
      ).impact as {
        total: number;
        decisions: number;
      };
    const before = { graph: await graphCounts(h), impact: await impact() };
    const r = (await h.ok(RECORD_INVOCATIONS_DOC, { invocations: [...batch('sliced', 300, at), ...batch('big', 300, at)] }))
      .recordInvocations;
    expect(r).toMatchObject({ createdInvocations: 300, createdOutputs: 360 });
    expect(r.invocationIds.slice(300)).toEqual(ids.invocationIds.slice(0, 300));
    const after = { graph: await graphCounts(h), impact: await impact() };
    expect(after.graph.nodes - before.graph.nodes).toBe(660);
    expect(after.graph.relationships - before.graph.relationships).toBe(660);
    expect(after.impact.total - before.impact.total).toBe(660);
    expect(after.impact.decisions - before.impact.decisions).toBe(60);
  });
});

describe('client-supplied times', () => {
  const createdAt = async (id: string): Promise<number> =>
    Date.parse(
      (
        await h.ok(
          graphql(`
            query RunsInvocationsNode2($id: ID!) {
              node(id: $id) {
                ... on Recorded {
                  createdAt
                }
              }
            }
          `),
          { id },
        )
      ).node.createdAt,
    );
  const iso = (ms: number) => new Date(ms).toISOString();
  const invocation = (release: string, startedAt: string, tag: string) => ({
    key: f.key(`times-${tag}`),
    release,
    startedAt,
    outputs: [{ summary: tag }],
  });

  it('an invocation may not start before the release it used was recorded (VALIDATION naming the row), nor far in the future', async () => {
    const release = sys.releases[1];
    const born = await createdAt(release);
    for (const [tag, at] of [
      ['2001', '2001-01-01T00:00:00Z'],
      ['1ms', iso(born - 1)],
    ] as const) {
      const r = await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, {
        invocations: [invocation(release, justNow(), `ok-${tag}`), invocation(release, at, tag)],
      });
      expect(r.errors![0].extensions?.field).toBe('invocations.1.startedAt');
      expect(r.errors![0].message).toContain(release);
    }
    const future = await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, {
      invocations: [invocation(release, iso(Date.now() + 10 * 60_000), 'future')],
    });
    expect(future.errors![0].extensions?.field).toBe('invocations.0.startedAt');
    // At the very instant the release was recorded, and a little ahead of our clock (skew), is fine.
    const ok = (
      await audited(h, RECORD_INVOCATIONS_DOC, {
        invocations: [invocation(release, iso(born), 'at-birth'), invocation(release, iso(Date.now() + 60_000), 'skew')],
      })
    ).recordInvocations;
    expect(ok.createdInvocations).toBe(2);
  });

  it('a training run may not start before its datasets or base model were recorded', async () => {
    const ds = await f.artifact('dataset', 'times');
    const older = await f.datasetVersion(ds, 'older');
    const newer = await f.datasetVersion(ds, 'newer');
    const before = iso((await createdAt(newer)) - 1);
    const r = await expectRefused(h, 'VALIDATION', RECORD_TRAINING_DOC, {
      input: { datasets: [older, newer], baseModel: sys.baseModel, startedAt: before },
    });
    expect(r.errors![0].extensions).toMatchObject({ field: 'startedAt', id: newer });
    const model = await f.artifact('model', 'times-base');
    const base = await f.modelVersion(model);
    const r2 = await expectRefused(h, 'VALIDATION', RECORD_TRAINING_DOC, {
      input: { datasets: [older], baseModel: base, startedAt: iso((await createdAt(base)) - 1) },
    });
    expect(r2.errors![0].extensions).toMatchObject({ field: 'startedAt', id: base });
    await audited(h, RECORD_TRAINING_DOC, { input: { datasets: [older, newer], baseModel: base, startedAt: justNow() } });
  });

  it('an evaluation may not start before its subject or its dataset were recorded', async () => {
    const ds = await f.artifact('dataset', 'times-eval');
    const dv = await f.datasetVersion(ds, 1);
    const metrics = [{ name: 'accuracy', value: 0.9 }];
    const r = await expectRefused(h, 'VALIDATION', RECORD_EVALUATION_DOC, {
      input: { subject: sys.releases[0], metrics, startedAt: '2001-01-01T00:00:00Z' },
    });
    expect(r.errors![0].extensions).toMatchObject({ field: 'startedAt', id: sys.releases[0] });
    const r2 = await expectRefused(h, 'VALIDATION', RECORD_EVALUATION_DOC, {
      input: { subject: sys.releases[0], dataset: dv, metrics, startedAt: iso((await createdAt(dv)) - 1) },
    });
    expect(r2.errors![0].extensions).toMatchObject({ field: 'startedAt', id: dv });
    await audited(h, RECORD_EVALUATION_DOC, { input: { subject: sys.releases[0], dataset: dv, metrics, startedAt: justNow() } });
  });
});

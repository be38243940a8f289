import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { llmClientOf } from '../../src/llm/client.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeStep, type RecordedRequest } from '../helpers/fake-openai.js';
import { RECORD_TRAINING_DOC } from '../helpers/fixtures.js';
import { testClock, useHarness } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';
import type { StrategyProfileInput } from '../graphql/graphql.js';

/**
 * The clearance rule for derived answers (src/domain/permissions/derived-answers.ts), as a
 * differential: two worlds built alike that differ ONLY in the facts of one RESTRICTED dataset
 * version (50 rows at label quality 0.5, or 50,000 rows at 0.95). A PUBLIC-cleared viewer must get the
 * same answers from both (modulo ids, times and data-block markers) from recommendStrategy,
 * whatIfStrategy, stored recommendations, ask (and what its model is sent) and lineage, while an ADMIN,
 * cleared for the dataset, gets different ones. A model is configured (a local fake), so the
 * narrator's and ask's requests are part of what is compared: a model must not be told either.
 */
const { h, f } = useHarness();
let fake: FakeOpenAI;

const READER: Principal = { id: 'person:two-readers-public', roles: ['VIEWER'], clearance: 'PUBLIC', via: 'jwt' };
const APPROVER: Principal = { id: 'person:two-readers-approver', roles: ['APPROVER'], clearance: 'RESTRICTED', via: 'jwt' };

const PROFILE: StrategyProfileInput = {
  dataAvailability: 'MODERATE',
  labelQuality: 'MEDIUM',
  domainStability: 'STABLE',
  knowledgeFreshness: 'STATIC',
  traceabilityNeed: 'MEDIUM',
  rollbackNeed: 'MEDIUM',
  valueRoi: 'HIGH',
};
const RECOMMEND = graphql(`
  query TwoReadersRecommend($useCase: ID!) {
    recommendStrategy(useCase: $useCase) {
      ...StrategyResultFields
    }
  }
`);
const WHAT_IF = graphql(`
  query TwoReadersWhatIf($profile: StrategyProfileInput!, $useCase: ID) {
    whatIfStrategy(profile: $profile, useCase: $useCase) {
      ...StrategyResultFields
    }
  }
`);
const RECORD = graphql(`
  mutation TwoReadersRecordRecommendation($input: RecordRecommendationInput!) {
    recordRecommendation(input: $input) {
      recommendation {
        id
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation TwoReadersRecordStrategyDecision($input: RecordStrategyDecisionInput!) {
    recordStrategyDecision(input: $input) {
      id
    }
  }
`);
const STORED = graphql(`
  query TwoReadersStored($useCase: ID!) {
    recommendations(useCase: $useCase, first: 5) {
      edges {
        node {
          id
          redacted
          ... on Recommendation {
            strategy
            confidence
            reviewRequired
            reasonerVersion
            result {
              ...StrategyResultFields
            }
            decisions(first: 5) {
              edges {
                node {
                  id
                  redacted
                  ... on StrategyDecision {
                    strategy
                    recommended
                    followed
                  }
                }
              }
            }
          }
        }
      }
    }
    strategyDecisions(useCase: $useCase, first: 5) {
      edges {
        node {
          id
          redacted
          ... on StrategyDecision {
            strategy
            recommended
            followed
          }
        }
      }
    }
  }
`);
const LINEAGE = graphql(`
  query TwoReadersLineage($id: ID!) {
    lineage(id: $id, direction: UPSTREAM, depth: 4) {
      truncated
      nodes {
        id
        type
        redacted
        node {
          ... on DatasetVersion {
            rowCount
            labelQuality
            classification
          }
          ... on Recommendation {
            strategy
          }
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
const ASK = graphql(`
  query TwoReadersAsk($q: String!) {
    ask(question: $q) {
      source
      text
      citedNodeIds
      claims {
        text
        nodeIds
      }
      operations {
        name
        ok
      }
    }
  }
`);

interface World {
  useCase: string;
  secret: string;
  /** The adapter model version trained on it. */
  adapter: string;
  recommendation: string;
}
const worlds: Record<'small' | 'large', World> = {} as never;

const TAGS = ['small', 'large'] as const;

/** Text with each world's key prefix made the same. */
const untagged = (text: string) => TAGS.reduce((t, tag) => t.replaceAll(f.key(`${tag}-`), f.key('world-')), text);

/** Objects with their keys sorted: the executor may add sibling root fields in the order they resolved. */
const keysSorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(keysSorted)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, keysSorted(v)]),
        )
      : value;

/**
 * Answers as one comparable text: keys sorted, the worlds' key prefixes made the same, other ids
 * (generated keys) by order of first appearance, times, data-block markers and the fake's call ids
 * replaced.
 */
function normalized(value: unknown): string {
  const ids = new Map<string, string>();
  return untagged(JSON.stringify(keysSorted(value)))
    .replace(/<<<(END )?DATA [0-9a-f]+>>>/g, '<<<$1DATA m>>>')
    .replace(/"call_\d+_\d+"/g, '"call"')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/\b[a-z]+:[A-Za-z0-9][\w.@:-]*/g, (id) => {
      if (!ids.has(id)) ids.set(id, `#${ids.size}`);
      return ids.get(id)!;
    });
}

/** The narrator's answer: one verified claim that cites the subject and states no figure. */
const NARRATION = { json: { claims: [{ text: 'The ranking follows the declared profile and the graph.', cites: ['E1'] }] } };

/** What the model was sent, minus the model name: the comparable part of a request. */
const sent = (requests: RecordedRequest[]) => requests.map((r) => r.body.messages);

async function world(tag: string, secretFacts: { rowCount: number; labelQuality: number }): Promise<Omit<World, 'recommendation'>> {
  const name = (n: string) => `${tag}-${n}`;
  const sysId = await f.registerSystem(name('sys'));
  const useCase = (
    await h.ok(
      graphql(`
        mutation TwoReadersRegisterUseCase($input: RegisterUseCaseInput!) {
          registerUseCase(input: $input) {
            useCase {
              id
            }
          }
        }
      `),
      {
        input: { key: f.key(name('uc')), name: 'Two readers use case', systems: [sysId], ...PROFILE },
      },
    )
  ).registerUseCase.useCase.id;
  const src = await f.system(name('src'), 1);
  // A RAG release that passed, then an adapter trained on a PUBLIC and a RESTRICTED dataset version, that failed.
  const rag = await f.release(sysId, { model: src.baseModel, prompts: src.prompts, retrievalConfig: src.retrieval });
  await f.evaluate(rag, 0.9, 0.8);
  const visible = await f.datasetVersion(await f.artifact('dataset', name('public-train')), 1, {
    rowCount: 500,
    labelQuality: 0.85,
    classification: 'PUBLIC',
  });
  const secret = await f.datasetVersion(await f.artifact('dataset', name('secret-train')), 1, {
    ...secretFacts,
    classification: 'RESTRICTED',
  });
  const run = (
    await h.ok(RECORD_TRAINING_DOC, {
      input: { key: f.key(name('train')), datasets: [visible, secret], baseModel: src.baseModel, startedAt: testClock.now().toISOString() },
    })
  ).recordTrainingRun.trainingRun.id;
  const adapter = await f.modelVersion(src.model, { modelKind: 'ADAPTER', baseVersion: src.baseModel, trainingRun: run });
  const adapterRelease = await f.release(sysId, { model: adapter, prompts: src.prompts });
  await f.evaluate(adapterRelease, 0.6, 0.8);
  return { useCase, secret, adapter };
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  // The harness started without a model: from here on it serves with the fake, configured as the server would be.
  h.services.llm = llmClientOf(
    loadConfig({ PROVENANT_LLM_MODEL: 'fake-two-readers', OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'test-key' }).llm,
  );
  const small = await world('small', { rowCount: 50, labelQuality: 0.5 });
  const large = await world('large', { rowCount: 50_000, labelQuality: 0.95 });
  // An ADMIN stores a recommendation in each world, then a cleared approver follows each (in this
  // order, so neither world's decision is evidence for the other's recommendation).
  const recommendation = async (w: typeof small, tag: string) => {
    fake.script(NARRATION);
    return (await h.ok(RECORD, { input: { key: f.key(`${tag}-rec`), useCase: w.useCase } })).recordRecommendation.recommendation.id;
  };
  worlds.small = { ...small, recommendation: await recommendation(small, 'small') };
  worlds.large = { ...large, recommendation: await recommendation(large, 'large') };
  for (const w of [worlds.small, worlds.large]) {
    await f.as(APPROVER, () =>
      h.ok(DECIDE, { input: { recommendation: w.recommendation, strategy: 'ADAPTER', justification: 'The adapter stack is in place.' } }),
    );
  }
}, 120_000);

afterAll(async () => {
  h.services.llm = null;
  await fake.close();
});

beforeEach(() => {
  fake.requests.length = 0;
  expect(fake.pending()).toBe(0);
});

/**
 * Runs `read` in both worlds as `who` (null: the ADMIN the harness acts as), with the model's
 * `replies` scripted for each, and keeps each answer with what the model was sent for it.
 */
async function inBoth<T>(who: Principal | null, read: (w: World) => Promise<T>, replies: (w: World) => FakeStep[] = () => [NARRATION]) {
  const out: Array<{ answer: T; sent: unknown }> = [];
  for (const w of [worlds.small, worlds.large]) {
    fake.requests.length = 0;
    fake.script(...replies(w));
    const answer = who ? await f.as(who, () => read(w)) : await read(w);
    out.push({ answer, sent: sent(fake.requests) });
    expect(fake.pending()).toBe(0);
  }
  return out;
}

describe('a PUBLIC reader cannot tell the worlds apart; an ADMIN can', () => {
  it('recommendStrategy: ranking, levels, points, reasons, counterfactuals, narrative and what the narrator was told', async () => {
    const [small, large] = await inBoth(READER, async (w) => (await h.ok(RECOMMEND, { useCase: w.useCase })).recommendStrategy);
    expect(normalized(small)).toBe(normalized(large));
    expect(small.answer).toMatchObject({ evidenceWithheld: true, classification: 'PUBLIC', reviewRequired: true });
    expect(small.answer.narrative.source).toBe('LLM');
    expect(JSON.stringify(small)).not.toContain(worlds.small.secret);
    // The reader's answer still uses what they may see: the PUBLIC training data, small.
    const observed = small.answer.ranking.flatMap((s: any) => s.contributions).find((c: any) => c.factor === 'observedTrainingData');
    expect(observed).toMatchObject({ level: 'SMALL_OR_NOISY' });

    const [adminSmall, adminLarge] = await inBoth(null, async (w) => (await h.ok(RECOMMEND, { useCase: w.useCase })).recommendStrategy);
    expect(normalized(adminSmall)).not.toBe(normalized(adminLarge));
    const level = (r: any) => r.ranking.flatMap((s: any) => s.contributions).find((c: any) => c.factor === 'observedTrainingData')?.level;
    expect([level(adminSmall.answer), level(adminLarge.answer)]).toEqual(['SMALL_OR_NOISY', 'LARGE_CLEAN']);
    expect(adminLarge.answer).toMatchObject({ evidenceWithheld: false, classification: 'RESTRICTED' });
  });

  it('whatIfStrategy with the use case', async () => {
    const profile: StrategyProfileInput = { ...PROFILE, valueRoi: 'MEDIUM', labelledExamples: 2_000 };
    const read = async (w: World) => (await h.ok(WHAT_IF, { profile, useCase: w.useCase })).whatIfStrategy;
    const [small, large] = await inBoth(READER, read);
    expect(normalized(small)).toBe(normalized(large));
    expect(small.answer.evidenceWithheld).toBe(true);
    const [adminSmall, adminLarge] = await inBoth(null, read);
    expect(normalized(adminSmall)).not.toBe(normalized(adminLarge));
  });

  it('stored recommendations and the decisions on them', async () => {
    const read = async (w: World) => h.ok(STORED, { useCase: w.useCase });
    const [small, large] = await inBoth(READER, read, () => []);
    expect(normalized(small)).toBe(normalized(large));
    const node = small.answer.recommendations.edges[0].node;
    expect(node).toMatchObject({ id: worlds.small.recommendation, redacted: true, strategy: null, confidence: null, result: null });
    expect(small.answer.strategyDecisions.edges[0].node).toMatchObject({ redacted: true });
    const [adminSmall, adminLarge] = await inBoth(null, read, () => []);
    expect(normalized(adminSmall)).not.toBe(normalized(adminLarge));
    expect(adminLarge.answer.recommendations.edges[0].node.result.classification).toBe('RESTRICTED');
  });

  it('a reader below a stored recommendation cannot decide on it', async () => {
    const uncleared: Principal = { ...APPROVER, id: 'person:two-readers-internal-approver', clearance: 'INTERNAL' };
    const r = await f.as(uncleared, () =>
      h.gql(DECIDE, { input: { recommendation: worlds.small.recommendation, strategy: 'RAG', justification: 'A reason long enough.' } }),
    );
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ask: the recommendation tool, what the model is sent, and the answer', async () => {
    const replies = (w: World): FakeStep[] => [
      { toolCalls: [{ name: 'recommendation', arguments: { useCase: w.useCase } }] },
      (req) => {
        const tool = [...req.body.messages].reverse().find((m: { role: string }) => m.role === 'tool');
        const data = JSON.parse(String(tool.content).split('\n')[1]);
        const subject = data.evidence.find((e: { kind: string }) => e.kind === 'UseCase');
        return {
          content: JSON.stringify({ claims: [{ text: `${data.result.top} ranks first for this use case.`, cites: [subject.handle] }] }),
        };
      },
    ];
    const read = async (w: World) =>
      (await h.ok(ASK, { q: `Should ${w.useCase} be prompted, given retrieval, adapters or fine-tuned?` })).ask;
    const [small, large] = await inBoth(READER, read, replies);
    expect(small.answer.source).toBe('LLM');
    expect(small.answer.operations).toEqual([{ name: 'recommendation', ok: true }]);
    expect(normalized(small)).toBe(normalized(large));
    const [adminSmall, adminLarge] = await inBoth(null, read, replies);
    expect(normalized(adminSmall)).not.toBe(normalized(adminLarge));
  });

  it('lineage: upstream of the model trained on it, and of the stored recommendation', async () => {
    // A graph is a set: its nodes and edges in one order, whatever order the worlds' ids sort in.
    const sorted = <T>(list: T[]) => [...list].sort((a, b) => untagged(JSON.stringify(a)).localeCompare(untagged(JSON.stringify(b))));
    const read = async (w: World) => {
      const g = (await h.ok(LINEAGE, { id: w.adapter })).lineage;
      return { ...g, nodes: sorted(g.nodes), edges: sorted(g.edges) };
    };
    const [small, large] = await inBoth(READER, read, () => []);
    expect(normalized(small)).toBe(normalized(large));
    expect(small.answer.nodes.find((n: any) => n.id === worlds.small.secret)).toMatchObject({ redacted: true, node: { rowCount: null } });
    const rec = (await f.as(READER, () => h.ok(LINEAGE, { id: worlds.small.recommendation }))).lineage;
    expect(rec.nodes.find((n: any) => n.id === worlds.small.recommendation)).toMatchObject({ redacted: true, node: { strategy: null } });
    const [adminSmall, adminLarge] = await inBoth(null, read, () => []);
    expect(normalized(adminSmall)).not.toBe(normalized(adminLarge));
  });
});

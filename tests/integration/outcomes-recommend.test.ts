import { beforeAll, describe, expect, it } from 'vitest';
import { strategyOutcomes } from '../../src/domain/outcomes/strategy-outcomes.js';
import { outcomeFactor } from '../../src/domain/recommend/outcome-factor.js';
import { GRAPH_RULES } from '../../src/domain/recommend/rules.js';
import { graphql } from '../graphql/index.js';
import type { ScoreInput } from '../graphql/graphql.js';
import { useHarness, testClock } from '../helpers/harness.js';
import { RECORD_INVOCATIONS_DOC, sleep } from '../helpers/fixtures.js';

const BUCKET_MS = 1000;
const { h, f } = useHarness({ limits: { signalBucketMs: BUCKET_MS, maxBatch: 200 } });

const DEFINE_SCORE_CONFIG = graphql(`
  mutation OutcomesRecDefineScoreConfig($input: DefineScoreConfigInput!) {
    defineScoreConfig(input: $input) {
      created
    }
  }
`);
const RECORD_SCORES = graphql(`
  mutation OutcomesRecRecordScores($scores: [ScoreInput!]!) {
    recordScores(scores: $scores) {
      created
    }
  }
`);
const WHAT_IF = graphql(`
  query OutcomesRecWhatIf($profile: StrategyProfileInput!) {
    whatIfStrategy(profile: $profile) {
      ranking {
        strategy
        score
        scoreWithoutOutcomes
        contributions {
          factor
          level
          points
          evidence
        }
      }
      evidence {
        id
        factors
        facts {
          name
          value
        }
      }
    }
  }
`);

const profile = {
  dataAvailability: 'MODERATE',
  labelQuality: 'MEDIUM',
  domainStability: 'EVOLVING',
  knowledgeFreshness: 'PERIODIC',
  traceabilityNeed: 'HIGH',
  rollbackNeed: 'HIGH',
  valueRoi: 'MEDIUM',
} as const;

let resolved: string;
let [r2, env, t1] = ['', '', ''];

/** 10 outputs of `release`, `good` of them scored resolved. */
async function traffic(release: string, good: number) {
  const at = testClock.now().toISOString();
  const invocations = Array.from({ length: 10 }, () => ({ release, startedAt: at, latencyMs: 50, outputs: [{ summary: 'ok' }] }));
  const { outputIds } = (await h.ok(RECORD_INVOCATIONS_DOC, { invocations })).recordInvocations;
  const scores = outputIds.map((target, i): ScoreInput => ({
    target,
    name: resolved,
    value: i < good ? 1 : 0,
    source: 'USER',
    at: testClock.now().toISOString(),
  }));
  await h.ok(RECORD_SCORES, { scores });
}

beforeAll(async () => {
  resolved = f.key('resolved');
  env = f.key('canary');
  await h.ok(DEFINE_SCORE_CONFIG, { input: { name: resolved, dataType: 'BOOLEAN' } });
  const model = await f.artifact('model', 'rec-outcome-model');
  const base = await f.modelVersion(model);
  const tuned = await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: base });
  const prompt = await f.promptVersion(await f.artifact('prompt', 'rec-outcome-prompt'), 'Answer {{question}}');
  const sys = await f.registerSystem('rec-outcome');
  const r1 = await f.release(sys, { model: base, prompts: [prompt] });
  r2 = await f.release(sys, { model: tuned, prompts: [prompt] });
  // The same small sample in production (what the recommender reads) and in this file's own environment.
  for (const environment of ['production', env]) {
    for (const r of [r1, r2]) if (environment === 'production') await f.readyForProduction(r);
    await f.promote(sys, environment, r1);
  }
  await traffic(r1, 3);
  for (const environment of ['production', env]) await f.promote(sys, environment, r2);
  await traffic(r2, 9);
  await sleep(BUCKET_MS - (Date.now() % BUCKET_MS) + 50);
  t1 = new Date().toISOString();
}, 120_000);

describe('measured outcomes as recommender evidence', () => {
  it('a what-if cites the releases measured, with their sample size, and shows the score with and without them', async () => {
    const w = (await h.ok(WHAT_IF, { profile })).whatIfStrategy;
    const ft = w.ranking.find((s) => s.strategy === 'FINE_TUNE')!;
    const factor = ft.contributions.find((c) => c.factor === 'measuredOutcomes')!;
    expect(factor.evidence).toContain(r2);
    expect(factor.level).toMatch(/FINE_TUNE n=\d+/);
    expect(ft.scoreWithoutOutcomes).toBeCloseTo(ft.score - factor.points, 9);
    const cited = w.evidence.find((e) => e.id === r2)!;
    expect(cited.factors).toContain('measuredOutcomes');
    const facts = Object.fromEntries(cited.facts.map((x) => [x.name, JSON.parse(x.value) as unknown]));
    expect(facts).toMatchObject({ strategy: 'FINE_TUNE', n: expect.any(Number), weight: expect.any(Number) });
    // Whatever else production holds, the points never exceed the cap times the shrinkage weight of the n it cites.
    const n = facts.n as number;
    expect(Math.abs(factor.points)).toBeLessThanOrEqual(
      GRAPH_RULES.measuredOutcome.cap * (n / (n + GRAPH_RULES.measuredOutcome.shrinkageK)) + 0.005,
    );
  });

  it('small samples move the score little, and no outcomes move it not at all', async () => {
    const measured = await strategyOutcomes(h.domainContext(), { environment: env, asOf: new Date(t1) });
    const ft = measured.strategies.find((s) => s.strategy === 'FINE_TUNE')!;
    expect(ft.scores[0]).toMatchObject({ currentN: 10, previousN: 10 });
    const { contribution, evidence } = outcomeFactor(measured);
    // 0.9 against 0.3 is past the full effect, but 10 scores a side weigh 10 / (10 + 100): 2 × 0.0909 = 0.18 points.
    expect(contribution!.points.FINE_TUNE).toBe(0.18);
    expect(evidence.map((e) => e.id)).toEqual([r2]);
    const none = await strategyOutcomes(h.domainContext(), { environment: f.key('empty'), asOf: new Date(t1) });
    expect(outcomeFactor(none)).toEqual({ contribution: null, evidence: [] });
  });
});

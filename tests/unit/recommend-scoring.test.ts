import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/recommend/analyse.js';
import { deterministicClaims, narratorEvidence } from '../../src/domain/recommend/narrate-recommendation.js';
import {
  characteristic,
  CHARACTERISTICS,
  type CharacteristicName,
  COST_TIERS,
  LABEL_AGREEMENT_TIERS,
  LABELLED_EXAMPLE_TIERS,
  LATENCY_TIERS,
  tierOf,
} from '../../src/domain/recommend/characteristics.js';
import { applyChanges, counterfactuals, type GraphOf } from '../../src/domain/recommend/counterfactuals.js';
import type { EvidenceRow } from '../../src/domain/recommend/evidence-rows.js';
import { findings, similarity } from '../../src/domain/recommend/findings.js';
import { PROFILE_RULES, profileRule, TIE_BREAK } from '../../src/domain/recommend/rules.js';
import { profileContributions, score, scoreProfile, type Contribution } from '../../src/domain/recommend/score.js';
import { STRATEGIES, strategyOfPins, zeroPoints, type Strategy } from '../../src/domain/recommend/strategies.js';
import type { Profile } from '../../src/domain/usecases/profile.js';
import { RECOMMENDATION_CASES } from '../../eval/recommendation-cases.js';

/** Middle of every scale: the rules there weigh (almost) nothing, so one change shows its own rule. */
const neutral: Profile = {
  dataAvailability: 'MODERATE',
  labelQuality: 'MEDIUM',
  domainStability: 'EVOLVING',
  knowledgeFreshness: 'PERIODIC',
  traceabilityNeed: 'MEDIUM',
  rollbackNeed: 'MEDIUM',
  valueRoi: 'MEDIUM',
};

describe('the rules of thumb (golden cases)', () => {
  // Each lists the strategies the brief accepts first (eval/recommendation-protocol.ts reads it the same way).
  const cases: Array<[string, Partial<Profile>, Strategy[]]> = [
    [
      'scarce data favours prompting',
      { dataAvailability: 'SCARCE', labelQuality: 'LOW', domainStability: 'VOLATILE', knowledgeFreshness: 'STATIC' },
      ['PROMPT_ENGINEERING'],
    ],
    [
      // Was PROMPT_ENGINEERING alone; the brief says "prompt-based pipelines and lightweight adapters",
      // and the fitted weights put the adapter first here (moderate, fair data).
      'strict traceability and rollback favour prompting or a lightweight adapter',
      { traceabilityNeed: 'STRICT', rollbackNeed: 'STRICT', knowledgeFreshness: 'STATIC' },
      ['PROMPT_ENGINEERING', 'ADAPTER'],
    ],
    [
      'stable, high-value, clean abundant data favours fine-tuning',
      { dataAvailability: 'ABUNDANT', labelQuality: 'HIGH', domainStability: 'STABLE', knowledgeFreshness: 'STATIC', valueRoi: 'HIGH' },
      ['FINE_TUNE'],
    ],
    ['evolving knowledge favours retrieval', { knowledgeFreshness: 'CONTINUOUS', latencyBudgetMs: 3000 }, ['RAG']],
    ['enterprise tasks with moderate data favour hybrid adapters', { traceabilityNeed: 'HIGH', valueRoi: 'HIGH' }, ['HYBRID']],
    [
      'moderate data under a tight latency budget favours an adapter',
      { domainStability: 'STABLE', knowledgeFreshness: 'STATIC', latencyBudgetMs: 300 },
      ['ADAPTER'],
    ],
    [
      'regulated answers over changing documents that must cite them favour retrieval',
      { traceabilityNeed: 'STRICT', rollbackNeed: 'STRICT', knowledgeFreshness: 'CONTINUOUS', groundedInDocuments: true },
      ['RAG', 'HYBRID'],
    ],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(expected).toContain(scoreProfile({ ...neutral, ...change }, []).top);
  });

  it('the demo organisation’s three use cases score as recorded', () => {
    const policy = scoreProfile(
      {
        ...neutral,
        knowledgeFreshness: 'CONTINUOUS',
        traceabilityNeed: 'HIGH',
        rollbackNeed: 'HIGH',
        latencyBudgetMs: 3000,
        costBudgetUsdPer1k: 4,
      },
      [],
    );
    // Refitted weights (npm run fit:rules): RAG still leads, by more; hybrid falls back behind the adapter.
    expect(policy.scores).toEqual({ PROMPT_ENGINEERING: 1, RAG: 11, ADAPTER: 4, FINE_TUNE: -4, HYBRID: 2 });
    const compliance = scoreProfile(
      {
        ...neutral,
        dataAvailability: 'SCARCE',
        labelQuality: 'LOW',
        traceabilityNeed: 'STRICT',
        rollbackNeed: 'STRICT',
        valueRoi: 'HIGH',
        latencyBudgetMs: 5000,
        costBudgetUsdPer1k: 8,
      },
      [],
    );
    expect(compliance.top).toBe('PROMPT_ENGINEERING');
    const kg = scoreProfile(
      {
        dataAvailability: 'ABUNDANT',
        labelQuality: 'HIGH',
        domainStability: 'STABLE',
        knowledgeFreshness: 'STATIC',
        traceabilityNeed: 'HIGH',
        rollbackNeed: 'MEDIUM',
        valueRoi: 'HIGH',
        latencyBudgetMs: 1000,
        costBudgetUsdPer1k: 1.5,
      },
      [],
    );
    // Refitted: fine-tuning still leads (every necessary condition holds), by 3 points rather than 5.
    expect(kg.scores).toEqual({ PROMPT_ENGINEERING: 2, RAG: -1, ADAPTER: 4, FINE_TUNE: 7, HYBRID: 1 });
    expect(kg.top).toBe('FINE_TUNE');
  });
});

describe('each rule, once', () => {
  it.each(PROFILE_RULES.filter((r) => r.characteristic !== 'citationNeed').map((r) => [r.id, r] as const))(
    '%s adds exactly its points when its characteristic moves to its level',
    (_, rule) => {
      const c = characteristic(rule.characteristic as CharacteristicName);
      const before = scoreProfile(neutral, []).scores;
      const baseline = profileContributions(neutral).find((x) => x.factor === rule.characteristic)?.points;
      const after = scoreProfile(c.apply(neutral, rule.level), []).scores;
      for (const s of STRATEGIES) expect(after[s] - before[s]).toBe(rule.points[s] - (baseline?.[s] ?? 0));
    },
  );

  it.each(['HIGH', 'STRICT'] as const)('citationNeed.%s adds its points exactly when answers are grounded in documents', (level) => {
    const citation = profileRule('citationNeed', level)!;
    const trace = profileRule('traceabilityNeed', level)!;
    const medium = profileRule('traceabilityNeed', 'MEDIUM')!;
    for (const grounded of [true, false, undefined]) {
      const before = scoreProfile({ ...neutral, groundedInDocuments: grounded }, []).scores;
      const after = scoreProfile({ ...neutral, groundedInDocuments: grounded, traceabilityNeed: level }, []).scores;
      for (const s of STRATEGIES) {
        const expected = trace.points[s] - medium.points[s] + (grounded === true ? citation.points[s] : 0);
        expect(after[s] - before[s]).toBe(expected);
      }
    }
  });

  it('no characteristic level has two rules, and every level has one', () => {
    const ids = PROFILE_RULES.map((r) => `${r.characteristic}.${r.level}`);
    expect(new Set(ids).size).toBe(ids.length);
    // The derived citation need weighs only where answers must cite their sources (HIGH, STRICT).
    const expected = [...CHARACTERISTICS.flatMap((c) => c.levels.map((l) => `${c.name}.${l}`)), 'citationNeed.HIGH', 'citationNeed.STRICT'];
    expect(ids.sort()).toEqual(expected.sort());
  });

  it("a strategy's contributions add up to its score", () => {
    for (const lc of RECOMMENDATION_CASES) {
      for (const s of scoreProfile(lc.profile, []).ranking) {
        expect(s.contributions.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(s.score, 9);
      }
    }
  });

  it('ties go to the more reversible, cheaper strategy (TIE_BREAK order), and the answer names the rule', () => {
    const tie = (points: Partial<Record<Strategy, number>>) =>
      score([{ factor: 'x', level: null, rules: [], points: { ...zeroPoints(), ...points }, evidence: [], because: '' }]);
    const a = tie({ RAG: 1, ADAPTER: 1, HYBRID: 1 });
    expect([a.top, a.margin, a.decidedBy, a.tieBreak]).toEqual(['RAG', 0, 'TIE_BREAK', TIE_BREAK.rule]);
    // HYBRID before FINE_TUNE although FINE_TUNE comes first in STRATEGIES: an adapter detaches, a fine-tune does not.
    expect(tie({ FINE_TUNE: 2, HYBRID: 2 }).top).toBe('HYBRID');
    const won = tie({ FINE_TUNE: 3, HYBRID: 2 });
    expect([won.top, won.margin, won.decidedBy, won.tieBreak]).toEqual(['FINE_TUNE', 1, 'SCORE', null]);
  });
});

describe('boundaries: a quantity decides its level at the documented bounds', () => {
  const bounds: Array<[CharacteristicName, typeof LATENCY_TIERS, keyof Profile]> = [
    ['labelledData', LABELLED_EXAMPLE_TIERS, 'labelledExamples'],
    ['labelQuality', LABEL_AGREEMENT_TIERS, 'labelAgreement'],
    ['latencyBudget', LATENCY_TIERS, 'latencyBudgetMs'],
    ['costBudget', COST_TIERS, 'costBudgetUsdPer1k'],
  ];
  for (const [name, tiers, field] of bounds) {
    it.each(tiers.bounds.map((b, i) => [b, i] as const))(`${name} at %s`, (bound, i) => {
      const below = field === 'labelledExamples' || field === 'latencyBudgetMs' ? bound - 1 : Math.round((bound - 0.01) * 100) / 100;
      expect(tierOf(tiers, below)).toBe(tiers.levels[i]);
      expect(tierOf(tiers, bound)).toBe(tiers.levels[i + 1]);
      const c = characteristic(name);
      expect(c.read({ ...neutral, [field]: below }).level).toBe(tiers.levels[i]);
      expect(c.read({ ...neutral, [field]: bound }).level).toBe(tiers.levels[i + 1]);
    });
  }

  it('a stated quantity overrides the declared level, and leaves today’s level-only profiles alone', () => {
    const declared = scoreProfile({ ...neutral, dataAvailability: 'SCARCE' }, []);
    const quantified = scoreProfile({ ...neutral, dataAvailability: 'SCARCE', labelledExamples: 20_000, labelAgreement: 0.95 }, []);
    expect(declared.top).not.toBe('FINE_TUNE');
    expect(quantified.scores.FINE_TUNE).toBeGreaterThan(declared.scores.FINE_TUNE);
  });
});

describe('counterfactuals', () => {
  /** A small deterministic generator: the same profiles every run. */
  function* profiles(n: number): Generator<Profile> {
    let seed = 42;
    const next = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % k;
    };
    const pick = <T>(xs: readonly T[]) => xs[next(xs.length)];
    for (let i = 0; i < n; i++) {
      const p = { ...neutral };
      for (const c of CHARACTERISTICS) {
        if (next(4) === 0 && (c.name === 'latencyBudget' || c.name === 'costBudget')) continue;
        Object.assign(p, c.apply(p, pick(c.levels)));
      }
      if (next(3) === 0) Object.assign(p, { labelledExamples: next(40_000), labelAgreement: next(100) / 100 });
      yield p;
    }
  }
  /** Other use cases' decisions: how much they weigh depends on the scored profile's similarity to theirs. */
  const similarRow: EvidenceRow = {
    useCase: { id: 'usecase:self', kind: 'UseCase', ...neutral },
    systems: [],
    decisions: (['FINE_TUNE', 'ADAPTER', 'RAG'] as const).map((strategy, n) => ({
      id: `decision:${n}`,
      classification: null,
      strategy,
      followed: true,
      recommendation: null,
      useCase: { id: `usecase:o${n}`, kind: 'UseCase', ...neutral, dataAvailability: (['ABUNDANT', 'MODERATE', 'SCARCE'] as const)[n] },
      evaluated: [{ id: `evaluation:${n}`, passed: n !== 2 }],
      setbacks: [],
    })),
  };
  const graph = (i: number): Contribution[] | GraphOf =>
    i % 3 === 2
      ? (p: Profile) => findings(similarRow, p).contributions
      : i % 3 === 0
        ? []
        : [
            {
              factor: 'similarUseCases',
              level: null,
              rules: [],
              points: { PROMPT_ENGINEERING: 0, RAG: 0.5, ADAPTER: -1, FINE_TUNE: 1, HYBRID: 0 },
              evidence: [],
              because: '',
            },
          ];

  it('applying each counterfactual flips the top choice to the strategy it names (300 profiles)', () => {
    let checked = 0;
    let i = 0;
    for (const p of profiles(300)) {
      const g = graph(i++);
      const scoreOf = (x: Profile) => scoreProfile(x, typeof g === 'function' ? g(x) : g);
      const top = scoreOf(p).top;
      for (const cf of counterfactuals(p, g)) {
        const after = scoreOf(applyChanges(p, cf.changes)).top;
        expect(after).toBe(cf.top);
        expect(after).not.toBe(top);
        expect(cf.insteadOf).toBe(top);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('a single-change counterfactual is the nearest level of its characteristic that puts its strategy first', () => {
    let i = 0;
    for (const p of profiles(100)) {
      const g = graph(i++);
      const scoreOf = (x: Profile) => scoreProfile(x, typeof g === 'function' ? g(x) : g);
      for (const cf of counterfactuals(p, g).filter((x) => x.changes.length === 1)) {
        const c = CHARACTERISTICS.find((x) => x.name === cf.changes[0].characteristic)!;
        const from = c.read(p).level;
        const nearer = c.levels.filter(
          (l) => l !== from && from !== null && Math.abs(c.levels.indexOf(l) - c.levels.indexOf(from)) < cf.distance,
        );
        // One per characteristic and strategy (a nearer level may put another strategy first).
        for (const l of nearer) expect(scoreOf(c.apply(p, l)).top).not.toBe(cf.top);
      }
    }
  });

  it('states the change as a person would', () => {
    const p: Profile = { ...neutral, dataAvailability: 'SCARCE', domainStability: 'STABLE', knowledgeFreshness: 'STATIC' };
    const statements = counterfactuals(p, []).map((c) => c.statement);
    expect(statements.some((s) => /^With .*labelled examples.*, [A-Z_]+ would rank first instead of [A-Z_]+\.$/.test(s))).toBe(true);
  });
});

describe('graph findings', () => {
  const useCase = { id: 'usecase:u', kind: 'UseCase', ...neutral };
  const release = (id: string, modelKind: string, retrieval: boolean, passed: boolean | null) => ({
    id,
    version: Number(id.split('@')[1]),
    pins: [
      { id: 'model:m@1', kind: 'ModelVersion', role: 'model', modelKind },
      ...(retrieval ? [{ id: 'retrieval:r@1', kind: 'RetrievalConfigVersion', role: 'retrieval', modelKind: null }] : []),
    ],
    trainingData:
      modelKind === 'BASE'
        ? []
        : [{ id: 'dataset:d@2', rowCount: 48_000, labelQuality: 0.93, classification: 'INTERNAL', run: 'training:t' }],
    corpus: retrieval
      ? [
          {
            id: 'dataset:c@4',
            kind: 'DatasetVersion',
            rowCount: 300,
            classification: 'INTERNAL',
            recent: [{ classification: 'INTERNAL' }, { classification: 'INTERNAL' }, { classification: 'INTERNAL' }],
          },
        ]
      : [],
    evaluations: passed === null ? [] : [{ id: `evaluation:${id}`, score: 0.8, threshold: 0.75, passed, primaryMetric: 'f1' }],
  });
  const row = (over: Partial<EvidenceRow> = {}): EvidenceRow => ({
    useCase,
    systems: [{ id: 'system:s', releases: [release('release:s@2', 'ADAPTER', true, true)], rollbacks: [], drift: [] }],
    decisions: [],
    ...over,
  });

  it('derives a release’s strategy from its pins', () => {
    expect(strategyOfPins({ modelKind: 'BASE', retrieval: false })).toBe('PROMPT_ENGINEERING');
    expect(strategyOfPins({ modelKind: 'BASE', retrieval: true })).toBe('RAG');
    expect(strategyOfPins({ modelKind: 'ADAPTER', retrieval: false })).toBe('ADAPTER');
    expect(strategyOfPins({ modelKind: 'FINE_TUNED', retrieval: false })).toBe('FINE_TUNE');
    expect(strategyOfPins({ modelKind: 'FINE_TUNED', retrieval: true })).toBe('HYBRID');
  });

  it('cites every node it rests on, and each contribution only cites evidence in the answer', () => {
    const r = analyse({
      useCase: useCase.id,
      asOf: new Date(0),
      whatIf: false,
      profile: neutral,
      graph: row(),
      boundsHit: [],
      passages: [],
      evidenceWithheld: false,
      classification: 'INTERNAL',
    });
    const ids = new Set(r.evidence.map((e) => e.id));
    for (const s of r.ranking) for (const c of s.contributions) for (const e of c.evidence) expect(ids).toContain(e);
    for (const claim of deterministicClaims(r, narratorEvidence(r))) for (const e of claim.cites) expect(ids).toContain(e);
    expect([...ids]).toEqual(expect.arrayContaining(['usecase:u', 'release:s@2', 'dataset:d@2', 'dataset:c@4', 'evaluation:release:s@2']));
    const factors = r.ranking.flatMap((s) => s.contributions.map((c) => c.factor));
    expect(factors).toEqual(expect.arrayContaining(['observedTrainingData', 'corpusFreshness']));
  });

  it('a rollback and open drift weigh against the strategy of the release they concern, capped', () => {
    const pins = [{ role: 'model', modelKind: 'FINE_TUNED' }];
    const f = findings(
      row({
        systems: [
          {
            id: 'system:s',
            releases: [],
            rollbacks: [1, 2, 3].map((n) => ({
              id: `aliasmove:a/${n}`,
              fromRelease: 'release:s@1',
              environment: 'production',
              fromPins: pins,
            })),
            drift: [{ id: 'drift:x', release: 'release:s@1', releasePins: pins }],
          },
        ],
      }),
      neutral,
    );
    expect(f.contributions.find((c) => c.factor === 'rollbacks')?.points.FINE_TUNE).toBe(-2);
    expect(f.contributions.find((c) => c.factor === 'driftAlerts')?.points.FINE_TUNE).toBe(-1);
  });

  it('similar use cases influence the scores within the documented cap', () => {
    const decision = (n: number, strategy: string) => ({
      id: `decision:${n}`,
      classification: null,
      strategy,
      followed: true,
      recommendation: null,
      useCase: { id: `usecase:o${n}`, kind: 'UseCase', ...neutral },
      evaluated: [{ id: `evaluation:o${n}`, passed: true }],
      setbacks: [],
    });
    const f = findings(row({ systems: [], decisions: [1, 2, 3, 4].map((n) => decision(n, 'FINE_TUNE')) }), neutral);
    expect(f.contributions.find((c) => c.factor === 'similarUseCases')?.points.FINE_TUNE).toBe(1);
    expect(similarity(neutral, { ...neutral, dataAvailability: 'ABUNDANT' })).toBeLessThan(1);
  });
});

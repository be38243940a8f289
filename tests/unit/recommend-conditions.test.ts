import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/recommend/analyse.js';
import { CHARACTERISTICS, readCharacteristics } from '../../src/domain/recommend/characteristics.js';
import { counterfactuals } from '../../src/domain/recommend/counterfactuals.js';
import { deterministicClaims, narratorEvidence } from '../../src/domain/recommend/narrate-recommendation.js';
import { CLOSE_CALL_MARGIN, CONDITIONS, TIE_BREAK } from '../../src/domain/recommend/rules.js';
import { scoreProfile, unmetConditions, type Contribution } from '../../src/domain/recommend/score.js';
import { STRATEGIES, zeroPoints } from '../../src/domain/recommend/strategies.js';
import type { Profile } from '../../src/domain/usecases/profile.js';
import { FIT_CASES, HELD_OUT_CASES, NEUTRAL_PROFILE, RECOMMENDATION_CASES } from '../../eval/recommendation-cases.js';
import { fit, fittedBlock } from '../../eval/recommendation-fit.js';
import { protocolAccept, unseenProfiles } from '../../eval/recommendation-protocol.js';

const neutral = NEUTRAL_PROFILE;

/** Fine-tuning's every condition met: clean abundant data, a stable domain, static knowledge, a clear ROI. */
const ftReady: Profile = {
  ...neutral,
  dataAvailability: 'ABUNDANT',
  labelQuality: 'HIGH',
  domainStability: 'STABLE',
  knowledgeFreshness: 'STATIC',
  valueRoi: 'HIGH',
};

const profiles = unseenProfiles;

/** A graph contribution as lopsided as any: everything for fine-tuning. */
const allForFineTuning: Contribution = {
  factor: 'similarUseCases',
  level: null,
  rules: [],
  points: { ...zeroPoints(), FINE_TUNE: 100 },
  evidence: [],
  because: '',
};

describe('necessary conditions', () => {
  it('an unmet condition keeps FINE_TUNE from the top whatever the other characteristics and the graph (2,000 profiles)', () => {
    let checked = 0;
    for (const p of profiles(2_000)) {
      const unmet = unmetConditions(readCharacteristics(p)).filter((u) => u.strategy === 'FINE_TUNE');
      if (unmet.length === 0) continue;
      for (const graph of [[], [allForFineTuning]]) {
        const s = scoreProfile(p, graph);
        expect(s.top).not.toBe('FINE_TUNE');
        const ft = s.ranking.find((r) => r.strategy === 'FINE_TUNE')!;
        expect(ft.eligible).toBe(false);
        // The contribution list says which condition failed: a 0-point row naming each.
        for (const u of unmet)
          expect(ft.contributions).toContainEqual({ factor: u.characteristic, level: u.level, rules: [u.id], points: 0, evidence: [] });
        expect(ft.contributions.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(ft.score, 9);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(1_500);
  });

  it.each(CONDITIONS.map((c) => [c.id, c] as const))('%s alone is enough to keep FINE_TUNE from the top', (_, condition) => {
    const characteristic = CHARACTERISTICS.find((c) => c.name === condition.characteristic)!;
    const breaking = characteristic.levels.filter((l) => condition.levels.includes(l) === (condition.kind === 'EXCLUDES'));
    expect(scoreProfile(ftReady, [allForFineTuning]).top).toBe('FINE_TUNE');
    for (const level of breaking) {
      const s = scoreProfile(characteristic.apply(ftReady, level), [allForFineTuning]);
      expect(s.top).not.toBe('FINE_TUNE');
      expect(s.ranking.find((r) => r.strategy === 'FINE_TUNE')!.unmetConditions.map((u) => u.id)).toEqual([condition.id]);
    }
  });

  it('the issue’s misses: no clear ROI, and 15,000 examples at 0.6 agreement, do not put fine-tuning first', () => {
    expect(scoreProfile({ ...ftReady, valueRoi: 'LOW' }, []).top).toBe('PROMPT_ENGINEERING');
    const noisy = scoreProfile({ ...ftReady, labelledExamples: 15_000, labelAgreement: 0.6 }, []);
    expect(noisy.top).not.toBe('FINE_TUNE');
  });

  it('a counterfactual can be "meet this condition", and says so', () => {
    const cf = counterfactuals({ ...ftReady, valueRoi: 'MEDIUM' }, []).find((c) => c.top === 'FINE_TUNE');
    expect(cf).toMatchObject({
      changes: [{ characteristic: 'valueRoi', from: 'MEDIUM', to: 'HIGH' }],
      meets: ['FINE_TUNE.requires.clearRoi'],
    });
    expect(cf!.statement).toBe(
      "With high value and a clear ROI (meeting FINE_TUNE's necessary condition of high value and a clear ROI), FINE_TUNE would rank first instead of ADAPTER.",
    );
  });
});

describe('margins, close calls and ties', () => {
  const answer = (profile: Profile) =>
    analyse({
      useCase: null,
      asOf: new Date('2026-01-01T00:00:00Z'),
      whatIf: true,
      profile,
      graph: null,
      evidenceWithheld: false,
      classification: 'PUBLIC',
      boundsHit: [],
      passages: [],
    });

  it('every answer carries its margin; below the threshold it asks for review as a close call', () => {
    const all = [...RECOMMENDATION_CASES.map((c) => c.profile), ...profiles(300)];
    let close = 0;
    for (const p of all) {
      const a = answer(p);
      expect(a.margin).toBe(Math.round((a.ranking[0].score - a.ranking[1].score) * 100) / 100);
      expect(a.margin).toBeGreaterThanOrEqual(0);
      const closeCall = a.reviewReasons.some((r) => r.startsWith('Close call'));
      expect(closeCall).toBe(a.margin < CLOSE_CALL_MARGIN);
      if (closeCall) expect(a.reviewRequired).toBe(true);
      if (closeCall) close++;
    }
    expect(close).toBeGreaterThan(0);
  });

  it('a tie is resolved by the documented rule, with reviewRequired and the rule named', () => {
    const tied = [...profiles(2_000, 11)].map(answer).filter((a) => a.margin === 0);
    expect(tied.length).toBeGreaterThan(0);
    for (const a of tied) {
      const level = a.ranking[0].score;
      const tiedStrategies = a.ranking.filter((r) => r.eligible && r.score === level).map((r) => r.strategy);
      expect(a.top).toBe(TIE_BREAK.order.find((s) => tiedStrategies.includes(s)));
      expect([a.decidedBy, a.tieBreak, a.reviewRequired]).toEqual(['TIE_BREAK', TIE_BREAK.rule, true]);
      expect(a.reviewReasons).toContain(
        `Close call: ${a.ranking[0].strategy} and ${a.ranking[1].strategy} tie; the tie-break rule "${TIE_BREAK.rule}" put ${a.top} first.`,
      );
    }
  });

  it('the deterministic narrative states the margin, a tie-break, and why a higher-scoring strategy cannot lead', () => {
    const answers = [...profiles(600, 5)].map(answer);
    const vetoed = answers.find((a) => a.ranking.some((s) => !s.eligible && s.score > a.ranking[0].score))!;
    const ft = vetoed.ranking.find((s) => s.strategy === 'FINE_TUNE')!;
    const text = deterministicClaims(vetoed, narratorEvidence(vetoed)).map((c) => c.text);
    expect(text).toContain(
      `FINE_TUNE scores ${ft.score} but cannot rank first: it needs ${ft.unmetConditions.map((u) => u.phrase).join(' and ')}.`,
    );
    expect(text[0]).toContain(vetoed.tieBreak ? `the tie-break rule (${TIE_BREAK.rule})` : `a margin of ${vetoed.margin}`);
    const tie = answers.find((a) => a.tieBreak !== null)!;
    expect(deterministicClaims(tie, narratorEvidence(tie))[0].text).toContain(`the tie-break rule (${TIE_BREAK.rule}) puts it first`);
  });

  it('the tie-break order holds every strategy once', () => {
    expect([...TIE_BREAK.order].sort()).toEqual([...STRATEGIES].sort());
  });
});

describe('labelled cases and the fit', () => {
  it('are several times the original 33, each labelled as the protocol reads the brief', () => {
    expect(RECOMMENDATION_CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(RECOMMENDATION_CASES.map((c) => c.key)).size).toBe(RECOMMENDATION_CASES.length);
    for (const c of RECOMMENDATION_CASES) expect([c.key, [...c.accept].sort()]).toEqual([c.key, protocolAccept(c.profile).sort()]);
  });

  it('split deterministically into halves that do not overlap', () => {
    const fitted = new Set(FIT_CASES.map((c) => c.key));
    expect(HELD_OUT_CASES.some((c) => fitted.has(c.key))).toBe(false);
    expect(FIT_CASES.length + HELD_OUT_CASES.length).toBe(RECOMMENDATION_CASES.length);
    expect(Math.abs(FIT_CASES.length - HELD_OUT_CASES.length)).toBeLessThanOrEqual(1);
  });

  it('the rules file holds exactly what fitting the fitting half writes', () => {
    const text = readFileSync(new URL('../../src/domain/recommend/rules.ts', import.meta.url), 'utf8');
    expect(text).toContain(fittedBlock(fit(FIT_CASES).weights));
  });

  it('agrees with at least 90% of the held-out half', () => {
    const agree = HELD_OUT_CASES.filter((c) => c.accept.includes(scoreProfile(c.profile, []).top)).length;
    expect(agree / HELD_OUT_CASES.length).toBeGreaterThanOrEqual(0.9);
  });
});

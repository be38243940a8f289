import type { StrategyOutcomes } from '../outcomes/strategy-outcomes.js';
import type { RecommendationEvidence } from './findings.js';
import { GRAPH_RULES } from './rules.js';
import { round2, type Contribution } from './score.js';
import { zeroPoints } from './strategies.js';

/** Points per strategy from the organisation's measured outcomes (rules.ts measuredOutcome), and the releases cited. */
export function outcomeFactor(outcomes: StrategyOutcomes | null): {
  contribution: Contribution | null;
  evidence: RecommendationEvidence[];
} {
  const rule = GRAPH_RULES.measuredOutcome;
  const points = zeroPoints();
  const evidence: RecommendationEvidence[] = [];
  const cited: string[] = [];
  const levels: string[] = [];
  for (const s of outcomes?.strategies ?? []) {
    const rates = s.scores.filter((d) => d.delta !== null && d.interval?.method === 'NEWCOMBE');
    if (rates.length === 0) continue;
    const effect = rates.reduce((a, d) => a + d.delta!, 0) / rates.length;
    const n = Math.min(...rates.map((d) => Math.min(d.currentN, d.previousN)));
    const weight = n / (n + rule.shrinkageK);
    points[s.strategy] = round2(rule.cap * weight * Math.max(-1, Math.min(1, effect / rule.fullEffect)));
    levels.push(`${s.strategy} n=${n}`);
    for (const release of s.releases) {
      cited.push(release);
      evidence.push({
        id: release,
        kind: 'Release',
        factors: ['measuredOutcomes'],
        summary: `A ${s.strategy} release measured against the release it replaced (${s.releases.length} release(s), n = ${n} scored outputs per side at least, weight ${round2(weight)}).`,
        facts: { strategy: s.strategy, releases: s.releases.length, n, qualityRateChange: round2(effect), weight: round2(weight) },
      });
    }
  }
  if (cited.length === 0) return { contribution: null, evidence: [] };
  return {
    contribution: {
      factor: 'measuredOutcomes',
      level: levels.join(', '),
      rules: ['measuredOutcome'],
      points,
      evidence: cited,
      because: rule.because,
    },
    evidence,
  };
}

/** A ranked strategy's score without the organisation's outcomes (what a what-if shows beside the score). */
export const scoreWithoutOutcomes = (s: { score: number; contributions: Array<{ factor: string; points: number }> }): number =>
  round2(s.score - s.contributions.filter((c) => c.factor === 'measuredOutcomes').reduce((a, c) => a + c.points, 0));

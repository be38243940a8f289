import type { Claim, Narrative, RecommendationResult } from './result.js';
import { STRATEGY_WORDS } from './strategies.js';

/** How many factors the narrative names as the reasons for the top choice. */
const TOP_FACTORS = 3;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The narrative built in code from the structured result: the same facts any model would be given,
 * in fixed sentences, each citing the evidence it states. Used whenever no model narrates.
 */
export function deterministicNarrative(r: Omit<RecommendationResult, 'narrative'>, fallbackReason: string): Narrative {
  const [first, second] = r.ranking;
  const subject = r.useCase ?? 'this profile';
  const claims: Claim[] = [];
  const base = r.useCase ? [r.useCase] : [];

  claims.push({
    text: `${first.strategy} (${STRATEGY_WORDS[first.strategy]}) ranks first for ${subject} with ${first.score} points, ahead of ${second.strategy} with ${second.score}.`,
    evidence: base,
  });
  const reasons = [...first.contributions]
    .sort((a, b) => b.points - a.points)
    .filter((c) => c.points > 0)
    .slice(0, TOP_FACTORS);
  if (reasons.length > 0) {
    claims.push({
      text: `Its largest contributions: ${reasons.map((c) => `${factorName(c.factor)}${c.level ? ` ${c.level}` : ''} (${signed(c.points)})`).join(', ')}.`,
      evidence: [...new Set([...base, ...reasons.flatMap((c) => c.evidence)])],
    });
  }
  for (const e of r.evidence.filter((x) => x.kind !== 'UseCase' || x.id !== r.useCase).slice(0, 4)) {
    claims.push({ text: e.summary, evidence: [e.id] });
  }
  const cf = r.counterfactuals[0];
  if (cf) claims.push({ text: cf.statement, evidence: base });
  claims.push({
    text: `Confidence ${r.confidence}${r.missingEvidence.length > 0 ? `; missing: ${r.missingEvidence.join('; ')}` : ''}.`,
    evidence: base,
  });
  if (r.reviewRequired) claims.push({ text: `A person should review this: ${r.reviewReasons.join(' ')}`, evidence: base });
  return { source: 'DETERMINISTIC', text: claims.map((c) => c.text).join(' '), claims, fallbackReason, droppedClaims: 0 };
}

/** "labelledData" → "labelled data". */
const factorName = (factor: string) => factor.replace(/([A-Z])/g, ' $1').toLowerCase();

import type { EvidenceItem } from '../explain/evidence.js';
import { narrate, type Narrative } from '../explain/narrate.js';
import type { Claim } from '../explain/verify.js';
import type { LlmClient } from '../../llm/client.js';
import { PASSAGE_KIND } from './policy.js';
import type { Analysis } from './result.js';
import { STRATEGY_WORDS } from './strategies.js';

/** How many factors the narrative names as the reasons for the top choice. */
const TOP_FACTORS = 3;
/** How many graph evidence items the deterministic narrative states. */
const STATED_EVIDENCE = 4;
/** The subject of a what-if without a use case: the profile given inline (not a graph node). */
export const INLINE_PROFILE = 'profile:inline';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
/** "labelledData" → "labelled data". */
const factorName = (factor: string) => factor.replace(/([A-Z])/g, ' $1').toLowerCase();

/**
 * What the narrator may cite: the graph evidence, with the subject (the use case, or the inline
 * profile) carrying the computed scores and counterfactuals as facts, so a claim about a score or a
 * change cites where that figure is. Nothing users wrote (names, descriptions) is in it.
 */
export function narratorEvidence(a: Analysis): EvidenceItem[] {
  const subject = a.useCase ?? INLINE_PROFILE;
  const scores = Object.fromEntries(
    a.ranking.flatMap((s) => [[`${s.strategy}.score`, s.score] as const, [`${s.strategy}.rank`, s.rank] as const]),
  );
  const items = a.evidence.map(({ id, kind, summary, facts }) => ({ id, kind, summary, facts: { ...facts } }));
  const own = items.find((e) => e.id === subject);
  const summary = `Scored profile. ${a.counterfactuals.map((c) => c.statement).join(' ')}`.trim();
  const facts = { ...scores, margin: a.margin, confidence: a.confidence, reviewRequired: a.reviewRequired };
  if (own) {
    own.summary = `${own.summary} ${summary}`;
    Object.assign(own.facts, facts);
    return items;
  }
  const profile = Object.fromEntries(a.characteristics.map((c) => [c.name, c.value ?? c.level]));
  return [{ id: subject, kind: 'Profile', summary, facts: { ...profile, ...facts } }, ...items];
}

/** The narrative built in code from the same result, in fixed sentences, each citing the evidence it states. */
export function deterministicClaims(a: Analysis, evidence: readonly EvidenceItem[]): Claim[] {
  const [first, second] = a.ranking;
  const subject = a.useCase ?? INLINE_PROFILE;
  const known = new Set(evidence.map((e) => e.id));
  const cite = (ids: string[]) => [subject, ...ids.filter((id) => id !== subject && known.has(id))];
  const lead = a.tieBreak
    ? `tied with ${second.strategy} at ${second.score}; the tie-break rule (${a.tieBreak}) puts it first`
    : `ahead of ${second.strategy} with ${second.score}, a margin of ${a.margin}`;
  const claims: Claim[] = [
    { text: `${first.strategy} (${STRATEGY_WORDS[first.strategy]}) ranks first with ${first.score} points, ${lead}.`, cites: [subject] },
  ];
  for (const s of a.ranking.filter((x) => !x.eligible && x.score > first.score)) {
    claims.push({
      text: `${s.strategy} scores ${s.score} but cannot rank first: it needs ${s.unmetConditions.map((u) => u.phrase).join(' and ')}.`,
      cites: [subject],
    });
  }
  const reasons = [...first.contributions]
    .filter((c) => c.points > 0)
    .sort((x, y) => y.points - x.points)
    .slice(0, TOP_FACTORS);
  if (reasons.length > 0) {
    claims.push({
      text: `Its largest contributions: ${reasons.map((c) => `${factorName(c.factor)}${c.level ? ` ${c.level}` : ''} (${signed(c.points)})`).join(', ')}.`,
      cites: cite(reasons.flatMap((c) => c.evidence)),
    });
  }
  const graphItems = a.evidence.filter((x) => x.id !== subject && x.kind !== PASSAGE_KIND);
  for (const e of graphItems.slice(0, STATED_EVIDENCE)) claims.push({ text: e.summary, cites: [e.id] });
  const passages = a.evidence.filter((x) => x.kind === PASSAGE_KIND);
  for (const requirement of new Set(passages.map((p) => String(p.facts.requirement)))) {
    const stating = passages.filter((p) => p.facts.requirement === requirement);
    claims.push({
      text: `A policy in force requires ${requirement}: ${stating.map((p) => `“${String(p.facts.heading)}” (${String(p.facts.documentVersion)})`).join('; ')}.`,
      cites: stating.map((p) => p.id),
    });
  }
  if (a.counterfactuals[0]) claims.push({ text: a.counterfactuals[0].statement, cites: [subject] });
  claims.push({
    text: `Confidence ${a.confidence}${a.missingEvidence.length > 0 ? `; missing: ${a.missingEvidence.join('; ')}` : ''}.`,
    cites: [subject],
  });
  if (a.reviewRequired) claims.push({ text: `A person should review this: ${a.reviewReasons.join(' ')}`, cites: [subject] });
  return claims;
}

/**
 * The narrative of a recommendation: the configured model's verified claims about the analysis, or
 * the deterministic narrative (marked as such, with the reason). The ranking is the scoring model's;
 * the narrator only explains it, and sees only what the analysis holds (computed for its reader).
 * Runs outside any transaction.
 */
export async function narrateRecommendation(a: Analysis, llm: LlmClient | null): Promise<Narrative> {
  const result = {
    top: a.top,
    margin: a.margin,
    tieBreak: a.tieBreak,
    ranking: a.ranking.map((s) => ({
      strategy: s.strategy,
      score: s.score,
      rank: s.rank,
      eligible: s.eligible,
      unmetConditions: s.unmetConditions.map((u) => u.id),
      contributions: s.contributions.map(({ factor, level, points, evidence }) => ({ factor, level, points, evidence })),
    })),
    counterfactuals: a.counterfactuals.map((c) => c.statement),
    confidence: a.confidence,
    missingEvidence: a.missingEvidence,
    reviewRequired: a.reviewRequired,
    reviewReasons: a.reviewReasons,
  };
  return narrate(
    {
      task: `Explain why ${a.top} ranks first for this use case, what the evidence shows, and what change would put another strategy first.`,
      result,
      evidence: narratorEvidence(a),
      deterministic: () => deterministicClaims(a, narratorEvidence(a)),
    },
    llm,
  );
}

/** A narrative as one text, for display. */
export const narrativeText = (n: Narrative) => n.claims.map((c) => c.text).join(' ');

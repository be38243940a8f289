import type { Profile } from '../usecases/profile.js';
import { readCharacteristics } from './characteristics.js';
import { counterfactuals } from './counterfactuals.js';
import type { EvidenceRow } from './evidence-rows.js';
import { policyEvidence, type PolicyPassage } from './policy.js';
import type { Classification } from '../permissions/principal.js';
import { findings, graphFor, NEEDED_EVIDENCE, type NeededEvidence, type RecommendationEvidence } from './findings.js';
import { REASONER_DIGEST } from './reasoner.js';
import type { Analysis } from './result.js';
import { CLOSE_CALL_MARGIN, TIE_BREAK } from './rules.js';
import { outcomeFactor } from './outcome-factor.js';
import { round2, scoreProfile, type Contribution, type Scored } from './score.js';
import type { StrategyOutcomes } from '../outcomes/strategy-outcomes.js';

/** The graph's contributions for any profile plus the measured outcomes (the same whatever the profile). */
const withMeasured =
  (graph: (p: Profile) => Contribution[], measured: Contribution | null) =>
  (p: Profile): Contribution[] =>
    measured ? [...graph(p), measured] : graph(p);

/** Evidence items, one per id: a release already cited gains the measuredOutcomes factor and facts. */
function mergeEvidence(items: RecommendationEvidence[], more: RecommendationEvidence[]): RecommendationEvidence[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const m of more) {
    const known = byId.get(m.id);
    if (!known) {
      items.push(m);
      byId.set(m.id, m);
    } else {
      byId.set(m.id, {
        ...known,
        factors: [...new Set([...known.factors, ...m.factors])],
        summary: `${known.summary} ${m.summary}`,
        facts: { ...known.facts, ...m.facts },
      });
      items[items.indexOf(known)] = byId.get(m.id)!;
    }
  }
  return items;
}

export interface AnalyseArgs {
  useCase: string | null;
  asOf: Date;
  whatIf: boolean;
  profile: Profile;
  /** The graph's evidence about the use case as the reader may use it (reader-view.ts); null for a profile with no use case behind it. */
  graph: EvidenceRow | null;
  /** Evidence above the reader's clearance was left out of `graph`. */
  evidenceWithheld: boolean;
  /** The highest classification of what `graph` and `passages` hold. */
  classification: Classification;
  boundsHit: string[];
  /** Policy passages in force stating requirements the profile declares (policy.ts): they support factors, never score. */
  passages: PolicyPassage[];
  /** The organisation's measured outcomes per strategy as the reader may see them (outcome-factor.ts); null or empty: none. */
  outcomes?: StrategyOutcomes | null;
}

/** Why a person should review an answer computed without evidence above the reader's clearance (which, is not said). */
export const WITHHELD_REVIEW =
  'Evidence above your clearance was left out: this answer rests only on what you may see; someone cleared for all of it should review.';

/** The review reason of a close call (rules.ts CLOSE_CALL_MARGIN), naming the tie-break rule when it decided. */
export function closeCallReason(s: Scored): string {
  const [first, second] = s.ranking;
  const lead = `${first.strategy} leads ${second.strategy} by ${s.margin} point(s), below the ${CLOSE_CALL_MARGIN}-point threshold`;
  return s.tieBreak
    ? `Close call: ${first.strategy} and ${second.strategy} tie; the tie-break rule "${TIE_BREAK.rule}" put ${first.strategy} first.`
    : `Close call: ${lead}.`;
}

/**
 * The whole recommendation, from a profile and what the graph holds: scores with per-factor
 * contributions, evidence, counterfactuals, confidence and review flags (narrative.ts explains it). Pure: the same inputs give
 * the same answer, which is what makes a stored recommendation reproducible.
 */
export function analyse(args: AnalyseArgs): Analysis {
  const { graph } = args;
  const found = graph ? findings(graph, args.profile) : null;
  // Grounding the profile does not state is read from the graph; a stated one wins (a what-if can set it).
  const fromGraph = args.profile.groundedInDocuments === undefined && (found?.groundedIn.length ?? 0) > 0;
  const profile = fromGraph ? { ...args.profile, groundedInDocuments: true } : args.profile;
  const measured = outcomeFactor(args.outcomes ?? null);
  const contributions = [...(found?.contributions ?? []), ...(measured.contribution ? [measured.contribution] : [])];
  const policy = policyEvidence(args.passages);
  const cited = fromGraph ? { ...policy.cited, answerGrounding: found!.groundedIn } : policy.cited;
  const scored = scoreProfile(profile, contributions, cited);
  const characteristics = readCharacteristics(profile).map((c) =>
    fromGraph && c.name === 'answerGrounding' ? { ...c, source: 'GRAPH' as const } : c,
  );

  const present = new Set<NeededEvidence>(found?.present ?? []);
  if (profile.labelledExamples !== undefined || profile.labelAgreement !== undefined) present.add('labelledQuantities');
  if (profile.latencyBudgetMs !== undefined) present.add('latencyBudget');
  if (profile.costBudgetUsdPer1k !== undefined) present.add('costBudget');
  const needed = Object.keys(NEEDED_EVIDENCE) as NeededEvidence[];

  const reviewReasons = [
    ...(scored.closeCall ? [closeCallReason(scored)] : []),
    ...(profile.traceabilityNeed === 'STRICT' ? ['Strict traceability: the use case is regulated.'] : []),
    ...(profile.rollbackNeed === 'STRICT' ? ['Strict rollback needs: a wrong strategy is costly to undo.'] : []),
    ...(found?.reviewReasons ?? []),
    ...(args.evidenceWithheld ? [WITHHELD_REVIEW] : []),
  ];
  const useCaseItem: RecommendationEvidence[] = args.useCase
    ? [
        {
          id: args.useCase,
          kind: 'UseCase',
          factors: characteristics.filter((c) => c.level !== null).map((c) => c.name),
          summary: 'The use case’s declared profile (and any quantities stated with it).',
          facts: Object.fromEntries(characteristics.map((c) => [c.name, c.value ?? c.level])),
        },
      ]
    : [];
  return {
    useCase: args.useCase,
    asOf: args.asOf.toISOString(),
    whatIf: args.whatIf,
    profile: args.profile,
    characteristics,
    top: scored.top,
    margin: scored.margin,
    decidedBy: scored.decidedBy,
    tieBreak: scored.tieBreak,
    ranking: scored.ranking,
    evidence: mergeEvidence([...useCaseItem, ...(found?.evidence ?? []), ...policy.items], measured.evidence),
    counterfactuals: counterfactuals(profile, withMeasured(graph ? graphFor(graph, profile) : () => [], measured.contribution)),
    confidence: round2(present.size / needed.length),
    missingEvidence: needed.filter((n) => !present.has(n)).map((n) => NEEDED_EVIDENCE[n]),
    reviewRequired: reviewReasons.length > 0,
    reviewReasons,
    evidenceWithheld: args.evidenceWithheld,
    classification: args.classification,
    boundsHit: args.boundsHit,
    reasoner: { digest: REASONER_DIGEST },
  };
}

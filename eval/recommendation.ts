import type { DomainContext } from '../src/domain/context.js';
import { nodeId } from '../src/domain/ids.js';
import { getNodes } from '../src/domain/nodes/read.js';
import { applyChanges } from '../src/domain/recommend/counterfactuals.js';
import type { RecommendationResult } from '../src/domain/recommend/result.js';
import { recommendStrategy, whatIfStrategy } from '../src/domain/recommend/service.js';
import { registerUseCase } from '../src/domain/usecases/service.js';
import { FIT_CASES, RECOMMENDATION_CASES, type LabelledCase } from './recommendation-cases.js';

export interface RecommendationScores {
  cases: number;
  top1Agreement: number;
  /** Top-1 agreement on each half (recommendation-cases.ts FIT_CASES / HELD_OUT_CASES), over the cases run. */
  halves: { fitted: HalfScore; heldOut: HalfScore };
  /** Answers whose margin is below the close-call threshold (reviewRequired with "Close call"). */
  closeCalls: number;
  /** Answers that name the tie-break rule (first place decided on equal scores). */
  tieBreaks: number;
  /** Answers without a margin: must be 0. */
  withoutMargin: number;
  counterfactuals: number;
  counterfactualValidity: number;
  citations: number;
  citationValidity: number;
  fallbackShare: number;
  disagreements: Array<{ key: string; top: string; accept: string[]; half: 'fitted' | 'held-out' }>;
}

export interface HalfScore {
  cases: number;
  agree: number;
  top1Agreement: number;
}

const halfScore = (cases: number, agree: number): HalfScore => ({ cases, agree, top1Agreement: cases === 0 ? 1 : agree / cases });

/** Every id an answer cites: in contributions, narrative claims and the evidence list. */
function citedIds(r: RecommendationResult): string[] {
  return [
    ...r.ranking.flatMap((s) => s.contributions.flatMap((c) => c.evidence)),
    ...r.narrative.claims.flatMap((c) => c.cites),
    ...r.evidence.map((e) => e.id),
  ];
}

/**
 * The labelled use cases, registered (idempotently) under `prefix` and recommended through the
 * domain service as the API would: top-1 agreement with the labels; counterfactuals that, applied
 * and scored again through whatIfStrategy, really flip the top choice; citations that name nodes in
 * the graph and in the answer's evidence; the share of narratives that fell back to the deterministic one.
 */
export async function evaluateRecommendations(
  ctx: DomainContext,
  prefix = 'eval-rec-',
  cases: LabelledCase[] = RECOMMENDATION_CASES,
): Promise<RecommendationScores> {
  let agree = 0;
  let [cfTotal, cfValid, citeTotal, citeValid, fallbacks] = [0, 0, 0, 0, 0];
  let [closeCalls, tieBreaks, withoutMargin] = [0, 0, 0];
  const fitKeys = new Set(FIT_CASES.map((x) => x.key));
  const half = { fitted: { cases: 0, agree: 0 }, heldOut: { cases: 0, agree: 0 } };
  const disagreements: RecommendationScores['disagreements'] = [];
  for (const c of cases) {
    const key = `${prefix}${c.key}`;
    await registerUseCase(ctx, { key, name: c.name, ...c.profile });
    const useCase = nodeId('UseCase', key);
    const r = await recommendStrategy(ctx, { useCase });
    const h = fitKeys.has(c.key) ? half.fitted : half.heldOut;
    h.cases++;
    if (c.accept.includes(r.top)) {
      agree++;
      h.agree++;
    } else disagreements.push({ key: c.key, top: r.top, accept: c.accept, half: fitKeys.has(c.key) ? 'fitted' : 'held-out' });
    if (typeof r.margin !== 'number') withoutMargin++;
    if (r.reviewReasons.some((x) => x.startsWith('Close call'))) closeCalls++;
    if (r.tieBreak !== null) tieBreaks++;
    if (r.narrative.source !== 'LLM') fallbacks++;

    for (const cf of r.counterfactuals) {
      cfTotal++;
      const flipped = await whatIfStrategy(ctx, { useCase, profile: applyChanges(r.profile, cf.changes) });
      if (flipped.top === cf.top && cf.top !== r.top) cfValid++;
    }
    const cited = citedIds(r);
    const inAnswer = new Set(r.evidence.map((e) => e.id));
    const found = await getNodes(ctx, [...new Set(cited)]);
    const exists = new Set(found.filter((n) => n !== null).map((n) => String(n!.id)));
    for (const id of cited) {
      citeTotal++;
      if (inAnswer.has(id) && exists.has(id)) citeValid++;
    }
  }
  const n = cases.length;
  return {
    cases: n,
    top1Agreement: agree / n,
    halves: { fitted: halfScore(half.fitted.cases, half.fitted.agree), heldOut: halfScore(half.heldOut.cases, half.heldOut.agree) },
    closeCalls,
    tieBreaks,
    withoutMargin,
    counterfactuals: cfTotal,
    counterfactualValidity: cfTotal === 0 ? 1 : cfValid / cfTotal,
    citations: citeTotal,
    citationValidity: citeTotal === 0 ? 1 : citeValid / citeTotal,
    fallbackShare: fallbacks / n,
    disagreements,
  };
}

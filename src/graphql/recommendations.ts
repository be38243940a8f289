import { listNodes } from '../domain/nodes/read.js';
import type { CharacteristicValue, LevelSource } from '../domain/recommend/characteristics.js';
import type { Change, Counterfactual } from '../domain/recommend/counterfactuals.js';
import type { RecommendationEvidence } from '../domain/recommend/findings.js';
import { NARRATIVE_SOURCES, type Narrative } from '../domain/explain/narrate.js';
import type { Claim, DroppedClaim } from '../domain/explain/verify.js';
import { narrativeText } from '../domain/recommend/narrate-recommendation.js';
import type { RecommendationResult } from '../domain/recommend/result.js';
import type { StrategyScore } from '../domain/recommend/score.js';
import {
  recordRecommendation,
  recordRecommendationInput,
  recordStrategyDecision,
  storedResult,
  strategyDecisionInput,
  type StoredRecommendation,
} from '../domain/recommend/record.js';
import { scoreWithoutOutcomes } from '../domain/recommend/outcome-factor.js';
import { recommendStrategy, whatIfStrategy } from '../domain/recommend/service.js';
import { CLOSE_CALL_MARGIN, TIE_BREAK } from '../domain/recommend/rules.js';
import { STRATEGIES } from '../domain/recommend/strategies.js';
import { profileSchema } from '../domain/usecases/profile.js';
import type { z } from 'zod';
import { Classification, withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { OutputForm } from './llm-forms.js';
import { forwardArgs, toConnection } from './connection.js';
import { sameFields } from './input-check.js';
import { nodeRef } from './node-type.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';
import { profileInputFields, StrategyDecision, UseCase } from './usecases.js';

export const Strategy = builder.enumType('Strategy', { values: STRATEGIES });
const NarrativeSource = builder.enumType('NarrativeSource', { values: NARRATIVE_SOURCES });
const LevelSource = builder.enumType('LevelSource', {
  // Every one of LEVEL_SOURCES, each with its description.
  values: {
    DECLARED: { description: 'The level the profile declares.' },
    QUANTITY: { description: 'The tier of a quantity the profile states (labelled examples, agreement, a budget).' },
    GRAPH: { description: 'Observed in the graph (answer grounding: current releases retrieve from document versions).' },
    UNSET: { description: 'Not stated: the characteristic adds nothing.' },
  } satisfies Record<LevelSource, { description: string }>,
});

const CharacteristicRef = builder.objectRef<CharacteristicValue>('StrategyCharacteristic').implement({
  description: 'A characteristic the scoring model weighs, at the level it was scored.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    level: t.string({ resolve: (c) => c.level }),
    source: t.field({ type: LevelSource, nullable: false, resolve: (c) => c.source }),
    value: t.float({ description: 'The quantity the level came from.', resolve: (c) => c.value }),
  }),
});

type ContributionRow = StrategyScore['contributions'][number];
const ContributionRef = builder.objectRef<ContributionRow>('FactorContribution').implement({
  description: "One factor's points for a strategy; a strategy's contributions add up to its score.",
  fields: (t) => ({
    factor: t.exposeString('factor', { nullable: false }),
    level: t.string({ resolve: (c) => c.level }),
    points: t.exposeFloat('points', { nullable: false }),
    rules: t.exposeStringList('rules', { nullable: false, description: 'Rule ids in src/domain/recommend/rules.ts.' }),
    evidence: t.exposeIDList('evidence', { nullable: false, description: 'Graph ids the factor rests on.' }),
  }),
});

type UnmetRow = StrategyScore['unmetConditions'][number];
const UnmetConditionRef = builder.objectRef<UnmetRow>('UnmetCondition').implement({
  description: 'A necessary condition (src/domain/recommend/rules.ts CONDITIONS) the profile does not meet.',
  fields: (t) => ({
    id: t.exposeString('id', { nullable: false }),
    characteristic: t.exposeString('characteristic', { nullable: false }),
    level: t.string({ description: "The characteristic's level (null: unset).", resolve: (u) => u.level }),
    kind: t.exposeString('kind', { nullable: false, description: 'REQUIRES or EXCLUDES.' }),
    levels: t.stringList({ nullable: false, description: 'The levels required (or excluded).', resolve: (u) => [...u.levels] }),
    statement: t.string({
      nullable: false,
      resolve: (u) => `${u.strategy} needs ${u.phrase}: ${u.because}`,
    }),
  }),
});

const ScoreRef = builder.objectRef<StrategyScore>('StrategyScore').implement({
  fields: (t) => ({
    strategy: t.field({ type: Strategy, nullable: false, resolve: (s) => s.strategy }),
    score: t.exposeFloat('score', { nullable: false }),
    rank: t.exposeInt('rank', { nullable: false }),
    eligible: t.boolean({
      nullable: false,
      description: 'False when a necessary condition is unmet: the strategy cannot rank first, whatever its score.',
      resolve: (s) => s.eligible,
    }),
    unmetConditions: t.field({ type: [UnmetConditionRef], nullable: false, resolve: (s) => s.unmetConditions }),
    contributions: t.field({ type: [ContributionRef], nullable: false, resolve: (s) => s.contributions }),
    scoreWithoutOutcomes: t.float({
      nullable: false,
      description: 'The score without the organisation’s measured outcomes (the measuredOutcomes factor).',
      resolve: scoreWithoutOutcomes,
    }),
  }),
});

const FactRef = builder.objectRef<{ name: string; value: unknown }>('EvidenceFact').implement({
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    value: t.string({ description: 'The value in JSON.', nullable: false, resolve: (f) => JSON.stringify(f.value ?? null) }),
  }),
});

const EvidenceRef = builder.objectRef<RecommendationEvidence>('RecommendationEvidence').implement({
  description: 'A graph node the recommendation rests on, and why it mattered.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false }),
    kind: t.exposeString('kind', { nullable: false }),
    factors: t.exposeStringList('factors', { nullable: false }),
    summary: t.exposeString('summary', { nullable: false }),
    facts: t.field({ type: [FactRef], nullable: false, resolve: (e) => Object.entries(e.facts).map(([name, value]) => ({ name, value })) }),
  }),
});

const ChangeRef = builder.objectRef<Change>('CharacteristicChange').implement({
  fields: (t) => ({
    characteristic: t.exposeString('characteristic', { nullable: false }),
    from: t.string({ resolve: (c) => c.from }),
    to: t.exposeString('to', { nullable: false }),
  }),
});

const CounterfactualRef = builder.objectRef<Counterfactual>('Counterfactual').implement({
  description: 'A smallest change that would put another strategy first (exact: the changed profile was scored).',
  fields: (t) => ({
    changes: t.field({ type: [ChangeRef], nullable: false, resolve: (c) => c.changes }),
    strategy: t.field({ type: Strategy, nullable: false, description: 'What would rank first.', resolve: (c) => c.top }),
    insteadOf: t.field({ type: Strategy, nullable: false, resolve: (c) => c.insteadOf }),
    distance: t.exposeInt('distance', { nullable: false, description: 'Level steps the change takes.' }),
    meetsConditions: t.stringList({
      nullable: false,
      description: 'Necessary conditions of `strategy` the change meets (ids in src/domain/recommend/rules.ts).',
      resolve: (c) => c.meets,
    }),
    statement: t.exposeString('statement', { nullable: false }),
  }),
});

const ClaimRef = builder.objectRef<Claim>('NarrativeClaim').implement({
  description: 'A claim of the narrative, citing the evidence (ids in `evidence`) it rests on; verified in code before it is returned.',
  fields: (t) => ({
    text: t.exposeString('text', { nullable: false }),
    evidence: t.idList({ nullable: false, resolve: (c) => c.cites }),
  }),
});

const DroppedClaimRef = builder.objectRef<DroppedClaim>('DroppedClaim').implement({
  description: "A model's claim that failed verification: never shown among the claims.",
  fields: (t) => ({
    text: t.exposeString('text', { nullable: false }),
    reason: t.exposeString('reason', { nullable: false }),
    detail: t.exposeString('detail', { nullable: false }),
  }),
});

const NarrativeRef = builder.objectRef<Narrative>('Narrative').implement({
  description: 'The explanation: verified LLM claims, or a deterministic narrative built in code from the same result.',
  fields: (t) => ({
    source: t.field({ type: NarrativeSource, nullable: false, resolve: (n) => n.source }),
    text: t.string({ nullable: false, description: 'The claims in one text.', resolve: (n) => narrativeText(n) }),
    claims: t.field({ type: [ClaimRef], nullable: false, resolve: (n) => n.claims }),
    fallbackReason: t.string({
      description:
        'Why the deterministic narrative answers: NO_MODEL, TIMEOUT, RATE_LIMITED, SERVER_ERROR, REFUSAL, MALFORMED, ERROR or NO_VERIFIED_CLAIMS.',
      resolve: (n) => n.fallbackReason,
    }),
    fallbackDetail: t.string({ resolve: (n) => n.fallbackDetail }),
    droppedClaims: t.field({ type: [DroppedClaimRef], nullable: false, resolve: (n) => n.dropped }),
    model: t.string({ description: 'The model whose claims these are.', resolve: (n) => n.model }),
    promptVersion: t.string({ nullable: false, description: "The narrator prompt's content hash.", resolve: (n) => n.promptVersion }),
    outputForm: t.field({
      type: OutputForm,
      description: 'How the model was asked for its claims, as the endpoint accepted; null when no model answered.',
      resolve: (n) => n.outputForm,
    }),
  }),
});

const RecommendationResultRef = builder.objectRef<RecommendationResult>('StrategyRecommendation').implement({
  description: 'A ranked, explained strategy recommendation from a transparent additive scoring model.',
  fields: (t) => ({
    useCase: t.id({ resolve: (r) => r.useCase }),
    asOf: t.field({ type: DateTime, nullable: false, resolve: (r) => r.asOf }),
    whatIf: t.exposeBoolean('whatIf', { nullable: false, description: 'True when scored from a profile given inline.' }),
    top: t.field({ type: Strategy, nullable: false, resolve: (r) => r.top }),
    margin: t.float({
      nullable: false,
      description: `First's score minus second's. Below ${CLOSE_CALL_MARGIN} point(s) the answer is a close call: reviewRequired, with the reason "Close call".`,
      resolve: (r) => r.margin,
    }),
    tieBreak: t.string({
      description: `The tie-break rule that put \`top\` first on equal scores ("${TIE_BREAK.rule}": ${TIE_BREAK.statement}); null when the score decided.`,
      resolve: (r) => r.tieBreak,
    }),
    ranking: t.field({
      type: [ScoreRef],
      nullable: false,
      description:
        'Every strategy, best first: those whose necessary conditions hold by score (equal scores by the tie-break rule), then those with an unmet condition (eligible: false), which cannot rank first whatever their score. Since necessary conditions were added, a rank no longer always follows the score alone.',
      resolve: (r) => r.ranking,
    }),
    characteristics: t.field({ type: [CharacteristicRef], nullable: false, resolve: (r) => r.characteristics }),
    evidence: t.field({ type: [EvidenceRef], nullable: false, resolve: (r) => r.evidence }),
    counterfactuals: t.field({ type: [CounterfactualRef], nullable: false, resolve: (r) => r.counterfactuals }),
    confidence: t.exposeFloat('confidence', { nullable: false, description: 'Share of the needed evidence that exists (0..1).' }),
    missingEvidence: t.exposeStringList('missingEvidence', { nullable: false }),
    reviewRequired: t.exposeBoolean('reviewRequired', { nullable: false }),
    reviewReasons: t.exposeStringList('reviewReasons', { nullable: false }),
    truncated: t.boolean({
      nullable: false,
      description: 'True when a bound of the evidence walk was hit.',
      resolve: (r) => r.boundsHit.length > 0,
    }),
    evidenceWithheld: t.exposeBoolean('evidenceWithheld', {
      nullable: false,
      description:
        'True when graph evidence above your clearance was left out: every part of this answer (ranking, points, levels, reasons, counterfactuals, narrative) was computed without it, and says nothing about it.',
    }),
    classification: t.field({
      type: Classification,
      nullable: false,
      description: 'The highest classification of the evidence this answer rests on; a stored recommendation is classified so.',
      resolve: (r) => r.classification,
    }),
    boundsHit: t.exposeStringList('boundsHit', { nullable: false }),
    reasonerDigest: t.string({ nullable: false, description: "The scoring model's content digest.", resolve: (r) => r.reasoner.digest }),
    reasonerVersion: t.id({ description: 'Its registered version, once stored.', resolve: (r) => r.reasoner.version ?? null }),
    narrative: t.field({ type: NarrativeRef, nullable: false, resolve: (r) => r.narrative }),
  }),
});

export const Recommendation = nodeRef(
  'Recommendation',
  'A stored strategy recommendation, generated by a reasoning run that used its evidence.',
);
export const ReasoningRun = nodeRef(
  'ReasoningRun',
  'The run of the recommender that produced a recommendation: what it used, which reasoner version.',
);

builder.objectFields(Recommendation, (t) => ({
  useCase: t.field({ type: UseCase, resolve: (n) => n.parent }),
  strategy: t.expose('strategy', { type: Strategy }),
  confidence: t.exposeFloat('confidence'),
  reviewRequired: t.exposeBoolean('reviewRequired'),
  whatIf: t.exposeBoolean('whatIf'),
  reasonerVersion: t.exposeID('reasoner'),
  result: t.field({
    type: RecommendationResultRef,
    description: 'The full answer the way it was stored.',
    resolve: (n, _, ctx) => storedResult(ctx.domain, n),
  }),
  decisions: t.connection({
    type: StrategyDecision,
    description: 'Decisions taken on it, newest first.',
    resolve: async (n, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'StrategyDecision', { ...forwardArgs(args), filters: [{ property: 'recommendation', value: n.id }] }),
      ),
  }),
}));

builder.objectFields(ReasoningRun, (t) => ({
  asOf: t.exposeString('asOf', { description: 'The instant the graph was read at.' }),
  reasonerVersion: t.exposeID('reasoner'),
  reasonerDigest: t.exposeString('reasonerDigest'),
  narratorOutputForm: t.field({
    type: OutputForm,
    description: 'How the narrator model was asked for its JSON when the recommendation was recorded; null when no model answered.',
    resolve: (n) => n.narratorOutputForm,
  }),
}));

builder.objectFields(StrategyDecision, (t) => ({
  useCase: t.field({ type: UseCase, resolve: (n) => n.parent }),
  recommendation: t.field({ type: Recommendation, resolve: (n) => n.recommendation }),
  strategy: t.expose('strategy', { type: Strategy }),
  recommended: t.expose('recommended', { type: Strategy }),
  followed: t.exposeBoolean('followed', { description: 'True when it took the recommended strategy; false for an override.' }),
  justification: t.exposeString('justification'),
}));

const ProfileInput = builder.inputType('StrategyProfileInput', {
  description: 'A use case profile given inline. Quantities, when given, decide their levels.',
  fields: (t) => profileInputFields(t),
});
sameFields<typeof ProfileInput.$inferInput, z.input<typeof profileSchema>>(true);

builder.queryFields((t) => ({
  recommendStrategy: t.field({
    type: RecommendationResultRef,
    nullable: false,
    description:
      "Ranks PROMPT_ENGINEERING, RAG, ADAPTER, FINE_TUNE and HYBRID for a use case, from its profile and the organisation's graph.",
    args: { useCase: t.arg.id({ required: true }), asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }) },
    resolve: (_, args, ctx) => recommendStrategy(ctx.domain, args),
  }),
  whatIfStrategy: t.field({
    type: RecommendationResultRef,
    nullable: false,
    description:
      "Ranks the strategies for a profile given inline; nothing is stored. With `useCase`, that use case's graph evidence refines it.",
    args: {
      profile: t.arg({ type: ProfileInput, required: true }),
      useCase: t.arg.id(),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    resolve: (_, args, ctx) => whatIfStrategy(ctx.domain, { ...args, profile: withoutNulls(args.profile) }),
  }),
  recommendations: t.connection({
    type: Recommendation,
    nullable: false,
    description: 'Stored recommendations, newest first (of one use case when given).',
    args: { useCase: t.arg.id() },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'Recommendation', { ...forwardArgs(args), parent: args.useCase ?? null })),
  }),
  strategyDecisions: t.connection({
    type: StrategyDecision,
    nullable: false,
    description: 'Strategy decisions, newest first (of one use case when given).',
    args: { useCase: t.arg.id() },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'StrategyDecision', { ...forwardArgs(args), parent: args.useCase ?? null })),
  }),
}));

const KEY_DESCRIPTION = 'Optional client key for idempotent retries: a resend with the same key returns the first.';

const RecordInput = builder.inputType('RecordRecommendationInput', {
  fields: (t) => ({
    key: t.string({ description: KEY_DESCRIPTION }),
    useCase: t.id({ required: true }),
    profile: t.field({ type: ProfileInput, description: 'Store a what-if: this profile instead of the use case’s own.' }),
  }),
});
sameFields<typeof RecordInput.$inferInput, z.input<typeof recordRecommendationInput>>(true);

const RecordPayload = builder.objectRef<StoredRecommendation>('RecordRecommendationPayload').implement({
  fields: (t) => ({
    recommendation: t.field({ type: Recommendation, nullable: false, resolve: (p) => p.node }),
    result: t.field({ type: RecommendationResultRef, nullable: false, resolve: (p) => p.result }),
  }),
});

const DecisionInput = builder.inputType('RecordStrategyDecisionInput', {
  fields: (t) => ({
    key: t.string({ description: KEY_DESCRIPTION }),
    recommendation: t.id({ required: true }),
    strategy: t.field({ type: Strategy, required: true }),
    justification: t.string({ description: 'Why; required when the strategy differs from the recommended one.' }),
  }),
});
sameFields<typeof DecisionInput.$inferInput, z.input<typeof strategyDecisionInput>>(true);

builder.mutationFields((t) => ({
  recordRecommendation: t.field({
    type: RecordPayload,
    nullable: false,
    description: 'Computes a recommendation now and stores it, with the reasoning run that used its evidence and the reasoner version.',
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      recordRecommendation(ctx.domain, { ...withoutNulls(input), profile: input.profile ? withoutNulls(input.profile) : undefined }),
  }),
  recordStrategyDecision: t.field({
    type: StrategyDecision,
    nullable: false,
    description: 'Records a decision on a recommendation: following it, or overriding it with a justification.',
    args: { input: t.arg({ type: DecisionInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await recordStrategyDecision(ctx.domain, withoutNulls(input))).node,
  }),
}));

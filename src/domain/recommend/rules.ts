import type { CharacteristicName } from './characteristics.js';
import type { Points, Strategy } from './strategies.js';

/**
 * The scoring model, in one place a reviewer can read: every rule once, with its weight per strategy,
 * the necessary conditions beside the weights, and how ties and close calls are decided.
 *
 * A strategy's score is the sum of the points of the rules that apply, so each factor's contribution is
 * visible and a change of one characteristic changes the score by exactly that factor's difference.
 * A strategy whose necessary condition is unmet cannot rank first, whatever its score (CONDITIONS).
 *
 * The profile rules are the seed article's rules of thumb: scarce data or strict traceability and quick
 * rollback favour prompting and lightweight adapters; stable, high-value tasks with clean label-grade
 * data and a clear ROI favour targeted fine-tuning (as a conjunction: CONDITIONS); evolving knowledge
 * and answers that must cite their documents favour retrieval; enterprise tasks with moderate data
 * favour hybrid adapters. Each rule's `prior` is that hand-written weight; its `points` are the weights
 * fitted to the labelled fitting half of eval/recommendation-cases.ts by scripts/fit-rules.ts
 * (`npm run fit:rules`, a perceptron a reviewer can follow, documented there), written into the
 * FITTED block below. The graph rules refine them with what the organisation's own graph observed.
 * Changing anything here changes the reasoner's digest, and with it the registered reasoner version
 * every stored recommendation names.
 */

/** Weights in strategy order: prompt engineering, RAG, adapter, fine-tune, hybrid. */
export type Row5 = [number, number, number, number, number];
const w = ([p, r, a, f, h]: Row5): Points => ({ PROMPT_ENGINEERING: p, RAG: r, ADAPTER: a, FINE_TUNE: f, HYBRID: h });

/**
 * Factors derived from two characteristics, scored like one. `citationNeed` is the traceability need
 * when answers are grounded in a document corpus: then "answers must cite their sources", which
 * retrieval over a versioned corpus serves. The traceability need itself weighs as "the model artifact
 * must be swappable and quick to roll back", which prompts and adapters serve.
 */
export const DERIVED_FACTORS = ['citationNeed'] as const;
export type DerivedFactor = (typeof DERIVED_FACTORS)[number];
export type RuleFactor = CharacteristicName | DerivedFactor;

export interface ProfileRule {
  id: string;
  characteristic: RuleFactor;
  level: string;
  because: string;
  /** The hand-written weight from the brief, where fitting starts. */
  prior: Points;
  /** The weight that scores: the fitted one when the FITTED block has it, else the prior. */
  points: Points;
}

// BEGIN FITTED WEIGHTS (written by `npm run fit:rules`; edit the priors below, not this block)
// Fitted to 77 cases (eval/recommendation-cases.ts FIT_CASES). Order: PE, RAG, AD, FT, HY.
const FITTED: Record<string, Row5> = {
  'labelledData.scarce': [4, 2, -1, -4, -2],
  'labelledData.moderate': [-1, -1, 3, 0, 2],
  'labelledData.abundant': [-1, 1, 1, 2, 1],
  'labelQuality.low': [4, 1, -4, -3, -1],
  'labelQuality.medium': [-1, 0, 2, 0, 0],
  'labelQuality.high': [-1, 0, 3, 2, -1],
  'domainStability.volatile': [1, 3, -1, -3, -1],
  'domainStability.evolving': [2, 1, 0, -1, 0],
  'domainStability.stable': [0, 0, 0, 2, 0],
  'knowledgeFreshness.static': [2, -3, 1, 1, -1],
  'knowledgeFreshness.periodic': [0, 1, 0, 0, 1],
  'knowledgeFreshness.continuous': [-1, 7, -3, -2, 1],
  'answerGrounding.documents': [-2, 5, -1, -1, 1],
  'answerGrounding.none': [1, -1, 0, 0, 0],
  'traceabilityNeed.low': [1, 0, -1, 1, 0],
  'traceabilityNeed.medium': [0, 0, 1, 0, -1],
  'traceabilityNeed.high': [2, 1, -1, -1, 1],
  'traceabilityNeed.strict': [1, 1, 3, -3, 0],
  'citationNeed.high': [0, 3, -1, -1, 1],
  'citationNeed.strict': [-2, 6, -1, -2, 1],
  'rollbackNeed.low': [1, 0, -2, 2, 0],
  'rollbackNeed.medium': [0, 1, -1, -1, 0],
  'rollbackNeed.high': [1, 0, 2, -1, -1],
  'rollbackNeed.strict': [1, 0, 2, -2, -1],
  'valueRoi.low': [3, 1, -3, -3, -1],
  'valueRoi.medium': [-1, 1, 2, 0, 0],
  'valueRoi.high': [0, -1, 1, 2, 1],
  'latencyBudget.tight': [-1, -2, 2, 1, -2],
  'latencyBudget.moderate': [0, 0, 0, 0, 0],
  'latencyBudget.relaxed': [0, 2, -1, 1, -1],
  'costBudget.low': [2, -1, 3, -4, -2],
  'costBudget.medium': [0, 0, 0, 0, 0],
  'costBudget.high': [0, 0, 0, 1, 1],
};
// END FITTED WEIGHTS

const ruleId = (characteristic: RuleFactor, level: string) => `${characteristic}.${level.toLowerCase()}`;

const rule = (characteristic: RuleFactor, level: string, prior: Row5, because: string): ProfileRule => {
  const id = ruleId(characteristic, level);
  return { id, characteristic, level, because, prior: w(prior), points: w(FITTED[id] ?? prior) };
};

export const PROFILE_RULES: readonly ProfileRule[] = [
  //                                              PE   RAG  AD   FT   HY
  rule('labelledData', 'SCARCE', /*           */ [3, 1, 0, -4, -1], 'Scarce labelled data cannot carry training; prompts need none.'),
  rule('labelledData', 'MODERATE', /*         */ [0, 0, 2, -1, 2], 'Moderate data is enough for adapters, not for a full fine-tune.'),
  rule('labelledData', 'ABUNDANT', /*         */ [-1, 0, 1, 3, 1], 'Plentiful labelled data is what fine-tuning needs.'),
  rule('labelQuality', 'LOW', /*              */ [1, 1, -1, -3, -1], 'Noisy labels teach a trained model the noise.'),
  rule('labelQuality', 'MEDIUM', /*           */ [0, 0, 1, 0, 0], 'Fair labels suit a light adapter better than a full fine-tune.'),
  rule('labelQuality', 'HIGH', /*             */ [0, 0, 1, 2, 0], 'Clean, label-grade data makes fine-tuning pay off.'),
  rule(
    'domainStability',
    'VOLATILE',
    /*      */ [2, 2, -1, -3, -1],
    'A volatile domain outdates any trained artifact; prompts and retrieval change without retraining.',
  ),
  rule('domainStability', 'EVOLVING', /*      */ [1, 1, 0, -1, 1], 'An evolving domain favours what can be changed without retraining.'),
  rule('domainStability', 'STABLE', /*        */ [0, 0, 1, 2, 0], 'A stable domain lets a trained model keep its value.'),
  rule('knowledgeFreshness', 'STATIC', /*     */ [0, -1, 0, 1, 0], 'Static knowledge can live in the weights; retrieval adds little.'),
  rule('knowledgeFreshness', 'PERIODIC', /*   */ [0, 1, 0, 0, 1], 'Knowledge that changes periodically is easier to refresh in an index.'),
  rule('knowledgeFreshness', 'CONTINUOUS', /* */ [0, 4, -1, -2, 1], 'Continuously changing knowledge needs retrieval at answer time.'),
  rule(
    'answerGrounding',
    'DOCUMENTS',
    /*      */ [0, 2, 0, -1, 1],
    'Answers drawn from a document corpus are best given that corpus at answer time.',
  ),
  rule('answerGrounding', 'NONE', /*          */ [1, -1, 0, 0, 0], 'Answers not drawn from documents gain little from retrieval.'),
  rule(
    'traceabilityNeed',
    'LOW',
    /*          */ [0, 0, 0, 1, 0],
    'Little need to trace the model artifact leaves room for an opaque trained one.',
  ),
  rule('traceabilityNeed', 'MEDIUM', /*       */ [0, 0, 0, 0, 0], 'Ordinary traceability needs favour no strategy.'),
  rule(
    'traceabilityNeed',
    'HIGH',
    /*         */ [1, 0, 1, -1, 1],
    'Enterprise traceability of the artifact favours versioned prompts and swappable components.',
  ),
  rule(
    'traceabilityNeed',
    'STRICT',
    /*       */ [3, 0, 2, -3, 0],
    'Strict (regulated) traceability of the artifact favours versioned prompts and lightweight adapters.',
  ),
  rule(
    'citationNeed',
    'HIGH',
    /*             */ [0, 2, 0, -1, 1],
    'Answers must cite their sources: retrieval over a versioned corpus names the passage each answer rests on.',
  ),
  rule(
    'citationNeed',
    'STRICT',
    /*           */ [0, 4, 0, -2, 1],
    'Regulated answers must cite their sources: retrieval over a versioned corpus names the passage each rests on.',
  ),
  rule('rollbackNeed', 'LOW', /*              */ [0, 0, 0, 1, 0], 'Rare rollbacks make a single trained artifact acceptable.'),
  rule('rollbackNeed', 'MEDIUM', /*           */ [0, 0, 0, 0, 0], 'Ordinary rollback needs favour no strategy.'),
  rule(
    'rollbackNeed',
    'HIGH',
    /*             */ [1, 0, 1, -1, 0],
    'Quick rollback is easier with prompts and detachable adapters than with retrained weights.',
  ),
  rule(
    'rollbackNeed',
    'STRICT',
    /*           */ [2, 0, 1, -2, -1],
    'Strict rollback needs favour prompts and adapters that revert in one alias move.',
  ),
  rule('valueRoi', 'LOW', /*                  */ [2, 0, -1, -3, -1], 'Low or unclear value does not justify training costs.'),
  rule('valueRoi', 'MEDIUM', /*               */ [0, 0, 1, 0, 1], 'Moderate value justifies moderate investment.'),
  rule('valueRoi', 'HIGH', /*                 */ [0, 0, 1, 2, 1], 'High value with a clear ROI justifies targeted fine-tuning.'),
  rule('latencyBudget', 'TIGHT', /*           */ [1, -2, 1, 1, -2], 'A tight latency budget leaves no time for a retrieval round trip.'),
  rule('latencyBudget', 'MODERATE', /*        */ [0, 0, 0, 0, 0], 'A moderate latency budget favours no strategy.'),
  rule('latencyBudget', 'RELAXED', /*         */ [0, 1, 0, 0, 0], 'A relaxed latency budget has room for retrieval.'),
  rule(
    'costBudget',
    'LOW',
    /*                */ [1, -1, 1, -2, -1],
    'A low cost budget favours a base model with prompts or a small adapter.',
  ),
  rule('costBudget', 'MEDIUM', /*             */ [0, 0, 0, 0, 0], 'A moderate cost budget favours no strategy.'),
  rule('costBudget', 'HIGH', /*               */ [0, 0, 0, 1, 1], 'A generous cost budget can carry training and richer pipelines.'),
];

export const profileRule = (characteristic: RuleFactor, level: string): ProfileRule | undefined =>
  PROFILE_RULES.find((r) => r.characteristic === characteristic && r.level === level);

/**
 * Necessary conditions: a strategy whose condition is unmet cannot rank first, whatever its score
 * (it ranks after every strategy whose conditions hold, its points still shown). REQUIRES lists the
 * levels that meet the condition; EXCLUDES the levels that break it. An unset characteristic does not
 * meet a requirement. The brief's fine-tuning rule is a conjunction, so it is written as one: clean,
 * label-grade data (and enough of it), a stable domain and a clear ROI; and knowledge that changes
 * continuously cannot live in trained weights.
 */
export interface Condition {
  id: string;
  strategy: Strategy;
  characteristic: CharacteristicName;
  kind: 'REQUIRES' | 'EXCLUDES';
  levels: readonly string[];
  /** What meeting it means, in a person's words ("clean, label-grade data"). */
  phrase: string;
  because: string;
}

export const CONDITIONS: readonly Condition[] = [
  {
    id: 'FINE_TUNE.requires.labelGradeData',
    strategy: 'FINE_TUNE',
    characteristic: 'labelQuality',
    kind: 'REQUIRES',
    levels: ['HIGH'],
    phrase: 'clean, label-grade data',
    because: 'Fine-tuning on noisy labels teaches the model the noise.',
  },
  {
    id: 'FINE_TUNE.requires.enoughData',
    strategy: 'FINE_TUNE',
    characteristic: 'labelledData',
    kind: 'REQUIRES',
    levels: ['MODERATE', 'ABUNDANT'],
    phrase: 'enough labelled data to train on',
    because: 'Scarce labelled data cannot carry a fine-tune.',
  },
  {
    id: 'FINE_TUNE.requires.stableDomain',
    strategy: 'FINE_TUNE',
    characteristic: 'domainStability',
    kind: 'REQUIRES',
    levels: ['STABLE'],
    phrase: 'a stable domain',
    because: 'A trained artifact keeps its value only while the domain holds still.',
  },
  {
    id: 'FINE_TUNE.requires.clearRoi',
    strategy: 'FINE_TUNE',
    characteristic: 'valueRoi',
    kind: 'REQUIRES',
    levels: ['HIGH'],
    phrase: 'high value and a clear ROI',
    because: 'Training, retraining and governing a bespoke artifact pays only for high-value tasks with a clear ROI.',
  },
  {
    id: 'FINE_TUNE.excludes.continuousKnowledge',
    strategy: 'FINE_TUNE',
    characteristic: 'knowledgeFreshness',
    kind: 'EXCLUDES',
    levels: ['CONTINUOUS'],
    phrase: 'knowledge that does not change continuously',
    because: 'Knowledge that changes continuously is stale in trained weights the day after training.',
  },
];

/**
 * Ties: on equal scores the more reversible, cheaper strategy ranks first. Prompts revert in one alias
 * move and cost nothing to train; retrieval swaps an index; an adapter detaches; a hybrid is an
 * adapter and an index; a fine-tune binds the use case to one retrained artifact.
 */
export const TIE_BREAK = {
  rule: 'more reversible, cheaper first',
  order: ['PROMPT_ENGINEERING', 'RAG', 'ADAPTER', 'HYBRID', 'FINE_TUNE'] as readonly Strategy[],
  statement:
    'On equal scores the more reversible, cheaper strategy ranks first: prompt engineering, retrieval, an adapter, a hybrid, fine-tuning.',
} as const;

/**
 * A first place won by less than this many points over the second is a close call: the answer says so
 * and asks for review. Weights move in whole points, so a lead of at most one point can be undone by a
 * single one-point difference in a single rule, within the fit's own resolution (its FIT_MARGIN is 1).
 */
export const CLOSE_CALL_MARGIN = 2;

/**
 * Graph factors: what the organisation's graph observed about this use case and ones like it.
 * Learning from measured outcomes is one more factor here (measuredOutcomes), not in the fitted profile
 * table: per strategy, the organisation's own results (src/domain/outcomes strategyOutcomes) shrunk
 * towards zero by sample size, n / (n + k), citing the releases measured as of the answer's instant
 * with their n; each ranked strategy also carries its score without the organisation's outcomes.
 */
export const GRAPH_FACTORS = [
  'observedTrainingData',
  'corpusFreshness',
  'currentRelease',
  'rollbacks',
  'driftAlerts',
  'priorDecision',
  'similarUseCases',
  'measuredOutcomes',
] as const;
export type GraphFactor = (typeof GRAPH_FACTORS)[number];

/**
 * The graph rules' weights. Rollbacks, drift and outcomes weigh on the strategy the affected release
 * (or decision) used; each factor is capped so history refines the profile's ranking and cannot
 * replace it.
 */
export const GRAPH_RULES = {
  /** Training data of at least LARGE_ROWS rows at CLEAN_LABELS label quality or better, observed in a release's model lineage. */
  observedLargeCleanData: { points: w([0, 0, 1, 2, 0]), because: 'The systems already train on plentiful, clean labelled data.' },
  observedSmallData: { points: w([1, 0, 0, -1, 0]), because: 'The systems train on little or noisy labelled data.' },
  /** A retrieval corpus that got at least FRESH_VERSIONS new versions within FRESHNESS_WINDOW_DAYS. */
  freshCorpus: { points: w([0, 2, 0, -1, 1]), because: 'The retrieval corpus gets new versions often: the knowledge moves.' },
  /** The current release's latest evaluation against its threshold: its strategy works, or it does not. */
  currentReleasePassing: { points: 1, because: 'The current release passed its latest evaluation with this strategy.' },
  currentReleaseFailing: { points: -1, because: 'The current release failed its latest evaluation with this strategy.' },
  /** Per rollback away from a release that used the strategy, down to ROLLBACK_CAP. */
  rollback: { points: -1, cap: -2, because: 'Releases with this strategy had to be rolled back.' },
  /** Per drift alert open at the time on a release that used the strategy, down to DRIFT_CAP. */
  openDrift: { points: -1, cap: -2, because: 'A release with this strategy has an open drift alert.' },
  /** This use case's latest decision and how it turned out. */
  priorDecision: {
    GOOD: { points: 1, because: 'The strategy chosen last time for this use case has since evaluated well.' },
    BAD: { points: -2, because: 'The strategy chosen last time for this use case has since failed, drifted or been rolled back.' },
    UNKNOWN: { points: 0.5, because: 'The strategy chosen last time for this use case (no outcome observed yet).' },
  },
  /** Per similar use case (similarity at least SIMILARITY_MIN), times its similarity; capped per strategy at ±SIMILAR_CAP. */
  similarOutcome: {
    GOOD: { points: 1, because: 'A similar use case chose this strategy and it evaluated well.' },
    BAD: { points: -1, because: 'A similar use case chose this strategy and it failed, drifted or was rolled back.' },
    UNKNOWN: { points: 0.25, because: 'A similar use case chose this strategy (no outcome observed yet).' },
  },
  /**
   * The organisation's measured outcomes (production): per strategy, the pooled change in quality rates
   * (BOOLEAN scores, mean over them) of its releases over the releases they replaced. A gain of
   * `fullEffect` or more earns `cap` points (a loss as much below zero), times the shrinkage weight
   * n / (n + shrinkageK), n the smaller side's count of scored outputs: 100 scores on each side carry
   * half the cap, 10 carry a tenth of it. Without measured outcomes the factor is absent.
   */
  measuredOutcome: {
    cap: 2,
    fullEffect: 0.2,
    shrinkageK: 100,
    because: 'The organisation’s releases with this strategy changed their quality rates this much over the releases they replaced.',
  },
} as const;

export const GRAPH_LIMITS = {
  LARGE_ROWS: 10_000,
  SMALL_ROWS: 1_000,
  CLEAN_LABELS: 0.9,
  NOISY_LABELS: 0.8,
  FRESH_VERSIONS: 2,
  FRESHNESS_WINDOW_DAYS: 90,
  SIMILARITY_MIN: 0.75,
  SIMILAR_CAP: 1,
} as const;

/** Bounds of the evidence walk (recommend-evidence.cypher): each list stops here and the answer says so. */
export const EVIDENCE_BOUNDS = {
  systems: 20,
  releasesPerSystem: 10,
  evaluationsPerRelease: 5,
  eventsPerSystem: 20,
  decisions: 50,
} as const;

/**
 * Requirements a regulation or policy imposes: at these levels of the characteristic, the recommendation
 * cites the policy passages in force that state the requirement (full-text retrieval with the fixed
 * query, at most POLICY_PASSAGES_PER_REQUIREMENT each). Passages support the factor; they never score.
 */
export const POLICY_REQUIREMENTS = [
  {
    characteristic: 'traceabilityNeed',
    levels: ['HIGH', 'STRICT'],
    requirement: 'traceability',
    query: 'traceability trace outputs versions audit',
  },
  { characteristic: 'rollbackNeed', levels: ['STRICT'], requirement: 'rollback', query: 'rollback revert release' },
] as const satisfies ReadonlyArray<{ characteristic: CharacteristicName; levels: readonly string[]; requirement: string; query: string }>;
export type PolicyRequirement = (typeof POLICY_REQUIREMENTS)[number];
export const POLICY_PASSAGES_PER_REQUIREMENT = 2;

/** How a past decision turned out (findings.ts outcomeOf); GRAPH_RULES weighs each. */
export const OUTCOMES = ['GOOD', 'BAD', 'UNKNOWN'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type { Strategy };

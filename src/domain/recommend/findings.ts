import type { EvidenceFact, EvidenceItem } from '../explain/evidence.js';
import { profileSchema, type Profile } from '../usecases/profile.js';
import { CHARACTERISTICS } from './characteristics.js';
import type { DecisionRow, EvidenceRow, PinKind, ReleaseRow, SystemRow } from './evidence-rows.js';
import { GRAPH_LIMITS, GRAPH_RULES, type GraphFactor, type Outcome } from './rules.js';
import { round2, type Contribution } from './score.js';
import { isStrategy, STRATEGIES, strategyOfPins, zeroPoints, type Points, type Strategy } from './strategies.js';

/** A node a recommendation rests on, and why it mattered: what the narrator may cite, and the factors it informed. */
export interface RecommendationEvidence extends EvidenceItem {
  factors: string[];
}

/** The kinds of evidence a well-founded recommendation has; confidence is the share that exists. */
export const NEEDED_EVIDENCE = {
  labelledQuantities: 'how many labelled examples there are and how well they agree (stated, or observed in training data)',
  latencyBudget: 'a latency budget',
  costBudget: 'a cost budget',
  observedData: 'datasets the use case’s systems train or retrieve on',
  releaseHistory: 'releases of the use case’s systems',
  evaluations: 'evaluations of those releases against thresholds',
  outcomes: 'outcomes of earlier strategy decisions (this use case’s or similar ones’)',
} as const;
export type NeededEvidence = keyof typeof NEEDED_EVIDENCE;

export interface Findings {
  contributions: Contribution[];
  evidence: RecommendationEvidence[];
  present: Set<NeededEvidence>;
  reviewReasons: string[];
  /** Document versions the current releases retrieve from: answers are grounded in documents (empty: the graph does not say). */
  groundedIn: string[];
}

/** The node kind of a document version, as a retrieval corpus names it. */
export const DOCUMENT_CORPUS_KIND = 'DocumentVersion';

/** A release's strategy from its pins (the one derivation: outcomes pool by it too). */
export const strategyOf = (pins: PinKind[]): Strategy =>
  strategyOfPins({
    modelKind: pins.find((p) => p.role === 'model')?.modelKind ?? null,
    retrieval: pins.some((p) => p.role === 'retrieval'),
  });

/**
 * What reading the graph notes besides contributions: the evidence cited (by id: a node cited by
 * several factors is one item naming them all), which needed evidence exists, and reasons a person
 * should review the answer. One per findings() call; each factor's reader below writes into it.
 */
class Notes {
  private readonly items = new Map<string, RecommendationEvidence>();
  readonly present = new Set<NeededEvidence>();
  readonly reviewReasons: string[] = [];

  cite(id: string, kind: string, factor: string, summary: string, facts: Record<string, EvidenceFact>): string {
    const known = this.items.get(id);
    if (known) {
      if (!known.factors.includes(factor)) known.factors.push(factor);
      if (!known.summary.includes(summary)) known.summary = `${known.summary} ${summary}`;
      Object.assign(known.facts, facts);
    } else {
      this.items.set(id, { id, kind, factors: [factor], summary, facts: { ...facts } });
    }
    return id;
  }

  evidence(): RecommendationEvidence[] {
    return [...this.items.values()];
  }
}

/** Points for one strategy from one rule (a key of GRAPH_RULES, with the outcome where it has several). */
interface Part {
  strategy: Strategy;
  points: number;
  rule: string;
}

/** A graph factor's contribution; points per strategy summed, each strategy's total clamped to [min, max]. */
function contribution(
  factor: GraphFactor,
  level: string | null,
  parts: Part[],
  because: string,
  evidence: string[],
  clamp?: { min: number; max: number },
): Contribution | null {
  if (parts.length === 0) return null;
  const points: Points = zeroPoints();
  for (const p of parts) points[p.strategy] += p.points;
  for (const s of STRATEGIES) points[s] = round2(clamp ? Math.min(clamp.max, Math.max(clamp.min, points[s])) : points[s]);
  if (STRATEGIES.every((s) => points[s] === 0)) return null;
  return { factor, level, rules: [...new Set(parts.map((p) => p.rule))], points, evidence: [...new Set(evidence)], because };
}

/** How a decision turned out: a failed evaluation, rollback or drift since makes it BAD; passed evaluations alone GOOD. */
export function outcomeOf(d: DecisionRow): Outcome {
  if (d.setbacks.length > 0 || d.evaluated.some((e) => !e.passed)) return 'BAD';
  return d.evaluated.length > 0 ? 'GOOD' : 'UNKNOWN';
}

/** A profile's level on each characteristic, as a position on its scale (null: unset). */
const positions = (p: Profile): Array<number | null> =>
  CHARACTERISTICS.map((c) => {
    const level = c.read(p).level;
    return level === null ? null : c.levels.indexOf(level) / (c.levels.length - 1);
  });

/** 1 minus the mean distance between positions, over the characteristics both have. */
function closeness(a: Array<number | null>, b: Array<number | null>): number {
  let [sum, n] = [0, 0];
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === null || y === null) continue;
    sum += 1 - Math.abs(x - y);
    n++;
  }
  return n === 0 ? 0 : round2(sum / n);
}

/** How alike two profiles are: 1 minus the mean level distance over the characteristics both have. */
export const similarity = (a: Profile, b: Profile): number => closeness(positions(a), positions(b));

/**
 * What the graph observed about a use case, as contributions (each citing the nodes it rests on), the
 * evidence items, which needed evidence exists, and reasons a person should review the answer.
 */
export function findings(row: EvidenceRow, profile: Profile): Findings {
  const notes = new Notes();
  const releases = row.systems.flatMap((s) => s.releases);

  if (releases.length > 0) notes.present.add('releaseHistory');
  for (const r of releases) {
    notes.cite(r.id, 'Release', 'releaseHistory', `Release ${r.version} used ${strategyOf(r.pins)} (from its pins).`, {
      strategy: strategyOf(r.pins),
      model: r.pins.find((p) => p.role === 'model')?.id ?? null,
      modelKind: r.pins.find((p) => p.role === 'model')?.modelKind ?? null,
    });
  }

  const groundedIn = documentGrounding(row.systems, notes);
  const out: Array<Contribution | null> = [
    observedTrainingData(releases, profile, notes),
    corpusFreshness(releases, notes),
    currentRelease(row.systems, notes),
    ...setbacks(row.systems, notes),
    ...decisionFactors(row.decisions, row.useCase.id, profile, notes),
  ];
  return {
    contributions: out.filter((c): c is Contribution => c !== null),
    evidence: notes.evidence(),
    present: notes.present,
    reviewReasons: notes.reviewReasons,
    groundedIn,
  };
}

/** The document versions each system's current release pins a retrieval config over. */
function documentGrounding(systems: SystemRow[], notes: Notes): string[] {
  const documents = systems.flatMap((s) => (s.releases[0]?.corpus ?? []).filter((c) => c.kind === DOCUMENT_CORPUS_KIND));
  return [...new Set(documents.map((d) => d.id))].map((id) =>
    notes.cite(
      id,
      DOCUMENT_CORPUS_KIND,
      'answerGrounding',
      'A current release retrieves from this document version: answers are grounded in documents.',
      {},
    ),
  );
}

function observedTrainingData(releases: ReleaseRow[], profile: Profile, notes: Notes) {
  const data = [...new Map(releases.flatMap((r) => r.trainingData).map((d) => [d.id, d])).values()];
  if (data.length === 0) return null;
  notes.present.add('observedData');
  if (data.some((d) => d.rowCount !== null && d.labelQuality !== null)) notes.present.add('labelledQuantities');
  if (data.some((d) => d.classification === 'RESTRICTED')) notes.reviewReasons.push('Its systems train on RESTRICTED data.');
  const largest = data.reduce((a, b) => ((b.rowCount ?? -1) > (a.rowCount ?? -1) ? b : a));
  const rows = largest.rowCount ?? 0;
  const quality = largest.labelQuality ?? 0;
  const large = rows >= GRAPH_LIMITS.LARGE_ROWS && quality >= GRAPH_LIMITS.CLEAN_LABELS;
  const small = rows < GRAPH_LIMITS.SMALL_ROWS || quality < GRAPH_LIMITS.NOISY_LABELS;
  const level = large ? 'LARGE_CLEAN' : small ? 'SMALL_OR_NOISY' : 'MODERATE';
  const ids = data.map((d) =>
    notes.cite(
      d.id,
      'DatasetVersion',
      'observedTrainingData',
      `Training data of a current model (${d.rowCount ?? 'unknown'} rows, label quality ${d.labelQuality ?? 'unknown'}); declared ${profile.dataAvailability}.`,
      {
        rowCount: d.rowCount,
        labelQuality: d.labelQuality,
        classification: d.classification,
        trainingRun: d.run,
      },
    ),
  );
  const name = large ? 'observedLargeCleanData' : small ? 'observedSmallData' : null;
  if (!name) return null;
  const rule = GRAPH_RULES[name];
  return contribution(
    'observedTrainingData',
    level,
    STRATEGIES.map((s) => ({ strategy: s, points: rule.points[s], rule: name })),
    rule.because,
    ids,
  );
}

function corpusFreshness(releases: ReleaseRow[], notes: Notes) {
  const corpus = [...new Map(releases.flatMap((r) => r.corpus).map((c) => [c.id, c])).values()];
  if (corpus.length === 0) return null;
  notes.present.add('observedData');
  if (corpus.some((c) => c.classification === 'RESTRICTED')) notes.reviewReasons.push('Its systems retrieve from RESTRICTED data.');
  const ids = corpus.map((c) =>
    notes.cite(
      c.id,
      c.kind,
      'corpusFreshness',
      `Retrieval corpus with ${c.recent.length} new version(s) in the last ${GRAPH_LIMITS.FRESHNESS_WINDOW_DAYS} days.`,
      {
        recentVersions: c.recent.length,
        rowCount: c.rowCount,
        classification: c.classification,
      },
    ),
  );
  const fresh = Math.max(...corpus.map((c) => c.recent.length)) >= GRAPH_LIMITS.FRESH_VERSIONS;
  if (!fresh) return null;
  const rule = GRAPH_RULES.freshCorpus;
  return contribution(
    'corpusFreshness',
    'FREQUENT',
    STRATEGIES.map((s) => ({ strategy: s, points: rule.points[s], rule: 'freshCorpus' })),
    rule.because,
    ids,
  );
}

/** Each system's newest release and its latest evaluation against a threshold. */
function currentRelease(systems: SystemRow[], notes: Notes) {
  const parts: Part[] = [];
  const ids: string[] = [];
  const verdicts: string[] = [];
  for (const s of systems) {
    const latest = s.releases[0];
    const judged = latest?.evaluations.find((e) => e.passed !== null);
    if (s.releases.some((r) => r.evaluations.some((e) => e.passed !== null))) notes.present.add('evaluations');
    if (!latest || !judged) continue;
    const strategy = strategyOf(latest.pins);
    const name = judged.passed ? 'currentReleasePassing' : 'currentReleaseFailing';
    parts.push({ strategy, points: GRAPH_RULES[name].points, rule: name });
    verdicts.push(judged.passed ? 'PASSING' : 'FAILING');
    ids.push(
      latest.id,
      notes.cite(
        judged.id,
        'EvaluationRun',
        'currentRelease',
        `Latest evaluation of release ${latest.version} (${strategy}): ${judged.primaryMetric ?? 'score'} ${judged.score} against threshold ${judged.threshold}, ${judged.passed ? 'passed' : 'failed'}.`,
        {
          score: judged.score,
          threshold: judged.threshold,
          passed: judged.passed,
          release: latest.id,
          strategy,
        },
      ),
    );
  }
  const level = verdicts.length === 0 ? null : verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : 'MIXED';
  return contribution('currentRelease', level, parts, 'How the current release’s strategy evaluates.', ids);
}

/** Rollbacks away from, and drift alerts open at the time on, releases of each strategy (each capped per strategy). */
function setbacks(systems: SystemRow[], notes: Notes): Array<Contribution | null> {
  const rollbacks: Part[] = [];
  const drift: Part[] = [];
  const [rollbackIds, driftIds]: [string[], string[]] = [[], []];
  for (const s of systems) {
    for (const m of s.rollbacks) {
      if (m.fromPins.length === 0) continue;
      const strategy = strategyOf(m.fromPins);
      rollbacks.push({ strategy, points: GRAPH_RULES.rollback.points, rule: 'rollback' });
      rollbackIds.push(
        notes.cite(
          m.id,
          'AliasMove',
          'rollbacks',
          `Rollback in ${m.environment ?? 'an environment'} away from ${m.fromRelease} (${strategy}).`,
          {
            fromRelease: m.fromRelease,
            strategy,
          },
        ),
      );
    }
    for (const d of s.drift) {
      const pins = d.releasePins.length > 0 ? d.releasePins : (s.releases[0]?.pins ?? []);
      if (pins.length === 0) continue;
      const strategy = strategyOf(pins);
      drift.push({ strategy, points: GRAPH_RULES.openDrift.points, rule: 'openDrift' });
      driftIds.push(
        notes.cite(d.id, 'DriftAlert', 'driftAlerts', `Drift alert open at the time on ${d.release ?? s.id} (${strategy}).`, {
          release: d.release,
          strategy,
        }),
      );
    }
  }
  const { rollback, openDrift } = GRAPH_RULES;
  return [
    contribution('rollbacks', null, rollbacks, rollback.because, rollbackIds, { min: rollback.cap, max: 0 }),
    contribution('driftAlerts', null, drift, openDrift.because, driftIds, { min: openDrift.cap, max: 0 }),
  ];
}

function decisionFactors(decisions: DecisionRow[], useCaseId: string, profile: Profile, notes: Notes) {
  const cite = (d: DecisionRow, factor: string, outcome: Outcome, extra: string) => {
    for (const e of d.evaluated)
      notes.cite(e.id, 'EvaluationRun', factor, `Evaluation after the decision ${d.id}: ${e.passed ? 'passed' : 'failed'}.`, {
        passed: e.passed,
      });
    for (const x of d.setbacks)
      notes.cite(x, x.startsWith('drift:') ? 'DriftAlert' : 'AliasMove', factor, `Setback after the decision ${d.id}.`, {});
    return [
      notes.cite(d.id, 'StrategyDecision', factor, `Decision for ${d.strategy}${extra}; outcome ${outcome}.`, {
        strategy: d.strategy,
        outcome,
        followed: d.followed,
      }),
      ...d.evaluated.map((e) => e.id),
      ...d.setbacks,
    ];
  };
  const valid = validDecisions(decisions);
  const out: Array<Contribution | null> = [];

  const own = valid.find((d) => d.useCase.id === useCaseId);
  if (own) {
    const outcome = outcomeOf(own);
    if (outcome !== 'UNKNOWN') notes.present.add('outcomes');
    const rule = GRAPH_RULES.priorDecision[outcome];
    out.push(
      contribution(
        'priorDecision',
        outcome,
        [{ strategy: own.strategy, points: rule.points, rule: `priorDecision.${outcome}` }],
        rule.because,
        cite(own, 'priorDecision', outcome, ''),
      ),
    );
  }

  const similar = similarDecisions(othersOf(valid, useCaseId), profile);
  const ids: string[] = [];
  for (const { decision: d, similarity: sim, outcome } of similar) {
    if (outcome !== 'UNKNOWN') notes.present.add('outcomes');
    notes.cite(d.useCase.id, 'UseCase', 'similarUseCases', `A similar use case (similarity ${sim}).`, { similarity: sim });
    ids.push(d.useCase.id, ...cite(d, 'similarUseCases', outcome, ` on ${d.useCase.id}`));
  }
  out.push(similarContribution(similar, ids));
  return out;
}

const SIMILAR_BECAUSE = 'How similar use cases fared with the strategy they chose (bounded influence).';

interface SimilarDecision {
  decision: DecisionRow & { strategy: Strategy };
  similarity: number;
  outcome: Outcome;
}

/** Other use cases' newest decision each, with their profiles (parsed once), when the profile is complete. */
function othersOf(decisions: Array<DecisionRow & { strategy: Strategy }>, useCaseId: string) {
  const seen = new Set<string>([useCaseId]);
  const out: Array<{ decision: DecisionRow & { strategy: Strategy }; positions: Array<number | null>; outcome: Outcome }> = [];
  for (const d of decisions) {
    if (seen.has(d.useCase.id)) continue;
    seen.add(d.useCase.id);
    const other = profileSchema.safeParse(d.useCase);
    if (other.success) out.push({ decision: d, positions: positions(other.data), outcome: outcomeOf(d) });
  }
  return out;
}

/** Those alike enough to `profile`. */
function similarDecisions(others: ReturnType<typeof othersOf>, profile: Profile): SimilarDecision[] {
  const mine = positions(profile);
  return others.flatMap(({ decision, positions: theirs, outcome }) => {
    const sim = closeness(mine, theirs);
    return sim >= GRAPH_LIMITS.SIMILARITY_MIN ? [{ decision, similarity: sim, outcome }] : [];
  });
}

/** Their influence: similarity times the outcome's points, per strategy, capped at ±SIMILAR_CAP. */
function similarContribution(similar: SimilarDecision[], evidence: string[]): Contribution | null {
  const cap = GRAPH_LIMITS.SIMILAR_CAP;
  const parts = similar.map(({ decision, similarity: sim, outcome }) => ({
    strategy: decision.strategy,
    points: sim * GRAPH_RULES.similarOutcome[outcome].points,
    rule: `similarOutcome.${outcome}`,
  }));
  return contribution('similarUseCases', null, parts, SIMILAR_BECAUSE, evidence, { min: -cap, max: cap });
}

/**
 * The graph's contributions for any profile, for counterfactuals: everything but similar use cases is
 * the same whatever the profile, so it is computed once; similar use cases are weighed again per profile.
 */
export function graphFor(row: EvidenceRow, profile: Profile): (p: Profile) => Contribution[] {
  const fixed = findings(row, profile).contributions.filter((c) => c.factor !== 'similarUseCases');
  const others = othersOf(validDecisions(row.decisions), row.useCase.id);
  return (p) => {
    const similar = similarDecisions(others, p);
    const c = similarContribution(
      similar,
      similar.map((x) => x.decision.useCase.id),
    );
    return c ? [...fixed, c] : fixed;
  };
}

const validDecisions = (decisions: DecisionRow[]) =>
  decisions.filter((d): d is DecisionRow & { strategy: Strategy } => isStrategy(d.strategy));

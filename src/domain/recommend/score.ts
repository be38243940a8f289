import type { Profile } from '../usecases/profile.js';
import { CHARACTERISTICS, type CharacteristicName, type CharacteristicValue } from './characteristics.js';
import { CLOSE_CALL_MARGIN, CONDITIONS, profileRule, TIE_BREAK, type Condition, type DerivedFactor } from './rules.js';
import { STRATEGIES, zeroPoints, type Points, type Strategy } from './strategies.js';

/** One factor's part of every strategy's score, and what it rests on. */
export interface Contribution {
  /** A characteristic name (profile), a derived factor (rules.ts DERIVED_FACTORS) or a graph factor. */
  factor: string;
  /** The characteristic's level, or the graph observation's, when it has one. */
  level: string | null;
  /** The rules (ids in rules.ts) that gave these points. */
  rules: string[];
  points: Points;
  /** Graph ids the factor rests on (for a declared characteristic, only the policy passages stating it). */
  evidence: string[];
  because: string;
}

/** A necessary condition (rules.ts CONDITIONS) the profile does not meet. */
export interface UnmetCondition {
  id: string;
  strategy: Strategy;
  characteristic: CharacteristicName;
  /** The characteristic's level (null: unset). */
  level: string | null;
  kind: Condition['kind'];
  levels: readonly string[];
  phrase: string;
  because: string;
}

export interface StrategyScore {
  strategy: Strategy;
  score: number;
  rank: number;
  /** False when a necessary condition is unmet: the strategy cannot rank first, whatever its score. */
  eligible: boolean;
  unmetConditions: UnmetCondition[];
  /**
   * Each factor's points for this strategy; they add up to `score`. An unmet condition is listed too,
   * with 0 points and the condition's id as its rule, so the list says why the strategy cannot lead.
   */
  contributions: Array<{ factor: string; level: string | null; rules: string[]; points: number; evidence: string[] }>;
}

/** How the first place was decided: by score, or (equal scores) by the documented tie-break rule. */
export const DECIDED_BY = ['SCORE', 'TIE_BREAK'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];

export interface Scored {
  top: Strategy;
  scores: Points;
  ranking: StrategyScore[];
  contributions: Contribution[];
  /** First's score minus second's (both eligible); 0 on a tie. */
  margin: number;
  decidedBy: DecidedBy;
  /** The tie-break rule (rules.ts TIE_BREAK) when it decided the first place; null when the score did. */
  tieBreak: string | null;
  /** The margin is below CLOSE_CALL_MARGIN. */
  closeCall: boolean;
}

/** Two decimals: graph factors weigh by similarity, and sums must read exactly. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Ids a characteristic's contribution cites (policy passages stating it); they support the factor, never score. */
export type CitedByCharacteristic = Partial<Record<CharacteristicName, string[]>>;

/** A derived factor's level (rules.ts DERIVED_FACTORS): the traceability need, when answers are grounded in documents. */
function derivedLevels(characteristics: CharacteristicValue[]): Array<{ name: DerivedFactor; level: string | null }> {
  const level = (name: CharacteristicName) => characteristics.find((c) => c.name === name)?.level ?? null;
  return [{ name: 'citationNeed', level: level('answerGrounding') === 'DOCUMENTS' ? level('traceabilityNeed') : null }];
}

/** The profile's contributions: one per characteristic (or derived factor) that has a level and a rule for it. */
export function profileContributions(
  profile: Profile,
  characteristics: CharacteristicValue[] = CHARACTERISTICS.map((c) => c.read(profile)),
  cited: CitedByCharacteristic = {},
) {
  const factors: Array<{ name: CharacteristicName | DerivedFactor; level: string | null; evidence: string[] }> = [
    ...characteristics.map((c) => ({ name: c.name, level: c.level, evidence: cited[c.name] ?? [] })),
    ...derivedLevels(characteristics).map((d) => ({ ...d, evidence: cited.traceabilityNeed ?? [] })),
  ];
  return factors.flatMap((c): Contribution[] => {
    const rule = c.level === null ? undefined : profileRule(c.name, c.level);
    if (!rule) return [];
    return [{ factor: c.name, level: c.level, rules: [rule.id], points: rule.points, evidence: c.evidence, because: rule.because }];
  });
}

/** The necessary conditions the characteristics leave unmet. */
export function unmetConditions(characteristics: CharacteristicValue[]): UnmetCondition[] {
  return CONDITIONS.flatMap((c) => {
    const level = characteristics.find((x) => x.name === c.characteristic)?.level ?? null;
    const inLevels = level !== null && c.levels.includes(level);
    const met = c.kind === 'REQUIRES' ? inLevels : level === null || !inLevels;
    return met ? [] : [{ ...c, level }];
  });
}

const tieRank = (s: Strategy) => TIE_BREAK.order.indexOf(s);

/**
 * Adds up contributions into scores and ranks: strategies whose conditions hold first, by score, equal
 * scores in TIE_BREAK order; then those with an unmet condition, the same way.
 */
export function score(contributions: Contribution[], unmet: UnmetCondition[] = []): Scored {
  const scores = zeroPoints();
  for (const c of contributions) for (const s of STRATEGIES) scores[s] = round2(scores[s] + c.points[s]);
  const unmetOf = (s: Strategy) => unmet.filter((u) => u.strategy === s);
  const eligible = (s: Strategy) => unmetOf(s).length === 0;
  const ordered = [...STRATEGIES].sort(
    (a, b) => Number(eligible(b)) - Number(eligible(a)) || scores[b] - scores[a] || tieRank(a) - tieRank(b),
  );
  const ranking = ordered.map((strategy, i) => ({
    strategy,
    score: scores[strategy],
    rank: i + 1,
    eligible: eligible(strategy),
    unmetConditions: unmetOf(strategy),
    contributions: [
      ...contributions
        .filter((c) => c.points[strategy] !== 0)
        .map((c) => ({ factor: c.factor, level: c.level, rules: c.rules, points: c.points[strategy], evidence: c.evidence })),
      ...unmetOf(strategy).map((u) => ({ factor: u.characteristic, level: u.level, rules: [u.id], points: 0, evidence: [] })),
    ],
  }));
  // Eligible strategies rank first, so the second is eligible unless conditions left only one.
  const [first, second] = ranking;
  const margin = round2(first.score - second.score);
  const tied = margin === 0 && second.eligible;
  return {
    top: first.strategy,
    scores,
    ranking,
    contributions,
    margin,
    decidedBy: tied ? 'TIE_BREAK' : 'SCORE',
    tieBreak: tied ? TIE_BREAK.rule : null,
    closeCall: margin < CLOSE_CALL_MARGIN,
  };
}

/** Scores a profile with the graph's contributions held fixed. */
export function scoreProfile(profile: Profile, graph: Contribution[], cited: CitedByCharacteristic = {}): Scored {
  const characteristics = CHARACTERISTICS.map((c) => c.read(profile));
  return score([...profileContributions(profile, characteristics, cited), ...graph], unmetConditions(characteristics));
}

import type { Profile } from '../usecases/profile.js';
import { CHARACTERISTICS, type CharacteristicName, type CharacteristicValue } from './characteristics.js';
import { profileRule } from './rules.js';
import { STRATEGIES, topOf, zeroPoints, type Points, type Strategy } from './strategies.js';

/** One factor's part of every strategy's score, and what it rests on. */
export interface Contribution {
  /** A characteristic name (profile) or a graph factor. */
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

export interface StrategyScore {
  strategy: Strategy;
  score: number;
  rank: number;
  /** Each factor's points for this strategy; they add up to `score`. */
  contributions: Array<{ factor: string; level: string | null; rules: string[]; points: number; evidence: string[] }>;
}

export interface Scored {
  top: Strategy;
  scores: Points;
  ranking: StrategyScore[];
  contributions: Contribution[];
}

/** Two decimals: graph factors weigh by similarity, and sums must read exactly. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Ids a characteristic's contribution cites (policy passages stating it); they support the factor, never score. */
export type CitedByCharacteristic = Partial<Record<CharacteristicName, string[]>>;

/** The profile's contributions: one per characteristic that has a level, from the one rule for that level. */
export function profileContributions(
  profile: Profile,
  characteristics: CharacteristicValue[] = CHARACTERISTICS.map((c) => c.read(profile)),
  cited: CitedByCharacteristic = {},
) {
  return characteristics.flatMap((c): Contribution[] => {
    const rule = c.level === null ? undefined : profileRule(c.name, c.level);
    if (!rule) return [];
    return [
      { factor: c.name, level: c.level, rules: [rule.id], points: rule.points, evidence: cited[c.name] ?? [], because: rule.because },
    ];
  });
}

/** Adds up contributions into scores; ranks by score, ties in STRATEGIES order. */
export function score(contributions: Contribution[]): Scored {
  const scores = zeroPoints();
  for (const c of contributions) for (const s of STRATEGIES) scores[s] = round2(scores[s] + c.points[s]);
  const ordered = [...STRATEGIES].sort((a, b) => scores[b] - scores[a] || STRATEGIES.indexOf(a) - STRATEGIES.indexOf(b));
  const ranking = ordered.map((strategy, i) => ({
    strategy,
    score: scores[strategy],
    rank: i + 1,
    contributions: contributions
      .filter((c) => c.points[strategy] !== 0)
      .map((c) => ({ factor: c.factor, level: c.level, rules: c.rules, points: c.points[strategy], evidence: c.evidence })),
  }));
  return { top: topOf(scores), scores, ranking, contributions };
}

/** Scores a profile with the graph's contributions held fixed. */
export const scoreProfile = (profile: Profile, graph: Contribution[], cited: CitedByCharacteristic = {}): Scored =>
  score([...profileContributions(profile, undefined, cited), ...graph]);

import type { Profile } from '../usecases/profile.js';
import { CHARACTERISTICS, type Characteristic, type CharacteristicName } from './characteristics.js';
import { readCharacteristics } from './characteristics.js';
import { scoreProfile, unmetConditions, type Contribution } from './score.js';
import type { Strategy } from './strategies.js';

export interface Change {
  characteristic: CharacteristicName;
  from: string | null;
  to: string;
}

export interface Counterfactual {
  changes: Change[];
  /** The strategy that would rank first after the change. */
  top: Strategy;
  insteadOf: Strategy;
  /** How many level steps the change takes (a change from unset counts one). */
  distance: number;
  /** Necessary conditions (rules.ts CONDITIONS) of `top` that the change meets: "meet this condition". */
  meets: string[];
  statement: string;
}

/**
 * The graph's contributions for a profile. Most depend only on the graph; how much similar use cases
 * weigh depends on the profile too, so a changed profile is scored with its own.
 */
export type GraphOf = (profile: Profile) => Contribution[];

/** Most counterfactuals an answer lists. */
export const MAX_COUNTERFACTUALS = 5;

interface Move {
  c: Characteristic;
  from: string | null;
  to: string;
  distance: number;
}

function movesOf(profile: Profile): Move[] {
  return CHARACTERISTICS.flatMap((c) => {
    const from = c.read(profile).level;
    return c.levels
      .filter((to) => to !== from)
      .map((to) => ({ c, from, to, distance: from === null ? 1 : Math.abs(c.levels.indexOf(to) - c.levels.indexOf(from)) }));
  });
}

/** The profile with every move applied. */
export function applyChanges(profile: Profile, changes: Array<Pick<Change, 'characteristic' | 'to'>>): Profile {
  return changes.reduce((p, ch) => CHARACTERISTICS.find((c) => c.name === ch.characteristic)!.apply(p, ch.to), profile);
}

/**
 * The smallest changes that would put another strategy first, with the graph's evidence held fixed.
 * Exact for the additive model: each candidate is scored, not estimated. For every characteristic and
 * strategy, the nearest level that puts that strategy first; where no single characteristic can, the
 * nearest pairs. Fewest steps first.
 */
export function counterfactuals(profile: Profile, graph: Contribution[] | GraphOf): Counterfactual[] {
  const graphOf: GraphOf = typeof graph === 'function' ? graph : () => graph;
  const scoreOf = (p: Profile) => scoreProfile(p, graphOf(p));
  const top = scoreOf(profile).top;
  const unmetBefore = unmetConditions(readCharacteristics(profile));
  const flipOf = (moves: Move[]): Counterfactual | null => {
    const after = applyChanges(
      profile,
      moves.map((m) => ({ characteristic: m.c.name, to: m.to })),
    );
    const changed = scoreOf(after).top;
    if (changed === top) return null;
    const stillUnmet = new Set(unmetConditions(readCharacteristics(after)).map((u) => u.id));
    const met = unmetBefore.filter((u) => u.strategy === changed && !stillUnmet.has(u.id));
    const changes = moves.map((m) => ({ characteristic: m.c.name, from: m.from, to: m.to }));
    return {
      changes,
      top: changed,
      insteadOf: top,
      distance: moves.reduce((d, m) => d + m.distance, 0),
      meets: met.map((u) => u.id),
      statement: statement(
        moves,
        changed,
        top,
        met.map((u) => u.phrase),
      ),
    };
  };
  const moves = movesOf(profile).sort((a, b) => a.distance - b.distance);

  // One per characteristic and strategy it would put first: lowering the value may favour prompting
  // while raising it meets fine-tuning's condition, and both are worth saying.
  const singles = new Map<string, Counterfactual>();
  for (const m of moves) {
    const flip = flipOf([m]);
    if (flip && !singles.has(`${m.c.name}:${flip.top}`)) singles.set(`${m.c.name}:${flip.top}`, flip);
  }
  if (singles.size > 0) return byDistance([...singles.values()]);

  const pairs = new Map<string, Counterfactual>();
  for (let i = 0; i < moves.length; i++) {
    for (let j = 0; j < moves.length; j++) {
      const [a, b] = [moves[i], moves[j]];
      if (CHARACTERISTICS.indexOf(a.c) >= CHARACTERISTICS.indexOf(b.c)) continue;
      const key = `${a.c.name}+${b.c.name}`;
      const known = pairs.get(key);
      if (known && known.distance <= a.distance + b.distance) continue;
      const flip = flipOf([a, b]);
      if (flip) pairs.set(key, flip);
    }
  }
  return byDistance([...pairs.values()]);
}

/** Fewest steps first; among equals, those meeting a necessary condition first (they say what a vetoed strategy lacks). */
const byDistance = (list: Counterfactual[]) =>
  list.sort((a, b) => a.distance - b.distance || b.meets.length - a.meets.length).slice(0, MAX_COUNTERFACTUALS);

function statement(moves: Move[], top: Strategy, insteadOf: Strategy, met: string[]): string {
  const phrases = moves.map((m) => m.c.phrase(m.to)).join(' and ');
  const meeting = met.length > 0 ? ` (meeting ${top}'s necessary condition of ${met.join(' and ')})` : '';
  return `With ${phrases}${meeting}, ${top} would rank first instead of ${insteadOf}.`;
}

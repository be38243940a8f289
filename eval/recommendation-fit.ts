/**
 * `npm run fit:rules`: fits the profile rules' weights (src/domain/recommend/rules.ts) to the fitting
 * half of the labelled cases (eval/recommendation-cases.ts FIT_CASES) and writes them into the rules
 * file's FITTED block, where a reviewer reads them beside the hand-written priors. Offline, pure: no
 * database, no randomness; the same cases and priors give the same table.
 *
 * The method, a multi-class perceptron with integer steps a reviewer can follow by hand:
 *  1. Start from the priors (the brief's hand-written weights).
 *  2. Score each fitting case as the scorer does (score.ts): the rules its profile fires, summed per
 *     strategy; a strategy with an unmet necessary condition (rules.ts CONDITIONS) is out of the
 *     running, so the conditions are constraints the fit never has to learn or may undo.
 *  3. The case is satisfied when its best acceptable strategy leads every unacceptable eligible one by
 *     at least FIT_MARGIN points (so no fitted case is decided by a tie). Otherwise, for every rule the
 *     case fires: +1 to the best acceptable strategy, -1 to the strongest unacceptable rival.
 *  4. Cases in a fixed order (the file's), epoch after epoch, until an epoch changes nothing or
 *     MAX_EPOCHS have run. Weights stay within ±WEIGHT_BOUND, so no rule can come to dominate.
 *  5. The answer is the average of the weights over every case visited, rounded to whole points (the
 *     averaged perceptron: a case that cannot be satisfied keeps the plain perceptron oscillating, and
 *     the last weights would be wherever the oscillation stopped; the average is where it centres).
 * Graph rules are not fitted (the cases have no graph): they keep their hand-set, capped weights.
 *
 *   npm run fit:rules [-- --check]   (--check: exit 1 when the rules file is not what fitting writes)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCharacteristics } from '../src/domain/recommend/characteristics.js';
import { PROFILE_RULES, TIE_BREAK, type Row5 } from '../src/domain/recommend/rules.js';
import { profileContributions, unmetConditions } from '../src/domain/recommend/score.js';
import { STRATEGIES, type Strategy } from '../src/domain/recommend/strategies.js';
import { FIT_CASES, HELD_OUT_CASES, type LabelledCase } from './recommendation-cases.js';

export const FIT_MARGIN = 1;
export const MAX_EPOCHS = 30;
export const WEIGHT_BOUND = 8;

const RULES_FILE = fileURLToPath(new URL('../src/domain/recommend/rules.ts', import.meta.url));
const BEGIN = '// BEGIN FITTED WEIGHTS';
const END = '// END FITTED WEIGHTS';

type Weights = Map<string, Record<Strategy, number>>;

/** A case as the fit sees it: the rules its profile fires and the strategies that may lead. */
interface Example {
  c: LabelledCase;
  rules: string[];
  eligible: Strategy[];
}

const exampleOf = (c: LabelledCase): Example => {
  const levels = readCharacteristics(c.profile);
  const unmet = new Set(unmetConditions(levels).map((u) => u.strategy));
  return {
    c,
    rules: profileContributions(c.profile, levels).flatMap((x) => x.rules),
    eligible: STRATEGIES.filter((s) => !unmet.has(s)),
  };
};

const scoresOf = (w: Weights, e: Example) =>
  Object.fromEntries(STRATEGIES.map((s) => [s, e.rules.reduce((sum, r) => sum + w.get(r)![s], 0)])) as Record<Strategy, number>;

/** Strongest first, ties in TIE_BREAK order (as score.ts ranks). */
const strongest = (scores: Record<Strategy, number>, among: Strategy[]): Strategy | undefined =>
  [...among].sort((a, b) => scores[b] - scores[a] || TIE_BREAK.order.indexOf(a) - TIE_BREAK.order.indexOf(b))[0];

export const topOf = (w: Weights, e: Example): Strategy => strongest(scoresOf(w, e), e.eligible)!;

const agreement = (w: Weights, cases: LabelledCase[]) =>
  cases.filter((c) => c.accept.includes(topOf(w, exampleOf(c)))).length / Math.max(1, cases.length);

export function fit(cases: LabelledCase[]): { weights: Weights; epochs: number; updates: number } {
  const w: Weights = new Map(PROFILE_RULES.map((r) => [r.id, { ...r.prior }]));
  // Running sum of the weights after every case visited: the averaged perceptron's answer.
  const sum: Weights = new Map(PROFILE_RULES.map((r) => [r.id, { ...r.prior }]));
  let visits = 1;
  const examples = cases.map(exampleOf);
  let [epochs, updates] = [0, 0];
  for (let changed = true; changed && epochs < MAX_EPOCHS; epochs++) {
    changed = false;
    for (const e of examples) {
      const scores = scoresOf(w, e);
      const target = strongest(
        scores,
        e.eligible.filter((s) => e.c.accept.includes(s)),
      );
      const rival = strongest(
        scores,
        e.eligible.filter((s) => !e.c.accept.includes(s)),
      );
      if (target && rival && scores[target] - scores[rival] < FIT_MARGIN) {
        for (const r of e.rules) {
          const row = w.get(r)!;
          row[target] = Math.min(WEIGHT_BOUND, row[target] + 1);
          row[rival] = Math.max(-WEIGHT_BOUND, row[rival] - 1);
        }
        changed = true;
        updates++;
      }
      for (const [id, row] of w) for (const s of STRATEGIES) sum.get(id)![s] += row[s];
      visits++;
    }
  }
  const averaged: Weights = new Map(
    [...sum].map(([id, row]) => [
      id,
      Object.fromEntries(STRATEGIES.map((s) => [s, Math.round(row[s] / visits)])) as Record<Strategy, number>,
    ]),
  );
  return { weights: averaged, epochs, updates };
}

/** The FITTED block as the rules file holds it: one line per rule, in the rules' order. */
export function fittedBlock(w: Weights): string {
  const row = (id: string): Row5 => {
    const p = w.get(id)!;
    return [p.PROMPT_ENGINEERING, p.RAG, p.ADAPTER, p.FINE_TUNE, p.HYBRID];
  };
  const lines = PROFILE_RULES.map((r) => `  '${r.id}': [${row(r.id).join(', ')}],`);
  return [
    `${BEGIN} (written by \`npm run fit:rules\`; edit the priors below, not this block)`,
    `// Fitted to ${FIT_CASES.length} cases (eval/recommendation-cases.ts FIT_CASES). Order: PE, RAG, AD, FT, HY.`,
    'const FITTED: Record<string, Row5> = {',
    ...lines,
    '};',
    END,
  ].join('\n');
}

function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const prior: Weights = new Map(PROFILE_RULES.map((r) => [r.id, { ...r.prior }]));
  const current: Weights = new Map(PROFILE_RULES.map((r) => [r.id, { ...r.points }]));
  const result = fit(FIT_CASES);
  const text = readFileSync(RULES_FILE, 'utf8');
  const [from, to] = [text.indexOf(BEGIN), text.indexOf(END)];
  if (from < 0 || to < from) throw new Error(`${RULES_FILE} has no ${BEGIN} … ${END} block`);
  const next = `${text.slice(0, from)}${fittedBlock(result.weights)}${text.slice(to + END.length)}`;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`fit: ${FIT_CASES.length} fitting cases, ${result.epochs} epoch(s), ${result.updates} update(s)`);
  console.log(`top-1, priors:  fitted half ${pct(agreement(prior, FIT_CASES))}, held-out half ${pct(agreement(prior, HELD_OUT_CASES))}`);
  console.log(
    `top-1, fitted:  fitted half ${pct(agreement(result.weights, FIT_CASES))}, held-out half ${pct(agreement(result.weights, HELD_OUT_CASES))}`,
  );
  console.log(
    `top-1, in file: fitted half ${pct(agreement(current, FIT_CASES))}, held-out half ${pct(agreement(current, HELD_OUT_CASES))}`,
  );
  if (values.check) {
    if (next !== text) {
      console.error('fit: the rules file is not what fitting writes; run npm run fit:rules');
      process.exit(1);
    }
    return;
  }
  writeFileSync(RULES_FILE, next);
  console.log(`fit: wrote ${RULES_FILE} (format it with prettier; the reasoner digest changes with it)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

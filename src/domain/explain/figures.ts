import type { EvidenceItem } from './evidence.js';

/**
 * Figures in text: digits with optional thousands commas and decimals, then optionally a percent sign
 * ("95%", "95 percent") or a k / K / M multiplier glued to the number ("20k", "1.5M"). Signs are ignored:
 * "lowers it by 0.3" states the figure of a -0.3 contribution.
 */
const FIGURE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(%|percent\b|per cent\b)|([kKM])(?![A-Za-z]))?/g;

/** Handle mentions in a claim's text ("E3") are references, not figures. */
const HANDLE_MENTION = /\bE[1-9][0-9]*\b/g;

/** A figure as stated, and the values it may stand for. */
interface StatedFigure {
  text: string;
  /** Each reading with the rounding it allows: 0 means the value must match exactly. */
  readings: { value: number; halfStep: number }[];
}

const MULTIPLIER: Record<string, number> = { k: 1_000, K: 1_000, M: 1_000_000 };

function* figuresIn(text: string): Generator<StatedFigure> {
  for (const m of text.matchAll(FIGURE)) {
    const [whole, int, frac = '', percent, mult] = m;
    const decimals = frac.length;
    const value = Number(`${int.replace(/,/g, '')}.${frac || '0'}`) * (mult ? MULTIPLIER[mult] : 1);
    // A stated precision (decimals, "20k") allows rounding to it; a bare integer must be exact.
    const step = 10 ** -decimals * (mult ? MULTIPLIER[mult] : 1);
    const readings = [{ value, halfStep: decimals > 0 || mult ? step / 2 : 0 }];
    // "95%" states 0.95 as well, to the precision it shows: 95% covers 0.9512, 95.1% covers 0.9512 too.
    if (percent) readings.push({ value: value / 100, halfStep: step / 200 });
    yield { text: whole.trim(), readings };
  }
}

/** Every value the evidence states: numeric facts as they are, figures in its summary and string facts read as above. */
function statedValues(evidence: readonly EvidenceItem[]): number[] {
  const values: number[] = [];
  for (const item of evidence) {
    for (const text of [item.summary, ...Object.values(item.facts)]) {
      if (typeof text === 'number') values.push(Math.abs(text));
      else if (typeof text === 'string') for (const f of figuresIn(text)) values.push(...f.readings.map((r) => r.value));
    }
  }
  return values;
}

const EPSILON = 1e-9;

/**
 * The figures `claim` states that none of `evidence` states (after normalising 20,000 / 20000 / 20k and
 * 0.95 / 95%; a figure stated with decimals may be the evidence's value rounded to them). Figures written
 * as words ("three") are not recognised: the narrator's prompt asks for digits.
 */
export function unsupportedFigures(claim: string, evidence: readonly EvidenceItem[]): string[] {
  const values = statedValues(evidence);
  const unsupported: string[] = [];
  for (const figure of figuresIn(claim.replace(HANDLE_MENTION, ' '))) {
    const supported = figure.readings.some(({ value, halfStep }) =>
      values.some((v) => Math.abs(v - value) <= halfStep + EPSILON * Math.max(1, Math.abs(value))),
    );
    if (!supported) unsupported.push(figure.text);
  }
  return [...new Set(unsupported)];
}

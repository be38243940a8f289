/**
 * Fixed histogram bins for numeric signals. Every aggregate of one signal uses the same bins, so
 * buckets and shards add bin by bin, and a quantile or a distribution test reads bin counts with the
 * bin's representative value. The spec is stored on each aggregate (`binSpec`), so a reader needs no
 * configuration to decode it.
 *
 * - `log`: bin 0 is [0, min) (representative 0), then `perDecade` bins per decade from min to max,
 *   each represented by its geometric midpoint, then [max, ∞) (representative max). A value in a log
 *   bin is within a factor 10^(1/(2·perDecade)) of its representative: ±5.9 % at 20 per decade.
 * - `symlog`: the log bins mirrored for negative values around a zero bin (-min, min).
 * - `linear`: `count` equal bins over [min, max] (a score config's range), represented by midpoints;
 *   values outside clamp to the end bins.
 */
export type BinSpec =
  | { scale: 'log'; min: number; max: number; perDecade: number }
  | { scale: 'symlog'; min: number; max: number; perDecade: number }
  | { scale: 'linear'; min: number; max: number; count: number };

/** Bins per signal: log-spaced for latency, cost and tokens; symmetric log for features and KPIs of unknown range. */
export const BINS = {
  /** 1 ms to 10^8 ms (a day is 8.6·10^7), 20 per decade: quantiles within ±5.9 %. */
  latencyMs: { scale: 'log', min: 1, max: 1e8, perDecade: 20 },
  /** $10^-6 to $1,000 per call, 20 per decade: ±5.9 %. */
  costUsd: { scale: 'log', min: 1e-6, max: 1e3, perDecade: 20 },
  /** 1 to 10^7 tokens, 20 per decade. */
  tokens: { scale: 'log', min: 1, max: 1e7, perDecade: 20 },
  /** Numeric features and KPIs: ±10^-3 to ±10^9, 10 per decade (±12 %). */
  unbounded: { scale: 'symlog', min: 1e-3, max: 1e9, perDecade: 10 },
} as const satisfies Record<string, BinSpec>;

/** Bins over a numeric score config's range: 50, so a representative is within 1 % of the range of its values. */
export const SCORE_BIN_COUNT = 50;

export const scoreBins = (min: number, max: number): BinSpec => ({ scale: 'linear', min, max, count: SCORE_BIN_COUNT });

/** Log bins on one side: the underflow bin, the decades, the overflow bin. */
const logSide = (s: { min: number; max: number; perDecade: number }) => Math.round(Math.log10(s.max / s.min) * s.perDecade) + 2;

export function binCount(spec: BinSpec): number {
  if (spec.scale === 'linear') return spec.count;
  if (spec.scale === 'log') return logSide(spec);
  return 2 * (logSide(spec) - 1) + 1;
}

function logIndex(s: { min: number; max: number; perDecade: number }, v: number): number {
  const last = logSide(s) - 1;
  if (!(v >= s.min)) return 0;
  if (v >= s.max) return last;
  // A value on an edge belongs to the bin it opens; the epsilon absorbs log10's rounding there.
  return Math.min(last - 1, 1 + Math.floor(Math.log10(v / s.min) * s.perDecade + 1e-9));
}

function logValue(s: { min: number; max: number; perDecade: number }, i: number): number {
  if (i === 0) return 0;
  if (i === logSide(s) - 1) return s.max;
  return s.min * 10 ** ((i - 0.5) / s.perDecade);
}

export function binIndex(spec: BinSpec, v: number): number {
  if (spec.scale === 'linear') {
    const i = Math.floor(((v - spec.min) / (spec.max - spec.min)) * spec.count);
    return Math.max(0, Math.min(spec.count - 1, i));
  }
  if (spec.scale === 'log') return logIndex(spec, v);
  const centre = logSide(spec) - 1;
  const side = logIndex(spec, Math.abs(v));
  return v < 0 ? centre - side : centre + side;
}

/** The value a bin's counts stand for. */
export function binValue(spec: BinSpec, i: number): number {
  if (spec.scale === 'linear') return spec.min + ((i + 0.5) * (spec.max - spec.min)) / spec.count;
  if (spec.scale === 'log') return logValue(spec, i);
  const centre = logSide(spec) - 1;
  return i < centre ? -logValue(spec, centre - i) : logValue(spec, i - centre);
}

export const encodeBins = (spec: BinSpec): string =>
  spec.scale === 'linear' ? `linear:${spec.min}:${spec.max}:${spec.count}` : `${spec.scale}:${spec.min}:${spec.max}:${spec.perDecade}`;

export function decodeBins(text: string): BinSpec {
  const [scale, min, max, n] = text.split(':');
  if (scale === 'linear') return { scale, min: Number(min), max: Number(max), count: Number(n) };
  if (scale === 'log' || scale === 'symlog') return { scale, min: Number(min), max: Number(max), perDecade: Number(n) };
  throw new Error(`unknown bin spec "${text}"`);
}

/** Latency summary of one cell: nearest-rank percentiles in milliseconds. */
export interface Summary {
  count: number;
  errors: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  /** Requests per second over the cell's wall time. */
  throughput: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(latencies: number[], errors: number, wallMs: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    errors,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(sorted.length, 1)),
    max: round(sorted.at(-1) ?? Number.NaN),
    throughput: round((sorted.length * 1000) / Math.max(wallMs, 1)),
  };
}

/** The middle value (the mean of the middle two for an even count). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

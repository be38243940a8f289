/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, 2009): a passage's fused score is the sum, over
 * the rankings it appears in, of 1 / (k + rank), rank counted from 1. It needs no score calibration
 * (BM25 and cosine scores are on different scales) and rewards passages both sides rank well; k = 60
 * is the paper's constant and damps the weight of the very top ranks. Ties keep the full-text order.
 */
export const RRF_K = 60;

export interface RankedHit {
  id: string;
  score: number;
}

export interface FusedHit {
  id: string;
  score: number;
  fullText: { rank: number; score: number } | null;
  vector: { rank: number; score: number } | null;
}

export const FUSION_DESCRIPTION = `reciprocal rank fusion: score = Σ 1/(${RRF_K} + rank) over the full-text and vector rankings`;

export function reciprocalRankFusion(fullText: RankedHit[], vector: RankedHit[], k = RRF_K): FusedHit[] {
  const fused = new Map<string, FusedHit>();
  const add = (hits: RankedHit[], side: 'fullText' | 'vector') =>
    hits.forEach((hit, i) => {
      const entry = fused.get(hit.id) ?? { id: hit.id, score: 0, fullText: null, vector: null };
      entry[side] = { rank: i + 1, score: hit.score };
      entry.score += 1 / (k + i + 1);
      fused.set(hit.id, entry);
    });
  add(fullText, 'fullText');
  add(vector, 'vector');
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

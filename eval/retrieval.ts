import type { DomainContext } from '../src/domain/context.js';
import { retrievePassages, type RetrievalMode } from '../src/domain/documents/retrieve.js';
import { loadDemoCorpus } from '../seed/corpus.js';
import { RETRIEVAL_QUERIES } from './retrieval-queries.js';

const MODES: RetrievalMode[] = ['FULL_TEXT', 'VECTOR', 'HYBRID'];
const RANKED = 10;

export interface ModeScore {
  mode: RetrievalMode;
  recallAt5: number;
  mrr: number;
}

/** recall@5 and MRR (over the top 10) of full-text alone, vector alone and hybrid on the labelled queries. */
export async function evaluateRetrieval(ctx: DomainContext, prefix = 'eval-', queries = RETRIEVAL_QUERIES): Promise<ModeScore[]> {
  const ids = await loadDemoCorpus(ctx, prefix);
  const documents = Object.values(ids);
  const scores: ModeScore[] = [];
  for (const mode of MODES) {
    let hits = 0;
    let reciprocal = 0;
    for (const q of queries) {
      const answer = await retrievePassages(ctx, { query: q.query, first: RANKED, documents, mode });
      const rank = answer.passages.findIndex((p) => p.document === ids[q.document] && p.chunk.heading.endsWith(`› ${q.section}`)) + 1;
      if (rank >= 1 && rank <= 5) hits++;
      if (rank >= 1) reciprocal += 1 / rank;
    }
    scores.push({ mode, recallAt5: hits / queries.length, mrr: reciprocal / queries.length });
  }
  return scores;
}

import type { DomainContext } from '../src/domain/context.js';
import { registerDocument, registerDocumentVersion } from '../src/domain/documents/register.js';
import { retrievePassages, type RetrievalMode } from '../src/domain/documents/retrieve.js';
import { CORPUS, corpusText, SECOND_VERSIONS, type CorpusDocument } from '../seed/corpus.js';
import { RETRIEVAL_QUERIES } from './retrieval-queries.js';

const MODES: RetrievalMode[] = ['FULL_TEXT', 'VECTOR', 'HYBRID'];
const RANKED = 10;

export interface ModeScore {
  mode: RetrievalMode;
  recallAt5: number;
  mrr: number;
}

/** Loads the demo corpus (both versions of each document) under `prefix`, idempotently. */
async function loadCorpus(ctx: DomainContext, prefix: string): Promise<Record<CorpusDocument, string>> {
  const ids = {} as Record<CorpusDocument, string>;
  for (const doc of Object.keys(CORPUS) as CorpusDocument[]) {
    const id = String((await registerDocument(ctx, { key: `${prefix}${doc}`, name: CORPUS[doc].title })).node.id);
    const base = { document: id, title: CORPUS[doc].title, documentKind: CORPUS[doc].documentKind, classification: CORPUS[doc].classification, chunking: { strategy: 'HEADING', maxChars: 1200 } };
    await registerDocumentVersion(ctx, { ...base, text: corpusText(doc) });
    await registerDocumentVersion(ctx, { ...base, text: SECOND_VERSIONS[doc].edit(corpusText(doc)) });
    ids[doc] = id;
  }
  return ids;
}

/** recall@5 and MRR (over the top 10) of full-text alone, vector alone and hybrid on the labelled queries. */
export async function evaluateRetrieval(ctx: DomainContext, prefix = 'eval-'): Promise<ModeScore[]> {
  const ids = await loadCorpus(ctx, prefix);
  const documents = Object.values(ids);
  const scores: ModeScore[] = [];
  for (const mode of MODES) {
    let hits = 0;
    let reciprocal = 0;
    for (const q of RETRIEVAL_QUERIES) {
      const answer = await retrievePassages(ctx, { query: q.query, first: RANKED, documents, mode });
      const rank = answer.passages.findIndex((p) => p.document === ids[q.document] && p.chunk.heading.endsWith(`› ${q.section}`)) + 1;
      if (rank >= 1 && rank <= 5) hits++;
      if (rank >= 1) reciprocal += 1 / rank;
    }
    scores.push({ mode, recallAt5: hits / RETRIEVAL_QUERIES.length, mrr: reciprocal / RETRIEVAL_QUERIES.length });
  }
  return scores;
}


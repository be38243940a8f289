import { z } from 'zod';
import { documentQueries } from './queries.js';
import { nodeQueries } from '../nodes/queries.js';
import type { Row } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { modelKey, type Embedder, type EmbeddingModel } from '../../llm/embeddings.js';
import { checkAsOf } from '../as-of.js';
import { authorize } from '../permissions/permissions.js';
import { mayWithhold, readableClassifications } from '../permissions/derived-answers.js';
import type { Classification } from '../permissions/principal.js';
import type { DomainContext } from '../context.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { idOf, parse, text } from '../validate.js';
import { embedOrFail } from './embed.js';
import { FUSION_DESCRIPTION, reciprocalRankFusion, type RankedHit } from './fusion.js';
import { hasWords, passageQuery } from './passage-query.js';
import { dimensionMismatch, vectorIndexDimensions } from './vector-index.js';

export const RETRIEVAL_MODES = ['HYBRID', 'FULL_TEXT', 'VECTOR'] as const;
export type RetrievalMode = (typeof RETRIEVAL_MODES)[number];
export const DEFAULT_RETRIEVAL_MODE: RetrievalMode = 'HYBRID';

/** Bounds of one retrieval: passages returned, and candidates each index yields before scope filtering. */
export const RETRIEVAL_LIMITS = {
  maxFirst: 50,
  defaultFirst: 5,
  candidatesPerPassage: 20,
  minCandidates: 100,
  maxCandidates: 1000,
  /** Up to this many chunks in scope, vectors are ranked exactly (cosine over each), not through the index. */
  exactVectorMaxChunks: 5000,
  maxQueryChars: 1000,
} as const;

const retrieveInput = z.object({
  query: text(RETRIEVAL_LIMITS.maxQueryChars),
  first: z.number().int().min(1).max(RETRIEVAL_LIMITS.maxFirst).default(RETRIEVAL_LIMITS.defaultFirst),
  asOf: z.date().nullish(),
  documents: z.array(idOf('Document')).min(1).max(100).nullish(),
  retrievalConfig: idOf('RetrievalConfigVersion').nullish(),
  mode: z.enum(RETRIEVAL_MODES).default(DEFAULT_RETRIEVAL_MODE),
});

/** The part of a chunk a passage shows. */
export interface PassageChunk {
  id: string;
  text: string;
  heading: string;
  index: number;
  /** The document version it belongs to. */
  parent: string;
  embeddingModel: string;
  embeddingModelVersion: string;
  /** The document's classification (a chunk carries its document's). */
  classification: Classification;
}

export interface Passage {
  chunk: PassageChunk;
  documentVersion: string;
  document: string;
  /** The fused score (reciprocal rank fusion), higher is better. */
  score: number;
  fullText: { rank: number; score: number } | null;
  vector: { rank: number; score: number } | null;
}

export interface PassageAnswer {
  passages: Passage[];
  mode: RetrievalMode;
  fusion: string;
  embeddingModel: EmbeddingModel;
  asOf: Date | null;
  /** Document versions you may read that the passages were drawn from (in force at asOf, or the retrieval config's corpus). */
  versionsInScope: number;
  /**
   * True when documents above your clearance may exist: they are never searched for you. From your
   * clearance alone (permissions/derived-answers.ts), never from what matched, so it answers nothing
   * about hidden text.
   */
  mayBeWithheld: boolean;
  /**
   * An index's candidate window was full and filtering it by scope left fewer than `first` passages
   * from that side: passages in scope may lie beyond the window.
   */
  truncated: boolean;
}

const isChunk = (v: unknown): v is PassageChunk => typeof v === 'object' && v !== null && typeof (v as Row).id === 'string';

function hits(value: unknown): Array<RankedHit & { chunk: PassageChunk }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((h: Row) => (isChunk(h.chunk) ? [{ id: h.chunk.id, score: Number(h.score), chunk: h.chunk }] : []));
}

/** A retrieval config's document corpus (as it existed at asOf), or NOT_FOUND / VALIDATION. */
async function corpusOf(ctx: DomainContext, id: string, asOf: Date | null): Promise<string[]> {
  const row = (await ctx.db.readQuery(nodeQueries.get, { ids: [id] }))[0]?.n as Row | undefined;
  if (!row || (asOf && Date.parse(String(row.createdAt)) > asOf.getTime())) throw notFound(id, 'RetrievalConfigVersion');
  const documents = Array.isArray(row.documents) ? row.documents.map(String) : [];
  if (documents.length === 0) throw invalid('retrievalConfig', `${id} names no document versions in its corpus (documents).`);
  return documents;
}

/**
 * Hybrid retrieval over policy documents: a full-text ranking (Lucene, English analyzer) and a vector
 * ranking (cosine over the configured model's vectors) of the chunks in scope, fused by reciprocal
 * rank fusion. Vectors of another model are never ranked together with the query's: retrieval is
 * refused (CONFLICT) until `npm run reembed` has re-embedded them, unless mode is FULL_TEXT.
 */
export async function retrievePassages(ctx: DomainContext, input: unknown, embedder: Embedder = ctx.embedder): Promise<PassageAnswer> {
  authorize(ctx.principal, 'catalog.read');
  const args = parse(retrieveInput, input);
  const asOf = args.asOf ?? null;
  checkAsOf(ctx, asOf);
  const model = embedder.model;
  const empty: PassageAnswer = {
    passages: [],
    mode: args.mode,
    fusion: FUSION_DESCRIPTION,
    embeddingModel: model,
    asOf,
    versionsInScope: 0,
    mayBeWithheld: mayWithhold(ctx.principal),
    truncated: false,
  };
  const versions = args.retrievalConfig ? await corpusOf(ctx, args.retrievalConfig, asOf) : null;
  if (!hasWords(args.query)) return empty;

  const dimensions = await vectorIndexDimensions(ctx.db);
  if (dimensions === undefined) return empty; // no document was ever registered
  const vector = args.mode === 'FULL_TEXT' ? null : (await embedOrFail(embedder, [args.query], 'query'))[0];
  if (vector && vector.length !== dimensions) throw dimensionMismatch(dimensions, vector.length);

  const candidates = Math.min(
    RETRIEVAL_LIMITS.maxCandidates,
    Math.max(RETRIEVAL_LIMITS.minCandidates, args.first * RETRIEVAL_LIMITS.candidatesPerPassage),
  );
  const row = (
    await ctx.db.readQuery(documentQueries.passagesRetrieve, {
      text: args.mode === 'VECTOR' ? null : passageQuery(args.query),
      vector,
      modelKey: modelKey(model),
      asOf: asOf ? dateTimeParam(asOf) : null,
      versions,
      documents: args.documents ?? null,
      visible: readableClassifications(ctx.principal),
      candidates: intParam(candidates),
      exactMax: intParam(RETRIEVAL_LIMITS.exactVectorMaxChunks),
      limit: intParam(args.first),
    })
  )[0];
  const foreign = Array.isArray(row.foreign)
    ? row.foreign.map((f: Row) => ({ modelKey: String(f.modelKey), chunks: Number(f.chunks) }))
    : [];
  if (foreign.length > 0 && args.mode !== 'FULL_TEXT') {
    const total = foreign.reduce((n, f) => n + f.chunks, 0);
    throw new DomainError(
      'CONFLICT',
      `${total} chunks in scope were embedded by another model (${foreign.map((f) => `${f.modelKey}: ${f.chunks}`).join(', ')}) than the configured ${modelKey(model)}; ` +
        'vectors of different models are never ranked together. Run `npm run reembed`, or retrieve with mode FULL_TEXT.',
      { reason: 'EMBEDDING_MODEL_MISMATCH', configured: modelKey(model), foreign },
    );
  }
  const textHits = hits(row.text);
  const vectorHits = hits(row.vector);
  const chunks = new Map([...textHits, ...vectorHits].map((h) => [h.id, h.chunk]));
  const passages = reciprocalRankFusion(textHits, vectorHits)
    .slice(0, args.first)
    .flatMap((f) => {
      const chunk = chunks.get(f.id);
      if (!chunk) return [];
      return [
        {
          chunk,
          documentVersion: chunk.parent,
          document: chunk.parent.split('@')[0],
          score: f.score,
          fullText: f.fullText,
          vector: f.vector,
        },
      ];
    });
  const truncated = (row.textWindowFull && textHits.length < args.first) || (row.vectorWindowFull && vectorHits.length < args.first);
  return { ...empty, passages, versionsInScope: Number(row.versionsInScope), truncated };
}

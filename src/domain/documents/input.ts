import { z } from 'zod';
import { CLASSIFICATIONS, DEFAULT_CLASSIFICATION } from '../permissions/principal.js';
import { idOf, text, timestamp } from '../validate.js';
import { CHUNK_LIMITS, CHUNK_STRATEGIES, DEFAULT_CHUNK_STRATEGY } from './chunking.js';

export const DOCUMENT_KINDS = ['REGULATION', 'INTERNAL_POLICY', 'STANDARD', 'MODEL_CARD'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Bounds of one document version: its text and the chunks it may be cut into. */
export const DOCUMENT_LIMITS = { maxTextChars: 400_000, maxChunks: 2000 } as const;

/** How a document version's text is cut into chunks. */
export const chunkingInput = z
  .object({
    strategy: z.enum(CHUNK_STRATEGIES).default(DEFAULT_CHUNK_STRATEGY),
    maxChars: z.number().int().min(CHUNK_LIMITS.minChars).max(CHUNK_LIMITS.maxChars).default(CHUNK_LIMITS.defaultMaxChars),
    overlapChars: z.number().int().min(0).max(CHUNK_LIMITS.maxChars).default(CHUNK_LIMITS.defaultOverlapChars),
  })
  .refine((c) => c.overlapChars <= c.maxChars / 2, { message: 'overlapChars must be at most half of maxChars', path: ['overlapChars'] })
  .default({ strategy: DEFAULT_CHUNK_STRATEGY, maxChars: CHUNK_LIMITS.defaultMaxChars, overlapChars: CHUNK_LIMITS.defaultOverlapChars });

export const documentVersionInput = z.object({
  document: idOf('Document'),
  title: text(300).min(1, 'must not be empty'),
  text: text(DOCUMENT_LIMITS.maxTextChars).refine((t) => /[\p{L}\p{N}]/u.test(t), 'must contain some words'),
  documentKind: z.enum(DOCUMENT_KINDS),
  classification: z.enum(CLASSIFICATIONS).default(DEFAULT_CLASSIFICATION),
  sourceUri: text(2000).optional(),
  effectiveFrom: timestamp.optional(),
  chunking: chunkingInput,
  message: text(2000).optional(),
});

export type DocumentVersionInput = z.output<typeof documentVersionInput>;

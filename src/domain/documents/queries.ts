import type { Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../../db/named-query.js';
import type { At, AtOrNull } from '../query-types.js';

/** Policy documents: chunks, their vectors and retrieval. */
export const documentQueries = {
  chunksCreate: defineQuery<
    { version: string; at: At; actor: string; chunks: Array<{ id: string; embedding: number[]; props: Row }> },
    Row
  >('chunks-create'),
  chunkVectorReuse: defineQuery<{ digests: string[]; modelKey: string }, { digest: string; embedding: number[] | null }>(
    'chunk-vector-reuse',
  ),
  chunkVectorIndex: defineQuery<Record<string, never>, { dimensions: number | null; state: string }>('chunk-vector-index'),
  chunkVectorIndexCreate: defineQuery<{ dimensions: Integer }, Row>('chunk-vector-index-create'),
  chunkVectorIndexAwait: defineQuery<Record<string, never>, Row>('chunk-vector-index-await'),
  chunkVectorIndexDrop: defineQuery<Record<string, never>, Row>('chunk-vector-index-drop'),
  chunksForeignModel: defineQuery<{ modelKey: string }, { modelKey: string; chunks: number }>('chunks-foreign-model'),
  chunksReembedBatch: defineQuery<{ modelKey: string; limit: Integer }, { id: string; text: string; previous: string | null }>(
    'chunks-reembed-batch',
  ),
  chunksReembedSet: defineQuery<
    { rows: Array<{ id: string; embedding: number[] }>; model: string; modelVersion: string; modelKey: string; at: At },
    Row
  >('chunks-reembed-set'),
  passagesRetrieve: defineQuery<
    {
      text: string | null;
      vector: number[] | null;
      modelKey: string;
      asOf: AtOrNull;
      versions: string[] | null;
      documents: string[] | null;
      visible: string[];
      candidates: Integer;
      exactMax: Integer;
      limit: Integer;
    },
    {
      text: Array<{ score: number; chunk: Row }>;
      vector: Array<{ score: number; chunk: Row }>;
      textWindowFull: boolean;
      vectorWindowFull: boolean;
      versionsInScope: number;
      foreign: Array<{ modelKey: string; chunks: number }>;
    }
  >('passages-retrieve'),
};

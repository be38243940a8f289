/** A document version as stored: its text, how it was chunked, and the model its chunks were embedded with. */
export interface DocumentVersionRow {
  id: string;
  kind: 'DocumentVersion';
  parent: string;
  version: number;
  digest: string;
  title: string;
  text: string;
  documentKind: string;
  classification: string;
  chunkStrategy: string;
  chunkMaxChars: number;
  chunkOverlapChars: number;
  chunkCount: number;
  sourceUri?: string;
  effectiveFrom?: string;
  message?: string;
  createdAt: string;
  createdBy: string;
}

/** One passage of a document version, with the vector of the model named on it. */
export interface ChunkRow {
  id: string;
  kind: 'Chunk';
  parent: string;
  index: number;
  text: string;
  heading: string;
  charStart: number;
  charEnd: number;
  textDigest: string;
  classification: string;
  embeddingModel: string;
  embeddingModelVersion: string;
  createdAt: string;
  createdBy: string;
}

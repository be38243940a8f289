// Policy documents as evidence: chunks are found by their words (full-text, English analyzer: stemming
// and stop words, so a question matches the passage that answers it) and by meaning (the vector index,
// created by code at the embedding model's dimensions: src/domain/documents/vector-index.ts).
CREATE FULLTEXT INDEX chunk_text IF NOT EXISTS FOR (c:Chunk) ON EACH [c.text, c.heading] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// A new version reuses the vector of an unchanged passage embedded by the same model.
CREATE INDEX chunk_text_digest IF NOT EXISTS FOR (c:Chunk) ON (c.textDigest, c.embeddingKey);
// Which chunks another model embedded (retrieval refuses to mix them; `npm run reembed` fixes them).
CREATE INDEX chunk_embedding_key IF NOT EXISTS FOR (c:Chunk) ON (c.embeddingKey);
CREATE INDEX chunk_parent IF NOT EXISTS FOR (c:Chunk) ON (c.parent);

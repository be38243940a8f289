// Vectors already computed by this model for passages with these exact texts (by digest).
UNWIND $digests AS digest
CALL (digest) {
  MATCH (c:Chunk {textDigest: digest, embeddingKey: $modelKey})
  RETURN c.embedding AS embedding
  LIMIT 1
}
RETURN digest, embedding

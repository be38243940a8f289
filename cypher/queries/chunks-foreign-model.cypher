// Chunks embedded by another model than $modelKey, by model, for `npm run reembed` and its progress.
MATCH (c:Chunk)
WHERE c.embeddingKey <> $modelKey
RETURN c.embeddingKey AS modelKey, count(c) AS chunks

// The next batch of chunks embedded by another model than $modelKey (texts to embed again).
MATCH (c:Chunk)
WHERE c.embeddingKey <> $modelKey
RETURN c.id AS id, c.text AS text, c.embeddingKey AS previous
ORDER BY c.id
LIMIT $limit

// Replaces chunks' vectors with the current model's, and records the model on each.
UNWIND $rows AS r
MATCH (c:Chunk {id: r.id})
SET c.embeddingModel = $model, c.embeddingModelVersion = $modelVersion, c.embeddingKey = $modelKey, c.embeddedAt = $at
WITH c, r
CALL db.create.setNodeVectorProperty(c, 'embedding', r.embedding)
RETURN count(c) AS updated

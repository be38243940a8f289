// Waits until the chunk vector index is online (it is populated in the background after creation).
CALL db.awaitIndex('chunk_embedding', 300)

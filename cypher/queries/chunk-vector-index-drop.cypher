// Dropped only by `npm run reembed` when the configured model has other dimensions than the index.
DROP INDEX chunk_embedding IF EXISTS

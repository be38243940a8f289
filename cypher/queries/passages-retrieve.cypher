// Hybrid retrieval's two candidate rankings over the chunks in scope, in one round trip (fusion is in
// src/domain/documents/fusion.ts). In scope: chunks of the document versions in force at $asOf (null:
// now) — for each document the newest version created by then and not retracted then — or, when
// $versions is given (a retrieval config's corpus), exactly those versions as they existed at $asOf;
// optionally only $documents. Full text: the index's best $candidates, then the scope; when that
// window was full, passages in scope may lie beyond it (textWindowFull, reported by the caller).
// Only versions of a classification in $visible (the reader's clearance) are in scope: chunks above
// it are never ranked, counted or reported, so nothing in the answer depends on what they hold beyond
// what the full-text window shares (see SECURITY.md, derived answers). Chunks another embedding model
// made are counted per model (`foreign`), so the caller refuses rather than mix vectors.
WITH [v IN COLLECT {
        MATCH (v:DocumentVersion)
        WHERE ($versions IS NULL OR v.id IN $versions)
          AND ($documents IS NULL OR v.parent IN $documents)
          AND ($asOf IS NULL OR v.createdAt <= $asOf)
          AND (v.retractedAt IS NULL OR ($asOf IS NOT NULL AND v.retractedAt > $asOf))
          AND ($versions IS NOT NULL OR NOT EXISTS {
            MATCH (w:DocumentVersion {parent: v.parent})
            WHERE w.version > v.version
              AND ($asOf IS NULL OR w.createdAt <= $asOf)
              AND (w.retractedAt IS NULL OR ($asOf IS NOT NULL AND w.retractedAt > $asOf))
          })
        RETURN v
      } WHERE coalesce(v.classification, 'PUBLIC') IN $visible | v.id] AS scope
CALL (scope) {
  WITH scope WHERE $text IS NOT NULL
  CALL db.index.fulltext.queryNodes('chunk_text', $text, {limit: $candidates}) YIELD node, score
  WITH collect({chunk: node, score: score}) AS window
  RETURN [h IN window WHERE h.chunk.parent IN scope] AS textHits, size(window) = $candidates AS textWindowFull
}
// Vectors: exact cosine over the chunks in scope when there are at most $exactMax of them, else the
// index's best $candidates (approximate), filtered to the scope afterwards.
WITH scope, textHits, textWindowFull,
     CASE WHEN $vector IS NULL THEN 0 ELSE COUNT { MATCH (c:Chunk) WHERE c.parent IN scope AND c.embeddingKey = $modelKey } END AS vectorInScope
CALL (scope, vectorInScope) {
  WITH scope WHERE $vector IS NOT NULL AND vectorInScope <= $exactMax
  MATCH (c:Chunk)
  WHERE c.parent IN scope AND c.embeddingKey = $modelKey
  WITH c, vector.similarity.cosine(c.embedding, $vector) AS score
  ORDER BY score DESC
  LIMIT $candidates
  RETURN collect({chunk: c, score: score}) AS exactHits
}
CALL (scope, vectorInScope) {
  WITH scope WHERE $vector IS NOT NULL AND vectorInScope > $exactMax
  CALL db.index.vector.queryNodes('chunk_embedding', $candidates, $vector) YIELD node, score
  WITH collect({chunk: node, score: score}) AS window
  RETURN [h IN window WHERE h.chunk.parent IN scope AND h.chunk.embeddingKey = $modelKey] AS indexHits,
         size(window) = $candidates AS vectorWindowFull
}
WITH scope, textHits, textWindowFull, exactHits + indexHits AS vectorHits, vectorWindowFull
WITH scope, textWindowFull, vectorWindowFull,
     [h IN textHits WHERE coalesce(h.chunk.classification, 'PUBLIC') IN $visible] AS textVisible,
     [h IN vectorHits WHERE coalesce(h.chunk.classification, 'PUBLIC') IN $visible] AS vectorVisible
RETURN size(scope) AS versionsInScope,
       [h IN textVisible[0..$limit] | {score: h.score, chunk: {id: h.chunk.id, text: h.chunk.text, heading: h.chunk.heading, index: h.chunk.index, parent: h.chunk.parent, embeddingModel: h.chunk.embeddingModel, embeddingModelVersion: h.chunk.embeddingModelVersion, classification: h.chunk.classification}}] AS text,
       [h IN vectorVisible[0..$limit] | {score: h.score, chunk: {id: h.chunk.id, text: h.chunk.text, heading: h.chunk.heading, index: h.chunk.index, parent: h.chunk.parent, embeddingModel: h.chunk.embeddingModel, embeddingModelVersion: h.chunk.embeddingModelVersion, classification: h.chunk.classification}}] AS vector,
       textWindowFull, vectorWindowFull,
       COLLECT {
         MATCH (c:Chunk) WHERE c.parent IN scope AND c.embeddingKey <> $modelKey
         WITH c.embeddingKey AS modelKey, count(c) AS chunks
         RETURN {modelKey: modelKey, chunks: chunks}
       } AS foreign

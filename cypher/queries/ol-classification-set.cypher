// Stores classifications computed in src/domain/openlineage/classification.ts on each head (dataset,
// run, job) and on what shares it: the members named in the row (what an ingest just recorded) and,
// when $discover (a reclassification), every version and column of a dataset and every event that
// describes the head. Only nodes whose classification changes are written.
UNWIND $heads AS h
MATCH (n:Node {id: h.id})
CALL (n, h) {
  RETURN n AS m
  UNION
  UNWIND h.members AS id
  MATCH (m:Node {id: id})
  RETURN m
  UNION
  WITH n WHERE $discover AND n:LineageDataset
  MATCH (m:LineageDatasetVersion {parent: n.id})
  RETURN m
  UNION
  WITH n WHERE $discover AND n:LineageDataset
  MATCH (:LineageDatasetVersion {parent: n.id})<-[:COLUMN_OF]-(m:LineageColumn)
  RETURN m
  UNION
  WITH n WHERE $discover
  MATCH (m:LineageEvent {subject: n.id})
  RETURN m
}
WITH m, h
WHERE m.classification IS NULL OR m.classification <> h.classification OR coalesce(m.classificationHeld, '') <> coalesce(h.held, '')
SET m.classification = h.classification, m.classificationHeld = h.held, m.classificationLoweredAt = h.loweredAt
RETURN count(m) AS written

// Stores the classifications an ingest computed (src/domain/openlineage/classification.ts): each head
// (dataset, run, job) and each member that shares its level (what the ingest just recorded), grouped
// by level, each id once. The same rule as ol-classification-set without discovery; only nodes whose
// classification changes are written.
CYPHER replan=skip
UNWIND $batch.levels AS level
UNWIND level.ids AS id
MATCH (m:Node {id: id})
WHERE m.classification IS NULL OR m.classification <> level.classification OR coalesce(m.classificationHeld, '') <> coalesce(level.held, '')
SET m.classification = level.classification, m.classificationHeld = level.held, m.classificationLoweredAt = level.loweredAt
RETURN count(m) AS written

// Stores the classifications an ingest computed (src/domain/openlineage/classification.ts), one row per
// node: each head (dataset, run, job) and each member that shares its level (what the ingest just
// recorded), flattened in the caller, so no node is looked for twice. The same rule as
// ol-classification-set without discovery; only nodes whose classification changes are written.
UNWIND $batch.rows AS row
MATCH (m:Node {id: row.id})
WHERE m.classification IS NULL OR m.classification <> row.classification OR coalesce(m.classificationHeld, '') <> coalesce(row.held, '')
SET m.classification = row.classification, m.classificationHeld = row.held, m.classificationLoweredAt = row.loweredAt
RETURN count(m) AS written

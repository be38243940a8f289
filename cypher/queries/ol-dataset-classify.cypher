// The settings an OpenLineage dataset's classification starts from: an ADMIN's declared level, and the
// floor its bindings put on it (the strictest Provenant version bound to it). A null leaves one as it is.
// Returns the declared level it replaced.
MATCH (d:Node {id: $id})
WHERE d:LineageDataset
WITH d, d.declaredClassification AS previous
SET d.declaredClassification = coalesce($declared, d.declaredClassification),
    d.boundClassification = coalesce($bound, d.boundClassification)
RETURN previous

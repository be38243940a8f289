// Column-level lineage of completed runs' outputs (from their columnLineage facets): each output
// column DERIVED_FROM_COLUMN the input columns, one relationship per transformation.
CYPHER replan=skip
UNWIND $batch.columns AS c
MATCH (ov:Node {id: c.outVersion})
MATCH (iv:Node {id: c.inVersion})
MERGE (oc:Node {id: c.outId})
  ON CREATE SET oc:LineageColumn, oc.kind = 'LineageColumn', oc.name = c.outField, oc.parent = c.outVersion, oc.createdAt = $batch.at, oc.createdBy = $batch.actor
MERGE (oc)-[oof:COLUMN_OF]->(ov)
  ON CREATE SET oof.since = $batch.at
MERGE (ic:Node {id: c.inId})
  ON CREATE SET ic:LineageColumn, ic.kind = 'LineageColumn', ic.name = c.inField, ic.parent = c.inVersion, ic.createdAt = $batch.at, ic.createdBy = $batch.actor
MERGE (ic)-[iof:COLUMN_OF]->(iv)
  ON CREATE SET iof.since = $batch.at
MERGE (oc)-[d:DERIVED_FROM_COLUMN {transformation: c.transformation}]->(ic)
  ON CREATE SET d.since = $batch.at, d.type = c.type, d.subtype = c.subtype, d.description = c.description, d.masking = c.masking, d.run = c.run
RETURN count(d) AS links

// Binds a Provenant dataset version to a version of an OpenLineage dataset (the given one, or its
// latest): the Provenant version WAS_DERIVED_FROM it, so lineage runs on into the job run that wrote it.
MATCH (pv:Node {id: $datasetVersion})
MATCH (v:Node {id: $openLineageVersion})
OPTIONAL MATCH (pv)-[existing:WAS_DERIVED_FROM]->(v)
CALL (pv, v, existing) {
  WITH pv, v, existing WHERE existing IS NULL
  CREATE (pv)-[:WAS_DERIVED_FROM {since: $at, role: 'openlineage'}]->(v)
}
RETURN existing IS NULL AS created

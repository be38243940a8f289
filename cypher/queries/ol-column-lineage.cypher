// Bounded column-level lineage around one column of dataset version $version: at most $depth hops and
// $limit columns over DERIVED_FROM_COLUMN in the direction of $relationshipFilter (built in code from a
// fixed list), as the graph stood at $asOf. The version is read even when the column does not exist,
// so clearance is judged before existence. Classifications are as seen at $asOf: before a node's
// classification was last lowered, the strictest it ever held (docs/openlineage.md#classification).
OPTIONAL MATCH (ver:Node {id: $version})
WHERE ver.kind = 'LineageDatasetVersion'
OPTIONAL MATCH (start:Node {id: $id})
WHERE start.kind = 'LineageColumn'
CALL (start) {
  WITH start WHERE start IS NOT NULL
  CALL apoc.path.subgraphAll(start, {relationshipFilter: $relationshipFilter, maxLevel: $depth, limit: $limit, bfs: true})
  YIELD nodes, relationships
  RETURN nodes, relationships
  UNION
  WITH start WHERE start IS NULL
  RETURN [] AS nodes, [] AS relationships
}
WITH ver, start, size(nodes) AS visited,
     [n IN nodes WHERE $asOf IS NULL OR n.createdAt <= $asOf] AS kept,
     [r IN relationships WHERE $asOf IS NULL OR r.since <= $asOf] AS rels
RETURN ver IS NOT NULL AS versionExists,
       CASE WHEN $asOf IS NOT NULL AND ver.classificationLoweredAt > $asOf THEN ver.classificationHeld ELSE ver.classification END AS versionClassification,
       start.createdAt AS startCreatedAt,
       visited,
       [n IN kept | n {.id, .name, .createdAt, version: n.parent, kind: n.kind,
                       classification: CASE WHEN $asOf IS NOT NULL AND n.classificationLoweredAt > $asOf THEN n.classificationHeld ELSE n.classification END,
                       dataset: [(n)-[:COLUMN_OF]->(v) | v {.namespace, .name, .version}][0]}] AS columns,
       [r IN rels | {from: startNode(r).id, to: endNode(r).id, type: r.type, subtype: r.subtype,
                     description: r.description, masking: r.masking, run: r.run}] AS edges

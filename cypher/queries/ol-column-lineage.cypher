// Bounded column-level lineage around one column: at most $depth hops and $limit columns over
// DERIVED_FROM_COLUMN in the direction of $relationshipFilter (built in code from a fixed list), as the graph stood at $asOf.
MATCH (start:Node {id: $id})
WHERE start.kind = 'LineageColumn'
CALL apoc.path.subgraphAll(start, {relationshipFilter: $relationshipFilter, maxLevel: $depth, limit: $limit, bfs: true})
YIELD nodes, relationships
WITH start, size(nodes) AS visited,
     [n IN nodes WHERE $asOf IS NULL OR n.createdAt <= $asOf] AS kept,
     [r IN relationships WHERE $asOf IS NULL OR r.since <= $asOf] AS rels
RETURN start.createdAt AS startCreatedAt,
       visited,
       [n IN kept | n {.id, .name, .createdAt, version: n.parent,
                       dataset: [(n)-[:COLUMN_OF]->(v) | v {.namespace, .name, .version}][0]}] AS columns,
       [r IN rels | {from: startNode(r).id, to: endNode(r).id, type: r.type, subtype: r.subtype,
                     description: r.description, masking: r.masking, run: r.run}] AS edges

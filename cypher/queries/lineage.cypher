// Bounded breadth-first lineage around one node: at most $depth hops and $limit nodes, only over the
// relationship types in $relationshipFilter (built in code from a fixed list), as the graph stood at $asOf.
MATCH (start:Node {id: $id})
CALL apoc.path.subgraphAll(start, {relationshipFilter: $relationshipFilter, maxLevel: $depth, limit: $limit, bfs: true})
YIELD nodes, relationships
WITH start, nodes, relationships, size(nodes) AS visited
WITH start, visited,
     [n IN nodes WHERE $asOf IS NULL OR n.createdAt <= $asOf] AS kept,
     [r IN relationships WHERE $asOf IS NULL OR r.since <= $asOf] AS rels
RETURN start.id AS startId,
       start.createdAt AS startCreatedAt,
       visited,
       [n IN kept | n {.id, .kind, .name, .version, .parent, .classification, .createdAt,
                       retractedAt: CASE WHEN $asOf IS NULL OR n.retractedAt <= $asOf THEN n.retractedAt END}] AS nodes,
       [r IN rels | {from: startNode(r).id, to: endNode(r).id, type: type(r), role: r.role}] AS edges

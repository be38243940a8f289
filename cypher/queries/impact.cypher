// Everything downstream of one node (bounded by $depth hops and $limit nodes), counted by kind,
// with a sample of each kind for display.
MATCH (start:Node {id: $id})
CALL apoc.path.subgraphNodes(start, {relationshipFilter: $relationshipFilter, maxLevel: $depth, limit: $limit, bfs: true})
YIELD node
WITH start, node
WHERE node <> start
WITH start, node.kind AS kind, count(node) AS total,
     sum(CASE WHEN node.outputKind = 'DECISION' THEN 1 ELSE 0 END) AS decisions,
     collect(node {.id, .kind, .name, .version, .parent, .classification, .createdAt, .retractedAt})[0..$sample] AS sample
RETURN start.id AS startId, kind, total, decisions, sample
ORDER BY kind

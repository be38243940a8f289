// Bounded breadth-first lineage around one node, as the graph stood at $asOf (null: as recorded so far).
// The walk only steps over what existed then: a relationship whose `since` is at or before $asOf and
// that had not ended (`until`) by then, into a node created at or before $asOf. So a node is in the
// answer iff a path of at most $depth hops on which every node and relationship existed at $asOf
// leads to it, and the cap ($limit, one more than maxNodes to tell "exactly" from "more") counts only
// those nodes, nearest first.
//
// Why a level-by-level walk in reduce() rather than APOC or a variable-length pattern: APOC's
// expanders cannot filter on properties while walking (filtering afterwards is wrong for BOTH and for
// the cap), and the bounds of a variable-length or quantified pattern must be literals, while $depth
// comes from the request. Each level is one COLLECT subquery that stops at $limit new nodes, so a
// node with 100k neighbours costs no more than the cap. The relationship types below are
// LINEAGE_RELATIONSHIPS in src/domain/lineage/service.ts (a unit test keeps them equal).
//
// Times leave as ISO-8601 UTC strings with milliseconds (what the API returns): a 2,000-node answer
// then carries no temporal values for the driver to decode, its largest single cost in the API.
// The answer leaves in rows of at most $slice nodes and $slice edges (in order; every row repeats the
// root's columns): a record larger than one Bolt chunk reaches the driver as a combined buffer that it
// decodes byte by byte, which took a 2,000-node answer twice the CPU and wall time of small records.
// Nodes and edges are positional lists, not maps (LineageNodeTuple and LineageEdgeTuple in
// src/domain/lineage/service.ts name the positions): the driver decodes a map's keys again for every
// node, and lists halved its CPU on a 2,000-node answer.
// A node's classification is as seen at $asOf: before it was last lowered (only OpenLineage data can
// be), the strictest it ever held (docs/openlineage.md#classification).
MATCH (start:Node {id: $id})
WITH start, reduce(walk = {nodes: [start], seen: apoc.map.fromPairs([[start.id, true]]), frontier: [start]}, level IN range(1, $depth) |
  CASE WHEN size(walk.frontier) = 0 OR size(walk.nodes) >= $limit THEN walk ELSE
    [next IN [COLLECT {
        UNWIND walk.frontier AS f
        CALL (f) {
          MATCH (f)-[r:USED|WAS_GENERATED_BY|WAS_DERIVED_FROM|PINS|VERSION_OF]->(m)
          WHERE $direction <> 'DOWNSTREAM'
          RETURN r, m
          UNION ALL
          MATCH (f)<-[r:USED|WAS_GENERATED_BY|WAS_DERIVED_FROM|PINS|VERSION_OF]-(m)
          WHERE $direction <> 'UPSTREAM'
          RETURN r, m
        }
        WITH r, m
        WHERE walk.seen[m.id] IS NULL
          AND ($asOf IS NULL OR (r.since <= $asOf AND m.createdAt <= $asOf))
          AND (r.until IS NULL OR r.until > $asOf)
        RETURN DISTINCT m
        LIMIT $limit
      }] |
      {nodes: walk.nodes + next[0..$limit - size(walk.nodes)], seen: apoc.map.merge(walk.seen, apoc.map.fromPairs([n IN next | [n.id, true]])), frontier: next}][0]
  END) AS walk
WITH start, walk.nodes AS nodes
WITH start, nodes, apoc.map.fromPairs([n IN nodes | [n.id, true]]) AS kept
WITH start, nodes, COLLECT {
         UNWIND nodes AS a
         MATCH (a)-[r:USED|WAS_GENERATED_BY|WAS_DERIVED_FROM|PINS|VERSION_OF]->(b)
         WHERE kept[b.id] AND ($asOf IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
         RETURN [a.id, b.id, type(r), r.role]
       } AS edges
UNWIND range(0, (CASE WHEN size(nodes) > size(edges) THEN size(nodes) ELSE size(edges) END - 1) / $slice) AS part
RETURN start.id AS startId,
       CASE WHEN start.createdAt IS NOT NULL THEN apoc.temporal.format(datetime.fromepochmillis(start.createdAt.epochMillis), "yyyy-MM-dd'T'HH:mm:ss.SSSX") END AS startCreatedAt,
       size(nodes) AS visited,
       [n IN nodes[part * $slice..(part + 1) * $slice] |
         [n.id, n.kind, n.name, n.version, n.parent,
          CASE WHEN $asOf IS NOT NULL AND n.classificationLoweredAt > $asOf THEN n.classificationHeld ELSE n.classification END,
          CASE WHEN n.createdAt IS NOT NULL THEN apoc.temporal.format(datetime.fromepochmillis(n.createdAt.epochMillis), "yyyy-MM-dd'T'HH:mm:ss.SSSX") END,
          CASE n.kind WHEN 'Output' THEN n {.outputKind, .decision}
                      WHEN 'EvaluationRun' THEN n {.primaryMetric, .score}
                      WHEN 'TrainingRun' THEN {startedAt: CASE WHEN n.startedAt IS NOT NULL THEN apoc.temporal.format(datetime.fromepochmillis(n.startedAt.epochMillis), "yyyy-MM-dd'T'HH:mm:ss.SSSX") END} END,
          CASE WHEN n.retractedAt IS NOT NULL AND ($asOf IS NULL OR n.retractedAt <= $asOf) THEN CASE WHEN n.retractedAt IS NOT NULL THEN apoc.temporal.format(datetime.fromepochmillis(n.retractedAt.epochMillis), "yyyy-MM-dd'T'HH:mm:ss.SSSX") END END]] AS nodes,
       edges[part * $slice..(part + 1) * $slice] AS edges
ORDER BY part

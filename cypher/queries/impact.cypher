// Everything downstream of one node within $depth hops (IMPACT_DEPTH in src/domain/impact/service.ts),
// as the graph stood at $asOf (null: as recorded so far), counted by kind, with a sample of each kind
// for display. As in lineage.cypher, the walk only
// steps over relationships that existed at $asOf (since <= $asOf, not ended by then) into nodes created
// by then, level by level, so counts are exact at $asOf. A sample's classification is as seen at $asOf
// (before a lowering, the strictest it held: docs/openlineage.md#classification).
//
// Invocations and their outputs, the part of the graph that grows without bound, are never walked:
// an invocation USED one release and is used by nothing but its own outputs, so they are counted from
// the ImpactCount buckets kept for each release in the transaction that records them
// (invocations-record.cypher). A release first reached at hop d adds its invocations when d < $depth and
// their outputs when d < $depth - 1. At $asOf a count is the sum of whole buckets before it ($ranges), plus
// the few recorded between the start of the finest bucket holding $asOf ($restFrom) and $asOf, counted
// from the (kind, parent, createdAt) index. So the cost follows the versions and releases downstream,
// not their outputs.
//
// What else USED a release ($releaseUsers, e.g. evaluations) is found through the same index; when
// their number and the release's invocations do not add up to its USED degree, the release's
// neighbours are walked in full instead, so that an unlisted kind stays exact. Relationship types:
// LINEAGE_RELATIONSHIPS in src/domain/lineage/service.ts.
MATCH (start:Node {id: $id})
WITH start, reduce(walk = {nodes: [], seen: apoc.map.fromPairs([[start.id, true]]), frontier: [start],
                           releases: CASE WHEN start:Release THEN [{release: start, depth: 0}] ELSE [] END}, level IN range(1, $depth) |
  CASE WHEN size(walk.frontier) = 0 OR size(walk.nodes) >= $limit THEN walk ELSE
    [next IN [COLLECT {
        UNWIND walk.frontier AS f
        CALL (f) {
          MATCH (f)<-[r:WAS_GENERATED_BY|WAS_DERIVED_FROM|PINS|VERSION_OF]-(m)
          RETURN r, m
          UNION ALL
          MATCH (f)<-[r:USED]-(m)
          WHERE NOT f:Release
          RETURN r, m
          UNION ALL
          WITH f WHERE f:Release
          WITH f, COUNT { (f)<-[:USED]-() } - reduce(s = 0, n IN COLLECT {
                    MATCH (c:ImpactCount) WHERE c.release = f.id AND c.width = $topWidth AND c.start IS NOT NULL RETURN c.invocations
                  } | s + n) AS others,
               COLLECT {
                 MATCH (m:Node)-[r:USED]->(f)
                 USING INDEX m:Node(kind, parent, createdAt)
                 WHERE m.kind IN $releaseUsers AND m.parent = f.id AND m.createdAt IS NOT NULL
                 RETURN {r: r, m: m}
               } AS found
          CALL (f, others, found) {
            WITH found WHERE size(found) = others
            UNWIND found AS x
            RETURN x.r AS r, x.m AS m
            UNION ALL
            WITH f WHERE size(found) <> others
            MATCH (f)<-[r:USED]-(m)
            WHERE NOT m:Invocation
            RETURN r, m
          }
          RETURN r, m
        }
        WITH r, m
        WHERE walk.seen[m.id] IS NULL
          AND ($asOf IS NULL OR (r.since <= $asOf AND m.createdAt <= $asOf))
          AND (r.until IS NULL OR r.until > $asOf)
        RETURN DISTINCT m
        LIMIT $limit
      }] |
      {nodes: walk.nodes + next[0..$limit - size(walk.nodes)], seen: apoc.map.merge(walk.seen, apoc.map.fromPairs([n IN next | [n.id, true]])), frontier: next,
       releases: walk.releases + [n IN next WHERE n:Release | {release: n, depth: level}]}][0]
  END) AS walk
WITH start, walk.nodes AS nodes, size(walk.nodes) >= $limit AS capped,
     [x IN walk.releases WHERE x.depth < $depth] AS invoked, [x IN walk.releases WHERE x.depth < $depth - 1 | x.release] AS produced
CALL (invoked) {
  UNWIND invoked AS x
  WITH x.release AS r, x.depth < $depth - 1 AS withOutputs
  CALL (r) {
    UNWIND $ranges AS b
    MATCH (c:ImpactCount)
    WHERE c.release = r.id AND c.width = b.width AND c.start >= b.from AND c.start < b.to
    RETURN sum(c.invocations) AS invocations, sum(c.outputs) AS outputs, sum(c.decisions) AS decisions
  }
  CALL (r) {
    MATCH (n:Node)
    WHERE n.kind IN ['Invocation', 'Output'] AND n.parent = r.id AND n.createdAt >= $restFrom AND n.createdAt <= $asOf
    RETURN count(CASE WHEN n.kind = 'Invocation' THEN 1 END) AS restInvocations,
           count(CASE WHEN n.kind = 'Output' THEN 1 END) AS restOutputs,
           count(CASE WHEN n.outputKind = 'DECISION' THEN 1 END) AS restDecisions
  }
  WITH withOutputs, invocations + restInvocations AS invocations, outputs + restOutputs AS outputs, decisions + restDecisions AS decisions
  RETURN sum(invocations) AS invocations,
         sum(CASE WHEN withOutputs THEN outputs ELSE 0 END) AS outputs,
         sum(CASE WHEN withOutputs THEN decisions ELSE 0 END) AS decisions
}
CALL (nodes) {
  UNWIND nodes AS node
  WITH node.kind AS kind, count(node) AS total,
       sum(CASE WHEN node.outputKind = 'DECISION' THEN 1 ELSE 0 END) AS decisions,
       collect(node)[0..$sample] AS sample
  RETURN collect({kind: kind, total: total, decisions: decisions, sample: sample}) AS walked
}
WITH start, capped, walked + [g IN [
       {kind: 'Invocation', total: invocations, decisions: 0, sample: COLLECT {
          UNWIND invoked AS x
          MATCH (i:Node) WHERE i.kind = 'Invocation' AND i.parent = x.release.id AND i.createdAt <= $until
          RETURN i LIMIT $sample
        }},
       {kind: 'Output', total: outputs, decisions: decisions, sample: COLLECT {
          UNWIND produced AS r
          MATCH (o:Node) WHERE o.kind = 'Output' AND o.parent = r.id AND o.createdAt <= $until
          RETURN o LIMIT $sample
        }}] WHERE g.total > 0] AS groups
RETURN start.id AS startId, start.createdAt AS startCreatedAt, capped,
       [g IN groups | {kind: g.kind, total: g.total, decisions: g.decisions,
                       sample: [n IN g.sample | n {.id, .kind, .name, .version, .parent, .createdAt,
                                                   classification: CASE WHEN $asOf IS NOT NULL AND n.classificationLoweredAt > $asOf THEN n.classificationHeld ELSE n.classification END,
                                                   labelFacts: CASE n.kind WHEN 'Output' THEN n {.outputKind, .decision}
                                                                           WHEN 'EvaluationRun' THEN n {.primaryMetric, .score}
                                                                           WHEN 'TrainingRun' THEN n {.startedAt} END,
                                                   retractedAt: CASE WHEN $asOf IS NULL OR n.retractedAt <= $asOf THEN n.retractedAt END}]}] AS groups

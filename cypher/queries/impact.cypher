// Everything downstream of one node within 12 hops (IMPACT_DEPTH in src/domain/impact/service.ts), as
// the graph stood at $asOf (null: as recorded so far), counted by kind, with a sample of each kind for
// display. As in lineage.cypher, the walk only steps over relationships that existed at $asOf (since <= $asOf, not ended by then) into nodes created
// by then, so counts are exact at $asOf. The depth is fixed here (a variable-length bound must be a
// literal); the pruning breadth-first expansion visits each node once and streams, so the $limit cap
// needs no list of everything seen. Relationship types: LINEAGE_RELATIONSHIPS in src/domain/lineage/service.ts.
MATCH (start:Node {id: $id})
CALL (start) {
  MATCH p = (start)<-[rels:USED|WAS_GENERATED_BY|WAS_DERIVED_FROM|PINS|VERSION_OF*1..12]-(node)
  WHERE all(r IN rels WHERE ($asOf IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf))
    AND all(n IN nodes(p) WHERE $asOf IS NULL OR n.createdAt <= $asOf)
  WITH DISTINCT node
  LIMIT $limit
  WITH node.kind AS kind, count(node) AS total,
       sum(CASE WHEN node.outputKind = 'DECISION' THEN 1 ELSE 0 END) AS decisions,
       collect(node)[0..$sample] AS sample
  ORDER BY kind
  RETURN collect({kind: kind, total: total, decisions: decisions,
                  sample: [n IN sample | n {.id, .kind, .name, .version, .parent, .classification, .createdAt,
                                            labelFacts: CASE n.kind WHEN 'Output' THEN n {.outputKind, .decision}
                                                                    WHEN 'EvaluationRun' THEN n {.primaryMetric, .score}
                                                                    WHEN 'TrainingRun' THEN n {.startedAt} END,
                                            retractedAt: CASE WHEN $asOf IS NULL OR n.retractedAt <= $asOf THEN n.retractedAt END}]}) AS groups
}
RETURN start.id AS startId, start.createdAt AS startCreatedAt, groups

// The build runs a release rests on, as the graph stood at $asOf: evaluations of the release or of a
// version it pins, and the runs that generated a pinned version or what it derives from (training,
// indexing and other lineage runs), at most 3 derivation steps away. Each run once, at most $max, with
// the classifications its cost derives from (the nodes on its way from the release, and what it USED),
// so the caller keeps only runs the reader may see all of.
MATCH (r:Node {id: $release})
WHERE r.createdAt <= $asOf
WITH r, [(r)-[p:PINS]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until > $asOf) AND v.createdAt <= $asOf | v] AS pinned
UNWIND [r] + pinned AS subject
CALL (r, subject) {
  MATCH (run:Node)
  WHERE run.kind = 'EvaluationRun' AND run.parent = subject.id AND run.createdAt <= $asOf
    AND (run.retractedAt IS NULL OR run.retractedAt > $asOf)
  RETURN run, [r.classification, subject.classification] AS via LIMIT $max
  UNION
  MATCH path = (subject)-[:WAS_GENERATED_BY|WAS_DERIVED_FROM*1..3]->(run:Node)
  WHERE subject.kind <> 'Release' AND run.kind IN $runKinds AND run.createdAt <= $asOf
    AND all(x IN relationships(path) WHERE x.since <= $asOf AND (x.until IS NULL OR x.until > $asOf))
  RETURN run, [r.classification] + [n IN nodes(path) | n.classification] AS via LIMIT $max
}
WITH run, collect(via) AS vias
WITH run, reduce(all = [], v IN vias | all + v)
  + [(run)-[u:USED]->(d) WHERE u.since <= $asOf AND (u.until IS NULL OR u.until > $asOf) | d.classification] AS classifications
RETURN run.id AS id, run.kind AS kind, run.computeCostUsd AS costUsd, run.classification AS classification, classifications
ORDER BY id
LIMIT $max

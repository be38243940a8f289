// What an EVALUATION baseline compares with: the latest evaluation of $release that used dataset version
// $dataset and reported $metric, as recorded by $at and not retracted then (through the (kind, parent) index:
// a release's own evaluations), and the value it recorded for $metric.
MATCH (ev:Node)
WHERE ev.kind = 'EvaluationRun' AND ev.parent = $release AND ev.createdAt <= $at
  AND (ev.retractedAt IS NULL OR ev.retractedAt > $at)
  AND $metric IN ev.metricNames
  AND EXISTS { MATCH (ev)-[u:USED]->(d:Node {id: $dataset}) WHERE u.role = 'evaluation-data' }
WITH ev
ORDER BY ev.createdAt DESC, ev.id DESC
LIMIT 1
RETURN ev.id AS evaluation,
       [i IN range(0, size(ev.metricNames) - 1) WHERE ev.metricNames[i] = $metric | ev.metricValues[i]][0] AS value,
       ev.createdAt AS recordedAt

// The bill of materials of one output, in one round trip. Alias and approvals are taken at the moment
// the output was produced; what was retracted or evaluated is taken as the graph stood at $view.
// Evaluations and approvals are found through the (kind, parent) index: a release also has thousands
// of invocations hanging off it, which an expansion would have to walk.
MATCH (o:Node {id: $id})
WHERE o.kind = 'Output' AND o.createdAt <= $view
MATCH (o)-[:WAS_GENERATED_BY]->(inv:Node)-[:USED {role: 'release'}]->(r:Node)
WITH o, inv, r, o.createdAt AS t
OPTIONAL MATCH (r)-[:PINS {role: 'model'}]->(mv:Node)
WITH o, inv, r, t, mv,
     CASE WHEN mv IS NULL THEN [] ELSE [(mv)-[:WAS_DERIVED_FROM*0..5]->(m:ModelVersion) | m] END AS models
WITH o, inv, r, t, models,
     [(r)-[p:PINS]->(v) | v {.*, role: p.role}] AS pinned,
     [m IN models | m {.*,
        trainingRuns: [(m)-[:WAS_GENERATED_BY]->(tr:TrainingRun) | tr {.*,
          used: [(tr)-[u:USED]->(x) | x {.*, role: u.role}]}]}] AS modelChain
WITH o, inv, r, t, pinned, modelChain,
     [r.id] + [p IN pinned | p.id] + [m IN modelChain | m.id] AS subjectIds
RETURN o {.*} AS output,
       inv {.*} AS invocation,
       r {.*} AS release,
       pinned,
       modelChain,
       [(a:Alias)-[pt:POINTS_TO]->(r) WHERE pt.since <= t AND (pt.until IS NULL OR pt.until > t) |
          a {.id, .system, .environment, since: pt.since, until: pt.until}] AS servedBy,
       COLLECT {
         UNWIND subjectIds AS sid
         WITH DISTINCT sid
         MATCH (ap:Node)
         WHERE ap.kind = 'Approval' AND ap.parent = sid AND ap.decision = 'APPROVED'
           AND ap.createdAt <= t AND (ap.retractedAt IS NULL OR ap.retractedAt > t)
         RETURN ap {.*}
       } AS approvals,
       COLLECT {
         MATCH (ev:Node)
         WHERE ev.kind = 'EvaluationRun' AND ev.parent = r.id AND ev.createdAt <= $view
         RETURN ev {.*}
       } AS evaluations

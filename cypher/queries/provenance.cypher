// The bill of materials of one output, in one round trip, as the graph stood at $view: every node in it
// was created by then and every relationship it follows existed by then (since <= $view, not ended).
// Alias and approvals are taken at the moment the output was produced; what was retracted or evaluated
// is taken at $view, and an alias interval that closed after $view is still open in the answer. Evaluations and approvals are found through the (kind, parent) index: a release
// also has thousands of invocations hanging off it, which an expansion would have to walk.
// The model chain (pinned version, then the base it was fine-tuned or adapted from, and so on) is
// followed one WAS_DERIVED_FROM at a time up to $maxChain versions plus one, so the caller can tell a
// chain of exactly $maxChain from a longer one (a variable-length bound cannot be a parameter).
MATCH (o:Node {id: $id})
WHERE o.kind = 'Output' AND o.createdAt <= $view
MATCH (o)-[g:WAS_GENERATED_BY]->(inv:Node)-[u:USED {role: 'release'}]->(r:Node)
WHERE g.since <= $view AND (g.until IS NULL OR g.until > $view) AND inv.createdAt <= $view
  AND u.since <= $view AND (u.until IS NULL OR u.until > $view) AND r.createdAt <= $view
WITH o, inv, r, o.createdAt AS t,
     [(r)-[p:PINS]->(v) WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) AND v.createdAt <= $view | v {.*, role: p.role}] AS pinned,
     [(r)-[p:PINS {role: 'model'}]->(mv) WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) AND mv.createdAt <= $view | mv] AS pinnedModels
WITH o, inv, r, t, pinned,
     reduce(chain = pinnedModels[0..1], step IN range(1, $maxChain) |
       CASE WHEN size(chain) < step THEN chain ELSE chain + COLLECT {
         WITH chain[-1] AS m
         MATCH (m)-[d:WAS_DERIVED_FROM]->(base:ModelVersion)
         WHERE d.since <= $view AND (d.until IS NULL OR d.until > $view) AND base.createdAt <= $view
         RETURN base
         LIMIT 1
       } END) AS models
WITH o, inv, r, t, pinned, models[0..$maxChain] AS models, size(models) > $maxChain AS truncated
WITH o, inv, r, t, pinned, truncated,
     [m IN models | m {.*,
        trainingRuns: [(m)-[gb:WAS_GENERATED_BY]->(tr:TrainingRun)
                       WHERE gb.since <= $view AND (gb.until IS NULL OR gb.until > $view) AND tr.createdAt <= $view | tr {.*,
          used: [(tr)-[tu:USED]->(x) WHERE tu.since <= $view AND (tu.until IS NULL OR tu.until > $view) AND x.createdAt <= $view | x {.*, role: tu.role}]}]}] AS modelChain
WITH o, inv, r, t, pinned, truncated, modelChain,
     [r.id] + [p IN pinned | p.id] + [m IN modelChain | m.id] AS subjectIds
RETURN o {.*} AS output,
       inv {.*} AS invocation,
       r {.*} AS release,
       pinned,
       modelChain,
       truncated,
       [(a:Alias)-[pt:POINTS_TO]->(r) WHERE pt.since <= t AND (pt.until IS NULL OR pt.until > t) |
          a {.id, .system, .environment, since: pt.since, until: CASE WHEN pt.until <= $view THEN pt.until END}] AS servedBy,
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

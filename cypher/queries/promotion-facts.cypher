// What a promotion gate needs to know about one release in one environment, in one round trip:
// its author, its approvals for the environment (oldest first), its evaluations, and the system's open
// drift alerts. Approvals and evaluations are found by the (kind, parent) index, not by expanding the
// release's relationships (thousands of invocations use it).
MATCH (r:Node {id: $release})
RETURN r.createdBy AS author,
       COLLECT {
         MATCH (ap:Node)
         WHERE ap.kind = 'Approval' AND ap.parent = r.id AND ap.environment = $environment
         RETURN ap {.id, .decision, .approver, .createdAt, .retractedAt}
         ORDER BY ap.createdAt
       } AS approvals,
       COLLECT {
         MATCH (ev:Node)
         WHERE ev.kind = 'EvaluationRun' AND ev.parent = r.id
         RETURN ev {.id, .score, .threshold, .passed, .createdAt, .retractedAt}
       } AS evaluations,
       COLLECT {
         MATCH (d:Node {parent: $system})
         WHERE d.kind = 'DriftAlert' AND d.resolvedAt IS NULL
         RETURN d {.id, .release, .reason, .createdAt, .createdBy}
         ORDER BY d.createdAt
       } AS openDriftAlerts

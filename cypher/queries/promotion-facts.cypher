// What a promotion gate needs to know about one release in one environment, in one round trip:
// its author, its approvals for the environment, its evaluations, and the system's open drift alerts.
MATCH (r:Node {id: $release})
RETURN r.createdBy AS author,
       [(ap:Approval)-[:APPROVES]->(r) WHERE ap.environment = $environment |
          ap {.id, .decision, .approver, .createdAt, .retractedAt}] AS approvals,
       [(ev:EvaluationRun)-[:USED {role: 'subject'}]->(r) |
          ev {.id, .score, .threshold, .passed, .createdAt, .retractedAt}] AS evaluations,
       COLLECT {
         MATCH (d:Node {parent: $system})
         WHERE d.kind = 'DriftAlert' AND d.resolvedAt IS NULL
         RETURN d {.id, .release, .reason, .createdAt, .createdBy}
         ORDER BY d.createdAt
       } AS openDriftAlerts

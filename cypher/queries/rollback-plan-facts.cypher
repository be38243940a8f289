// Everything a rollback plan reads, as the graph stood at $at, in one round trip through indexes only
// (the alias's own pointer history, (kind, parent) and (kind, release) lookups; a release's
// invocations are never expanded): the release the alias served at $at and the pointer interval that
// put it there; the evidence against it (drift alerts open at $at on it or on the whole system, and
// evaluations of it or of a version it pins that failed their threshold); and the system's releases
// older than it, newest first (at most $maxCandidates), each with when it served the alias before $at,
// its evaluations, the alerts raised against it and its approvals for the environment. A time after
// $at reads as "not yet": a resolution, retraction or interval end later than $at is returned as null.
MATCH (a:Node {id: $alias})
WHERE a.kind = 'Alias' AND a.createdAt <= $at
MATCH (a)-[cp:POINTS_TO]->(cur:Node)
WHERE cp.since <= $at AND (cp.until IS NULL OR cp.until > $at)
WITH a, cp, cur
ORDER BY cp.since DESC
LIMIT 1
WITH a, cp, cur, [cur.id] + coalesce(cur.promptVersions, []) + [x IN [cur.modelVersion, cur.retrievalConfigVersion] WHERE x IS NOT NULL] AS subjects
RETURN cur.id AS current,
       cp.move AS currentMove,
       cp.since AS currentSince,
       COLLECT {
         MATCH (d:Node)
         WHERE d.kind = 'DriftAlert' AND d.parent = $system AND d.createdAt <= $at
           AND (d.resolvedAt IS NULL OR d.resolvedAt > $at) AND (d.retractedAt IS NULL OR d.retractedAt > $at)
           AND (d.release IS NULL OR d.release = cur.id)
         RETURN d {.id, .release, .component, .reason, .createdAt}
         ORDER BY d.createdAt, d.id
         LIMIT $maxEvidence
       } AS alerts,
       COLLECT {
         UNWIND subjects AS subject
         MATCH (ev:Node)
         WHERE ev.kind = 'EvaluationRun' AND ev.parent = subject AND ev.createdAt <= $at AND ev.passed = false
           AND (ev.retractedAt IS NULL OR ev.retractedAt > $at)
         RETURN ev {.id, .parent, .primaryMetric, .score, .threshold, .createdAt}
         ORDER BY ev.createdAt, ev.id
         LIMIT $maxEvidence
       } AS failedEvaluations,
       COUNT {
         MATCH (r:Node)
         WHERE r.kind = 'Release' AND r.parent = $system AND r.version < cur.version AND r.createdAt <= $at
       } AS earlierReleases,
       COLLECT {
         MATCH (r:Node)
         WHERE r.kind = 'Release' AND r.parent = $system AND r.version < cur.version AND r.createdAt <= $at
         WITH r
         ORDER BY r.version DESC
         LIMIT $maxCandidates
         RETURN r {
           .id, .version, .createdBy, .modelVersion, .promptVersions, .retrievalConfigVersion,
           retractedAt: CASE WHEN r.retractedAt <= $at THEN r.retractedAt END,
           served: COLLECT {
             MATCH (a)-[p:POINTS_TO]->(r)
             WHERE p.since <= $at
             RETURN {since: p.since, until: CASE WHEN p.until <= $at THEN p.until END}
             ORDER BY p.since
             LIMIT $maxIntervals
           },
           evaluations: COLLECT {
             MATCH (ev:Node)
             WHERE ev.kind = 'EvaluationRun' AND ev.parent = r.id AND ev.createdAt <= $at
               AND (ev.retractedAt IS NULL OR ev.retractedAt > $at)
             RETURN ev {.id, .primaryMetric, .score, .threshold, .passed, .metricNames, .metricValues, .createdAt}
             ORDER BY ev.createdAt, ev.id
             LIMIT $maxEvidence
           },
           alerts: COLLECT {
             MATCH (d:Node)
             WHERE d.kind = 'DriftAlert' AND d.release = r.id AND d.createdAt <= $at
               AND (d.retractedAt IS NULL OR d.retractedAt > $at)
             RETURN d {.id, .monitor, .createdAt, resolvedAt: CASE WHEN d.resolvedAt <= $at THEN d.resolvedAt END}
             ORDER BY d.createdAt, d.id
             LIMIT $maxEvidence
           },
           approvals: COLLECT {
             MATCH (ap:Node)
             WHERE ap.kind = 'Approval' AND ap.parent = r.id AND ap.environment = $environment AND ap.createdAt <= $at
             RETURN ap {.id, .decision, .approver, .createdAt, retractedAt: CASE WHEN ap.retractedAt <= $at THEN ap.retractedAt END}
             ORDER BY ap.createdAt
             LIMIT $maxEvidence
           }
         } AS release
         ORDER BY r.version DESC
       } AS candidates

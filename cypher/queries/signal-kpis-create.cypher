// Creates a batch's new KPI observations: each ASSESSES its system, and its release when it names one.
// An observation comes to be at the end of its window. $rows are maps (KpiRow in
// src/domain/signals/queries.ts); times are epoch milliseconds.
UNWIND $rows AS row
MATCH (sys:Node {id: row.system})
OPTIONAL MATCH (rel:Node {id: row.release})
WITH sys, rel, row, datetime({epochMillis: row.to}) AS at
CREATE (k:Node:KpiObservation {id: row.id, kind: 'KpiObservation', parent: row.system, release: row.release, kpi: row.kpi,
  value: row.value, windowStart: datetime({epochMillis: row.from}), windowEnd: at, createdAt: at, createdBy: $actor,
  recordDigest: row.digest})
CREATE (k)-[:ASSESSES {since: at}]->(sys)
FOREACH (_ IN CASE WHEN rel IS NULL THEN [] ELSE [1] END | CREATE (k)-[:ASSESSES {since: at}]->(rel))
RETURN count(k) AS created

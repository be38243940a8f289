// Creates a batch's new KPI observations (plain CREATEs: the unique constraint on :Node(id) refuses a
// resend): each ASSESSES its system, and its release when it names one. An observation comes to be at
// the end of its window. It reports on the systems and releases in the same statement, so a batch
// needs no separate look-up of them: `refused` holds, for every row whose system is missing, not a
// System or recorded after the window began, or whose release is missing, not a Release, recorded
// after the window began or not the system's, what a check needs of both (src/domain/signals/kpis.ts
// checks every row in order and throws; the transaction then rolls the creation back).
// $rows are maps (KpiRow in src/domain/signals/queries.ts); times are epoch milliseconds.
UNWIND $rows AS row
OPTIONAL MATCH (sys:Node {id: row.system})
OPTIONAL MATCH (rel:Node {id: row.release})
WITH sys, rel, row, datetime({epochMillis: row.from}) AS began, datetime({epochMillis: row.to}) AS at
CALL (sys, rel, row, began, at) {
  WITH * WHERE sys IS NOT NULL AND (rel IS NOT NULL OR row.release IS NULL)
  CREATE (k:Node:KpiObservation {id: row.id, kind: 'KpiObservation', parent: row.system, release: row.release, kpi: row.kpi,
    value: row.value, windowStart: began, windowEnd: at, createdAt: at, createdBy: $actor, recordDigest: row.digest})
  CREATE (k)-[:ASSESSES {since: at}]->(sys)
  FOREACH (_ IN CASE WHEN rel IS NULL THEN [] ELSE [1] END | CREATE (k)-[:ASSESSES {since: at}]->(rel))
}
WITH sys, rel, row,
     sys IS NULL OR sys.kind <> 'System' OR sys.createdAt > began
       OR (row.release IS NOT NULL
           AND (rel IS NULL OR rel.kind <> 'Release' OR rel.createdAt > began OR coalesce(rel.parent, '') <> row.system)) AS refused
RETURN count(CASE WHEN NOT refused THEN 1 END) AS created,
       collect(CASE WHEN refused THEN {id: row.system, kind: sys.kind, createdAt: toFloat(sys.createdAt.epochMillis), parent: sys.parent} END)
       + collect(CASE WHEN refused AND row.release IS NOT NULL
                      THEN {id: row.release, kind: rel.kind, createdAt: toFloat(rel.createdAt.epochMillis), parent: rel.parent} END) AS refused

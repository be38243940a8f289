// Links each run to the version of each input that was current when the run first named it; a dataset
// nothing has written yet gets an observed version 1. A run keeps the version it first linked. The
// caller never sends two runs that name the same dataset in one statement. Returns every input version
// each run uses, by dataset.
CYPHER replan=skip
UNWIND $batch.runs AS run
MATCH (r:Node {id: run.id})
CALL (r, run) {
  UNWIND run.inputs AS input
  MATCH (d:Node {id: input})
  OPTIONAL MATCH (r)-[:USED]->(already:LineageDatasetVersion {parent: input})
  WITH r, d, already
  WHERE already IS NULL
  CALL (d) {
    OPTIONAL MATCH (v:LineageDatasetVersion {parent: d.id})
    RETURN v AS current ORDER BY v.version DESC LIMIT 1
  }
  CALL (d, current) {
    WITH d, current WHERE current IS NULL
    SET d.versionCount = d.versionCount + 1
    CREATE (v:Node:LineageDatasetVersion {id: d.id + '@' + toString(d.versionCount)})
    SET v.kind = 'LineageDatasetVersion', v.parent = d.id, v.version = d.versionCount, v.namespace = d.namespace,
        v.name = d.name, v.searchText = d.searchText, v.observed = true, v.createdAt = $batch.at, v.createdBy = $batch.actor
    CREATE (v)-[:VERSION_OF {since: $batch.at}]->(d)
    RETURN v
    UNION
    WITH current WHERE current IS NOT NULL
    RETURN current AS v
  }
  CREATE (r)-[:USED {since: $batch.at, role: 'input'}]->(v)
}
WITH r
MATCH (r)-[:USED]->(u:LineageDatasetVersion)
RETURN r.id AS run, u.parent AS dataset, u.id AS version

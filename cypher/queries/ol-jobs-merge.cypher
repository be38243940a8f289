// Ensures jobs exist (a job is a PROV plan: namespace and name) and write-locks them, with the datasets
// a JobEvent declares; returns each job's facets so far, for the caller to merge the event's into.
UNWIND $jobs AS j
MERGE (n:Node {id: j.id})
  ON CREATE SET n:LineageJob, n.kind = 'LineageJob', n.namespace = j.namespace, n.name = j.name, n.searchText = j.searchText, n.createdAt = $at, n.createdBy = $actor
SET n.facetsView = coalesce(n.facetsView, '{}')
WITH n, j
CALL (n, j) {
  UNWIND j.inputs AS input
  MATCH (d:Node {id: input})
  MERGE (n)-[r:DECLARES_INPUT]->(d)
    ON CREATE SET r.since = $at
}
CALL (n, j) {
  UNWIND j.outputs AS output
  MATCH (d:Node {id: output})
  MERGE (n)-[r:DECLARES_OUTPUT]->(d)
    ON CREATE SET r.since = $at
}
RETURN n.id AS id, n.facetsView AS facetsView

// Write-locks the datasets and jobs a request's events and runs name, then ensures they exist (a job is
// a PROV plan: namespace and name, with the datasets a JobEvent declares), in one statement. The locks
// come first and alone, in the order given (id order): MERGE would first take a shared lock on each
// id's index entry and then the node lock, row by row, and concurrent requests doing that over the same
// datasets were rolled back as deadlocked, so they queue here instead. What does not exist yet is
// created by the merges, whose rows also come in id order; what another request created meanwhile is
// locked after them (a lock already held costs nothing). Returns each node's facets
// so far and the event time of each facet's report, for the caller to merge the events' into, and what
// classifying them needs (src/domain/openlineage/classification.ts): each node's stored level and
// settings, the datasets each job declares with theirs, and the settings of the namespaces named.
CYPHER replan=skip
CALL () {
  UNWIND $batch.ids AS id
  MATCH (n:Node {id: id})
  WITH collect(n) AS nodes
  CALL apoc.lock.nodes(nodes)
  RETURN size(nodes) AS locked
}
CALL () {
  UNWIND $batch.datasets AS d
  MERGE (n:Node {id: d.id})
    ON CREATE SET n:LineageDataset, n.kind = 'LineageDataset', n.namespace = d.namespace, n.name = d.name, n.searchText = d.searchText,
      n.createdAt = $batch.at, n.createdBy = $batch.actor, n.versionCount = 0
  WITH collect(n) AS nodes
  CALL apoc.lock.nodes(nodes)
  RETURN [n IN nodes | n {.id, .facets, .facetTimes, .namespace, .classification, .classificationHeld, .classificationLoweredAt,
                          declared: n.declaredClassification, bound: n.boundClassification}] AS datasets
}
CALL () {
  UNWIND $batch.jobs AS j
  MERGE (n:Node {id: j.id})
    ON CREATE SET n:LineageJob, n.kind = 'LineageJob', n.namespace = j.namespace, n.name = j.name, n.searchText = j.searchText,
      n.createdAt = $batch.at, n.createdBy = $batch.actor
  WITH n, j
  CALL (n, j) {
    UNWIND j.inputs AS input
    MATCH (d:Node {id: input})
    MERGE (n)-[r:DECLARES_INPUT]->(d)
      ON CREATE SET r.since = $batch.at
  }
  CALL (n, j) {
    UNWIND j.outputs AS output
    MATCH (d:Node {id: output})
    MERGE (n)-[r:DECLARES_OUTPUT]->(d)
      ON CREATE SET r.since = $batch.at
  }
  WITH collect(n) AS nodes
  CALL apoc.lock.nodes(nodes)
  RETURN [n IN nodes | n {.id, .facets, .facetTimes, .namespace, .classification, .classificationHeld, .classificationLoweredAt,
                          declares: [(n)-[:DECLARES_INPUT|DECLARES_OUTPUT]->(w) | [w.id, w.classification]]}] AS jobs
}
CALL () {
  UNWIND $batch.namespaces AS space
  MATCH (s:LineageNamespace {namespace: space})
  RETURN collect(s {.namespace, .classification}) AS namespaces
}
RETURN locked, datasets, jobs, namespaces

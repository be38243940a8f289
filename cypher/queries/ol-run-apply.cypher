// Links each run to its job and parent run, and to the agent that recorded it (the caller, when it is
// a node of the graph). What the runs' events say was stored before (ol-run-store), outside the queue.
CYPHER replan=skip
OPTIONAL MATCH (agent:Node {id: $batch.actor})
UNWIND $batch.runs AS run
MATCH (r:Node {id: run.id})
MATCH (j:Node {id: run.job})
MERGE (r)-[of:RUN_OF]->(j)
  ON CREATE SET of.since = $batch.at
WITH r, run, agent
CALL (r, agent) {
  WITH r, agent WHERE agent IS NOT NULL AND NOT (r)-[:WAS_ASSOCIATED_WITH]->(agent)
  CREATE (r)-[:WAS_ASSOCIATED_WITH {since: $batch.at, role: 'recorder'}]->(agent)
}
CALL (r, run) {
  WITH r, run WHERE run.parent IS NOT NULL
  MERGE (p:Node {id: run.parent.id})
    ON CREATE SET p:LineageRun, p.kind = 'LineageRun', p.runId = run.parent.runId, p.searchText = run.parent.searchText, p.createdAt = $batch.at, p.createdBy = $batch.actor, p.eventCount = 0
  MERGE (r)-[hp:HAS_PARENT]->(p)
    ON CREATE SET hp.since = $batch.at
  WITH p, run
  MATCH (pj:Node {id: run.parent.job})
  MERGE (p)-[pof:RUN_OF]->(pj)
    ON CREATE SET pof.since = $batch.at
}
RETURN count(r) AS applied

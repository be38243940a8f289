// Stores what runs' events say (state, times, transitions, facets) and links each to its job and parent run.
UNWIND $runs AS run
MATCH (r:Node {id: run.id})
SET r += run.props
WITH r, run
MATCH (j:Node {id: run.job})
MERGE (r)-[of:RUN_OF]->(j)
  ON CREATE SET of.since = $at
WITH r, run
CALL (r, run) {
  WITH r, run WHERE run.parent IS NOT NULL
  MERGE (p:Node {id: run.parent.id})
    ON CREATE SET p:LineageRun, p.kind = 'LineageRun', p.runId = run.parent.runId, p.searchText = run.parent.searchText, p.createdAt = $at, p.createdBy = $actor, p.eventCount = 0
  MERGE (r)-[hp:HAS_PARENT]->(p)
    ON CREATE SET hp.since = $at
  WITH p, run
  MATCH (pj:Node {id: run.parent.job})
  MERGE (p)-[pof:RUN_OF]->(pj)
    ON CREATE SET pof.since = $at
}
RETURN count(r) AS applied

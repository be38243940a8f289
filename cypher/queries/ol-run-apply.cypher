// Stores what a run's events say (state, times, transitions, facets) and links it to its job and parent run.
MATCH (r:Node {id: $id})
SET r += $props
WITH r
MATCH (j:Node {id: $job})
MERGE (r)-[of:RUN_OF]->(j)
  ON CREATE SET of.since = $at
WITH r
CALL (r) {
  WITH r WHERE $parent IS NOT NULL
  MERGE (p:Node {id: $parent.id})
    ON CREATE SET p:LineageRun, p.kind = 'LineageRun', p.runId = $parent.runId, p.searchText = $parent.searchText, p.createdAt = $at, p.createdBy = $actor, p.eventCount = 0
  MERGE (r)-[hp:HAS_PARENT]->(p)
    ON CREATE SET hp.since = $at
  WITH p
  MATCH (pj:Node {id: $parent.job})
  MERGE (p)-[pof:RUN_OF]->(pj)
    ON CREATE SET pof.since = $at
}
RETURN r.id AS id

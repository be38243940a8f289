// Finds or starts runs and write-locks them (their event counts), so concurrent events of one run fold
// one after another; rows come in id order. Returns each run's view so far.
OPTIONAL MATCH (agent:Node {id: $actor})
UNWIND $runs AS run
MERGE (r:Node {id: run.id})
  ON CREATE SET r:LineageRun, r.kind = 'LineageRun', r.runId = run.runId, r.createdAt = $at, r.createdBy = $actor, r.eventCount = 0
SET r.eventCount = coalesce(r.eventCount, 0) + run.events
WITH r, agent
CALL (r, agent) {
  WITH r, agent WHERE agent IS NOT NULL AND NOT (r)-[:WAS_ASSOCIATED_WITH]->(agent)
  CREATE (r)-[:WAS_ASSOCIATED_WITH {since: $at, role: 'recorder'}]->(agent)
}
RETURN r.id AS id, r.view AS view

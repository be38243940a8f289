// Finds or starts a run and write-locks it (the event count), so concurrent events of one run fold one after another.
MERGE (r:Node {id: $id})
  ON CREATE SET r:LineageRun, r.kind = 'LineageRun', r.runId = $runId, r.createdAt = $at, r.createdBy = $actor, r.eventCount = 0
SET r.eventCount = coalesce(r.eventCount, 0) + 1
WITH r
OPTIONAL MATCH (agent:Node {id: $actor})
CALL (r, agent) {
  WITH r, agent WHERE agent IS NOT NULL AND NOT (r)-[:WAS_ASSOCIATED_WITH]->(agent)
  CREATE (r)-[:WAS_ASSOCIATED_WITH {since: $at, role: 'recorder'}]->(agent)
}
RETURN r.view AS view

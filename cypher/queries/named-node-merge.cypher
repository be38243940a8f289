// Registers a named thing once; a second registration with the same key returns the first.
MERGE (n:Node {id: $id})
  ON CREATE SET n += $props, n.kind = $label, n.createdAt = $at, n.createdBy = $actor, n.createdInRequest = $requestId
WITH n, n.createdInRequest = $requestId AND n.createdAt = $at AS created
CALL (n, created) {
  WITH n WHERE created
  SET n:$($label)
  WITH n
  OPTIONAL MATCH (agent:Node {id: $actor})
  FOREACH (_ IN CASE WHEN agent IS NULL THEN [] ELSE [1] END |
    CREATE (n)-[:WAS_ATTRIBUTED_TO {since: $at}]->(agent))
}
RETURN n, created

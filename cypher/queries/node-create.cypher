// Creates one domain node, stamped with when and by whom, attributed to the acting agent when it is in the graph.
CREATE (n:Node:$($label))
SET n = $props, n.id = $id, n.kind = $label, n.createdAt = $at, n.createdBy = $actor
WITH n
OPTIONAL MATCH (agent:Node {id: $actor})
FOREACH (_ IN CASE WHEN agent IS NULL THEN [] ELSE [1] END |
  CREATE (n)-[:WAS_ATTRIBUTED_TO {since: $at}]->(agent))
RETURN n

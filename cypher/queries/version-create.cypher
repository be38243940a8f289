// Creates the next version ($idBase@n) of a locked artifact and links it to the artifact and the previous version.
MATCH (a:Node {id: $parent})
SET a.versionCount = a.versionCount + 1
WITH a, $idBase + '@' + toString(a.versionCount) AS vid, a.versionCount AS n
CREATE (v:Node:$($label))
SET v = $props, v.id = vid, v.kind = $label, v.version = n, v.parent = a.id, v.digest = $digest,
    v.createdAt = $at, v.createdBy = $actor
CREATE (v)-[:VERSION_OF {since: $at}]->(a)
WITH a, v, n
OPTIONAL MATCH (prev:Node {id: $idBase + '@' + toString(n - 1)})
FOREACH (_ IN CASE WHEN prev IS NULL THEN [] ELSE [1] END |
  CREATE (v)-[:WAS_REVISION_OF {since: $at}]->(prev))
WITH v
OPTIONAL MATCH (agent:Node {id: $actor})
FOREACH (_ IN CASE WHEN agent IS NULL THEN [] ELSE [1] END |
  CREATE (v)-[:WAS_ATTRIBUTED_TO {since: $at}]->(agent))
RETURN v

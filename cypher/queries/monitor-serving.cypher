// The releases an alias pointed at up to $at, newest move first (at most $limit): the one it served then and those before.
MATCH (:Node {id: $alias})-[p:POINTS_TO]->(r:Node)
WHERE p.since <= $at
RETURN r.id AS release, p.since AS since, CASE WHEN p.until <= $at THEN p.until ELSE null END AS until
ORDER BY p.since DESC
LIMIT $limit

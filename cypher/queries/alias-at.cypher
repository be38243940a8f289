// The release an alias pointed at, at one instant.
MATCH (a:Node {id: $alias})-[p:POINTS_TO]->(r:Node)
WHERE p.since <= $at AND (p.until IS NULL OR p.until > $at)
RETURN r.id AS release, p.since AS since, p.until AS until, p.move AS move
LIMIT 1

// The release an alias pointed at, at one instant, as it was known then: the interval holding $at had
// not ended at $at, so its end (a later move) is not part of the answer.
MATCH (a:Node {id: $alias})-[p:POINTS_TO]->(r:Node)
WHERE p.since <= $at AND (p.until IS NULL OR p.until > $at)
RETURN r.id AS release, p.since AS since, CASE WHEN p.until <= $at THEN p.until END AS until, p.move AS move
LIMIT 1

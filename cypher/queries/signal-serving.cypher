// Which releases an alias pointed at during [$from, $to), as the graph stood at $asOf: each pointer
// interval that began by then, with an end the graph did not know yet at $asOf read as open.
MATCH (a:Node {id: $alias})-[p:POINTS_TO]->(r:Node)
WHERE p.since <= $asOf AND p.since < $to AND (p.until IS NULL OR p.until > $asOf OR p.until > $from)
RETURN r.id AS release, p.since AS since, CASE WHEN p.until IS NULL OR p.until > $asOf THEN null ELSE p.until END AS until
ORDER BY since
LIMIT $max

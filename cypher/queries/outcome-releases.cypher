// The releases that served an environment of any system as the graph stood at $asOf (through the
// environment's alias), newest pointer first, each once: what strategyOutcomes pools. At most $max.
MATCH (a:Node)
WHERE a.kind = 'Alias' AND a.environment = $environment AND a.createdAt <= $asOf
MATCH (a)-[p:POINTS_TO]->(r:Node)
WHERE p.since <= $asOf
WITH r.id AS release, max(p.since) AS latest
RETURN release
ORDER BY latest DESC, release
LIMIT $max

// A release's time in one environment ($environment's alias of its system) and the release it replaced there, as the graph stood at $asOf:
// the alias's pointer intervals to $release that began by then (an end the graph did not know yet at
// $asOf read as open), its classification and strategy pins, and the pointer interval just before its
// first one (the predecessor), with the predecessor's pins. Bounded: at most $max intervals.
MATCH (r:Node {id: $release})
WHERE r.kind = 'Release' AND r.createdAt <= $asOf
OPTIONAL MATCH (a:Node)
WHERE a.kind = 'Alias' AND a.parent = r.parent AND a.environment = $environment AND a.createdAt <= $asOf
CALL (a, r) {
  MATCH (a)-[p:POINTS_TO]->(r)
  WHERE p.since <= $asOf
  WITH p ORDER BY p.since LIMIT $max
  RETURN collect({since: p.since, until: CASE WHEN p.until IS NULL OR p.until > $asOf THEN null ELSE p.until END}) AS intervals
}
OPTIONAL CALL (a, r, intervals) {
  MATCH (a)-[q:POINTS_TO]->(prev:Node)
  WHERE size(intervals) > 0 AND q.since < intervals[0].since AND prev.id <> r.id
  RETURN prev, q ORDER BY q.since DESC LIMIT 1
}
RETURN r.id AS release, r.classification AS classification,
  [(r)-[p:PINS]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until > $asOf) | {role: p.role, modelKind: v.modelKind}] AS pins,
  intervals,
  CASE WHEN prev IS NULL THEN null ELSE {
    release: prev.id, classification: prev.classification, since: q.since,
    until: CASE WHEN q.until IS NULL OR q.until > $asOf THEN null ELSE q.until END,
    pins: [(prev)-[p:PINS]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until > $asOf) | {role: p.role, modelKind: v.modelKind}]
  } END AS previous

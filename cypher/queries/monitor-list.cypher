// The monitors (of one system, or of every system; optionally of one environment) as the graph stood at $at,
// each with its latest checks recorded by then (newest window first, at most $recent) and the alert it
// opened that was still open then. Bounded: $limit monitors, $recent checks each, one alert each.
MATCH (m:Monitor)
WHERE ($system IS NULL OR m.parent = $system)
  AND ($environment IS NULL OR m.environment = $environment)
  AND m.createdAt <= $at AND (m.retractedAt IS NULL OR m.retractedAt > $at)
WITH m ORDER BY m.parent, m.environment, m.name LIMIT $limit
RETURN m,
       COLLECT {
         MATCH (c:Node {parent: m.id})
         WHERE c.kind = 'MonitorCheck' AND c.createdAt <= $at
         RETURN c ORDER BY c.asOf DESC, c.createdAt DESC LIMIT $recent
       } AS checks,
       COLLECT {
         MATCH (d:Node {parent: m.parent})
         WHERE d.kind = 'DriftAlert' AND d.monitor = m.id AND d.createdAt <= $at AND (d.resolvedAt IS NULL OR d.resolvedAt > $at)
         RETURN d ORDER BY d.createdAt DESC LIMIT 1
       } AS alerts

// A release's monitor checks whose instant fell in ($from, $to], as recorded by $at (newest first, at most $limit),
// and the monitors' alerts on it opened in that interval: what "its monitors were healthy while it served" reads.
MATCH (c:MonitorCheck {release: $release})
// A check keeps its instant as ISO text: compared as a datetime, or text against a datetime is never true.
WHERE datetime(c.asOf) > $from AND datetime(c.asOf) <= $to AND c.createdAt <= $at
WITH c ORDER BY c.asOf DESC LIMIT $limit
WITH collect(c {.id, .parent, .outcome, .asOf}) AS checks
RETURN checks,
       COLLECT {
         MATCH (d:DriftAlert {release: $release})
         WHERE d.monitor IS NOT NULL AND d.createdAt > $from AND d.createdAt <= $to AND d.createdAt <= $at
         RETURN d.id AS id LIMIT $limit
       } AS alerts

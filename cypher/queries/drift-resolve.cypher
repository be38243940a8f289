// Resolution is a timestamp; the alert stays. Matching only open alerts makes a second resolve a no-op the caller reports.
MATCH (d:Node {id: $id})
WHERE d.kind = 'DriftAlert' AND d.resolvedAt IS NULL
SET d.open = false, d.resolvedAt = $at, d.resolvedBy = $actor, d.resolution = $reason
RETURN d

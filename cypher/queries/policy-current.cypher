// The version of a system's policy in force at $at (or the latest when $at is null).
MATCH (v:Node {parent: $policy})
WHERE v.kind = 'PolicyVersion'
  AND ($at IS NULL OR (v.createdAt <= $at AND (v.supersededAt IS NULL OR v.supersededAt > $at)))
RETURN v
ORDER BY v.version DESC
LIMIT 1

// Locks an artifact for version numbering: concurrent registrations of one artifact queue here.
MATCH (a:Node {id: $id})
WHERE a.kind = $kind
SET a.versionCount = coalesce(a.versionCount, 0)
RETURN a.versionCount AS count

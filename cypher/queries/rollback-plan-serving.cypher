// The environments of a system whose alias points at $release now (a system has a handful of aliases).
MATCH (a:Node {parent: $system})
WHERE a.kind = 'Alias' AND a.releaseId = $release
RETURN a.environment AS environment
ORDER BY environment
LIMIT $maxEnvironments

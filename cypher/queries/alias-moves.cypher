MATCH (m:Node {parent: $alias})
WHERE m.kind = 'AliasMove'
RETURN m
ORDER BY m.seq DESC
LIMIT $limit

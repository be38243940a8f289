MATCH (v:Node {parent: $parent, digest: $digest})
RETURN v
LIMIT 1

// Whether the graph holds any domain data yet (migrations and counters do not count).
MATCH (n:Node)
RETURN n.id AS id
LIMIT 1

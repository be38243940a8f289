// Relationship types come from a fixed list in code (never from clients); endpoints must already exist.
UNWIND $links AS l
MATCH (a:Node {id: l.from})
MATCH (b:Node {id: l.to})
CREATE (a)-[r:$(l.type)]->(b)
SET r.since = $at, r.role = l.role
RETURN count(r) AS created

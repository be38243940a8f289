// Moves a locked alias: closes the current pointer interval, opens a new one, records the move.
MATCH (a:Node {id: $alias})
MATCH (r:Node {id: $release})
SET a.moveCount = a.moveCount + 1, a.releaseId = r.id, a.updatedAt = $at
WITH a, r
OPTIONAL MATCH (a)-[old:POINTS_TO]->()
WHERE old.until IS NULL
SET old.until = $at
WITH DISTINCT a, r
CREATE (m:Node:AliasMove {id: $moveIdBase + '/' + toString(a.moveCount)})
SET m.kind = 'AliasMove', m.parent = a.id, m.seq = a.moveCount, m.moveKind = $moveKind,
    m.fromRelease = $from, m.toRelease = r.id, m.reason = $reason, m.system = a.system,
    m.environment = a.environment, m.flagged = $flagged, m.awaitingReview = $flagged, m.createdAt = $at, m.createdBy = $actor
CREATE (a)-[:POINTS_TO {since: $at, move: m.id}]->(r)
CREATE (m)-[:MOVED {since: $at}]->(a)
RETURN m

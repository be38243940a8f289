// The monitor checks each drift alert cites (its EVIDENCE), as the graph stood at $at: the failed checks
// that opened it and, once a monitor resolved it, the passing checks that did. An alert a person opened
// cites none; one not yet opened at $at has no row. Newest window first, at most $limit per alert.
UNWIND $alerts AS id
MATCH (d:Node {id: id})
WHERE d.kind = 'DriftAlert' AND d.createdAt <= $at
RETURN d.id AS alert,
       COLLECT {
         MATCH (d)-[e:EVIDENCE]->(c:Node)
         WHERE c.kind = 'MonitorCheck' AND e.since <= $at AND c.createdAt <= $at
         RETURN c ORDER BY c.asOf DESC, c.createdAt DESC LIMIT $limit
       } AS checks

// Creates a batch's new scores (plain CREATEs: the unique constraint on :Node(id) refuses a resend),
// each ASSESSES the output or invocation it scores. $rows are maps (ScoreRow in
// src/domain/signals/queries.ts); `at` is epoch milliseconds.
UNWIND $rows AS row
MATCH (t:Node {id: row.target})
WITH t, row, datetime({epochMillis: row.at}) AS at
CREATE (s:Node:Score {id: row.id, kind: 'Score', parent: row.target, release: row.release, name: row.name,
  dataType: row.dataType, value: row.value, category: row.category, source: row.source, comment: row.comment,
  createdAt: at, createdBy: $actor, recordDigest: row.digest})
CREATE (s)-[:ASSESSES {since: at}]->(t)
RETURN count(s) AS created

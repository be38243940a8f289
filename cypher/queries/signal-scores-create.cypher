// Creates a batch's new scores (plain CREATEs: the unique constraint on :Node(id) refuses a resend),
// each ASSESSES the output or invocation it scores. It goes out with the batch's check, not after it:
// a score takes its release from its target and its data type from its config here, and a failed check
// (src/domain/signals/scores.ts) rolls the creation back with the transaction. $rows are maps
// (ScoreRow in src/domain/signals/queries.ts); `at` is epoch milliseconds; $configs the configs' ids.
CALL () {
  UNWIND $configs AS id
  MATCH (c:Node {id: id})
  RETURN collect(c) AS configs
}
UNWIND $rows AS row
MATCH (t:Node {id: row.target})
WITH t, row, datetime({epochMillis: row.at}) AS at, [c IN configs WHERE c.name = row.name | c.dataType][0] AS dataType
CREATE (s:Node:Score {id: row.id, kind: 'Score', parent: row.target, release: t.parent, name: row.name,
  dataType: dataType, value: row.value, category: row.category, source: row.source, comment: row.comment,
  createdAt: at, createdBy: $actor, recordDigest: row.digest})
CREATE (s)-[:ASSESSES {since: at}]->(t)
RETURN count(s) AS created

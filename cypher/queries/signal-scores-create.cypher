// Creates a batch's new scores (plain CREATEs: the unique constraint on :Node(id) refuses a resend),
// each ASSESSES the output or invocation it scores, and reports on the targets in the same statement,
// so a batch needs no separate look-up of them: `releases` holds each row's target's release (its
// parent; '' when the target does not exist), in row order, and `refused` the rows whose target is
// missing, or not an output or an invocation, or was recorded after the score's time, with what the
// typed refusal says (src/domain/signals/scores.ts checks every row and throws; the transaction then
// rolls the creation back). A score takes its release from its target and its data type from its
// config here. $rows are maps (ScoreRow in src/domain/signals/queries.ts); `at` is epoch
// milliseconds; $configs the configs' ids.
CALL () {
  UNWIND $configs AS id
  MATCH (c:Node {id: id})
  RETURN collect(c) AS configs
}
UNWIND $rows AS row
OPTIONAL MATCH (t:Node {id: row.target})
WITH t, row, datetime({epochMillis: row.at}) AS at, [c IN configs WHERE c.name = row.name | c.dataType][0] AS dataType
CALL (t, row, at, dataType) {
  WITH * WHERE t IS NOT NULL
  CREATE (s:Node:Score {id: row.id, kind: 'Score', parent: row.target, release: t.parent, name: row.name,
    dataType: dataType, value: row.value, category: row.category, source: row.source, comment: row.comment,
    createdAt: at, createdBy: $actor, recordDigest: row.digest})
  CREATE (s)-[:ASSESSES {since: at}]->(t)
}
RETURN count(t) AS created, collect(coalesce(t.parent, '')) AS releases,
       collect(CASE WHEN t IS NULL OR NOT t.kind IN ['Output', 'Invocation'] OR t.createdAt > at
                    THEN {id: row.target, kind: t.kind, createdAt: toFloat(t.createdAt.epochMillis), parent: t.parent} END) AS refused

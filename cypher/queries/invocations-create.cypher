// Creates a slice of a batch's new invocations with their outputs (plain CREATEs: the unique
// constraint on :Node(id) still refuses a duplicate id), and adds them to each release's ImpactCount
// buckets: $buckets holds the caller's sums per release, bucket width and bucket start (one row per
// bucket, not per invocation), which is what impact.cypher reads instead of walking outputs. The
// releases are write-locked first, so concurrent batches for one release add to its buckets one at a
// time. Each row is a positional list, named in the first WITH (InvocationTuple and OutputTuple in
// src/domain/invocations/service.ts); the start comes as epoch milliseconds.
MATCH (r:Node)
WHERE r.id IN $releases
WITH collect(r) AS releases
CALL apoc.lock.nodes(releases)
CALL () {
  UNWIND $rows AS row
  WITH row[0] AS id, row[1] AS release, datetime({epochMillis: row[2]}) AS at, row[3] AS latencyMs, row[4] AS costUsd,
       row[5] AS inputDigest, row[6] AS retrievedDocuments, row[7] AS digest, row[8] AS outputs, row[9] AS inputTokens,
       row[10] AS outputTokens, row[11] AS numericFeatureNames, row[12] AS numericFeatureValues,
       row[13] AS categoricalFeatureNames, row[14] AS categoricalFeatureValues
  MATCH (r:Node {id: release})
  CREATE (i:Node:Invocation {id: id, kind: 'Invocation', parent: release, createdAt: at, startedAt: at,
    latencyMs: latencyMs, costUsd: costUsd, inputDigest: inputDigest, retrievedDocuments: retrievedDocuments,
    inputTokens: inputTokens, outputTokens: outputTokens, numericFeatureNames: numericFeatureNames,
    numericFeatureValues: numericFeatureValues, categoricalFeatureNames: categoricalFeatureNames,
    categoricalFeatureValues: categoricalFeatureValues, createdBy: $actor, recordDigest: digest})
  CREATE (i)-[:USED {since: at, role: 'release'}]->(r)
  WITH i, id, release, at, outputs
  UNWIND outputs AS o
  CREATE (out:Node:Output {id: o[0], kind: 'Output', parent: release, invocation: id, outputKind: o[1],
    contentDigest: o[2], summary: o[3], decision: o[4], confidence: o[5], createdAt: at, createdBy: $actor})
  CREATE (out)-[:WAS_GENERATED_BY {since: at}]->(i)
  RETURN count(out) AS outputs
}
CALL () {
  UNWIND $buckets AS b
  MERGE (c:ImpactCount {release: b.release, width: b.width, start: b.start})
    ON CREATE SET c.invocations = 0, c.outputs = 0, c.decisions = 0
  SET c.invocations = c.invocations + b.invocations, c.outputs = c.outputs + b.outputs, c.decisions = c.decisions + b.decisions
  RETURN count(c) AS buckets
}
RETURN outputs

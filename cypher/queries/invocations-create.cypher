// Creates a batch's new invocations with their outputs (plain CREATEs: the unique constraint on
// :Node(id) still refuses a duplicate id), and adds them to each release's ImpactCount buckets:
// $buckets holds the caller's sums per release, bucket width and bucket start (one row per bucket,
// not per invocation), which is what impact.cypher reads instead of walking outputs. The releases
// are write-locked first, so concurrent batches for one release add to its buckets one at a time.
MATCH (r:Node)
WHERE r.id IN $releases
WITH collect(r) AS releases
CALL apoc.lock.nodes(releases)
CALL () {
  UNWIND $rows AS row
  MATCH (r:Node {id: row.release})
  CREATE (i:Node:Invocation {id: row.id, kind: 'Invocation', parent: row.release, createdAt: row.at, startedAt: row.at,
    latencyMs: row.latencyMs, costUsd: row.costUsd, inputDigest: row.inputDigest, retrievedDocuments: row.retrievedDocuments,
    createdBy: $actor, recordDigest: row.digest})
  CREATE (i)-[:USED {since: row.at, role: 'release'}]->(r)
  WITH i, row
  UNWIND row.outputs AS o
  CREATE (out:Node:Output {id: o.id, kind: 'Output', parent: row.release, invocation: row.id, outputKind: o.outputKind,
    contentDigest: o.contentDigest, summary: o.summary, decision: o.decision, confidence: o.confidence,
    createdAt: row.at, createdBy: $actor})
  CREATE (out)-[:WAS_GENERATED_BY {since: row.at}]->(i)
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

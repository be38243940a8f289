// Records a batch of invocations with their outputs in one statement. The batch's releases are
// write-locked first, so a concurrent resend of the same invocations waits here until this
// transaction ends, and then finds them. Invocations that already exist are not written again; they
// come back with the digest they were recorded with, and the caller refuses a resend whose content
// changed (which rolls this transaction back). The rest are plain CREATEs: the unique constraint on
// :Node(id) still refuses a duplicate id. In the same statement each release's ImpactCount buckets
// (one per width in $bucketWidths, holding the invocation's time) count what was created, which is
// what impact.cypher reads instead of walking outputs.
MATCH (r:Node) WHERE r.id IN $releases
WITH collect(r) AS releases
CALL apoc.lock.nodes(releases)
UNWIND $rows AS row
OPTIONAL MATCH (seen:Node {id: row.id})
WITH collect(CASE WHEN seen IS NULL THEN row END) AS fresh,
     collect(CASE WHEN seen IS NOT NULL THEN {id: seen.id, digest: seen.recordDigest} END) AS existing
CALL (fresh) {
  UNWIND fresh AS row
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
CALL (fresh) {
  UNWIND fresh AS row
  UNWIND $bucketWidths AS width
  WITH row.release AS release, width, row.at.epochMillis AS ms,
       size(row.outputs) AS outputs, size([o IN row.outputs WHERE o.outputKind = 'DECISION']) AS decisions
  WITH release, width, ms - ((ms % width) + width) % width AS start,
       count(*) AS invocations, sum(outputs) AS outputs, sum(decisions) AS decisions
  MERGE (c:ImpactCount {release: release, width: width, start: start})
    ON CREATE SET c.invocations = 0, c.outputs = 0, c.decisions = 0
  SET c.invocations = c.invocations + invocations, c.outputs = c.outputs + outputs, c.decisions = c.decisions + decisions
  RETURN count(c) AS buckets
}
RETURN existing, outputs

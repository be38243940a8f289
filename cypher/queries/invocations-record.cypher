// Records a batch of invocations and their outputs. Rows whose invocation id already exists are
// skipped, so a producer can resend a batch after a timeout without duplicating anything.
UNWIND $rows AS row
MATCH (r:Node {id: row.release})
MERGE (i:Node {id: row.id})
  ON CREATE SET i:Invocation, i.kind = 'Invocation', i.parent = row.release, i.createdAt = row.at,
                i.startedAt = row.at, i.latencyMs = row.latencyMs, i.costUsd = row.costUsd,
                i.inputDigest = row.inputDigest, i.retrievedDocuments = row.retrievedDocuments,
                i.createdBy = $actor, i.createdInRequest = $requestId
WITH r, i, row, i.createdInRequest = $requestId AND i.createdAt = row.at AS created
WHERE created
CREATE (i)-[:USED {since: row.at, role: 'release'}]->(r)
WITH i, row
UNWIND row.outputs AS o
CREATE (out:Node:Output {id: o.id})
SET out.kind = 'Output', out.parent = row.release, out.invocation = i.id, out.outputKind = o.outputKind,
    out.contentDigest = o.contentDigest, out.summary = o.summary, out.decision = o.decision,
    out.confidence = o.confidence, out.createdAt = row.at, out.createdBy = $actor
CREATE (out)-[:WAS_GENERATED_BY {since: row.at}]->(i)
RETURN count(DISTINCT i) AS invocations, count(out) AS outputs

// Creates a batch of new invocations with their outputs (the caller has already set aside the ones
// that exist, under a lock). Plain CREATEs: the unique constraint on :Node(id) still refuses a
// duplicate id.
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

// Retraction is a timestamp, never a delete: the node stays in every lineage answer, marked.
MATCH (n:Node {id: $id})
WHERE n.retractedAt IS NULL
SET n.retractedAt = $at, n.retractedBy = $actor, n.retractReason = $reason
RETURN n

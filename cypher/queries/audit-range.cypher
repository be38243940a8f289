// A bounded batch of the audit chain in seq order, for verification.
MATCH (e:AuditEvent)
WHERE e.seq > $after AND e.seq <= $upTo
RETURN e
ORDER BY e.seq
LIMIT $limit

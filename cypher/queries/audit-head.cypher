// The chain head as last committed (read without locking).
OPTIONAL MATCH (h:Counter {id: 'audit'})
RETURN coalesce(h.seq, 0) AS seq, coalesce(h.hash, $genesis) AS hash

MERGE (h:Counter {id: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = '0000000000000000000000000000000000000000000000000000000000000000'
SET h.seq = h.seq + 1
RETURN h.seq AS seq, h.hash AS hash

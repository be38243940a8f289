// Write-locks the bootstrap marker (the SET reads what it writes), then counts keys: concurrent
// first starts queue here and only one of them creates the local admin key.
MERGE (c:Counter {id: 'apikey-bootstrap'})
  ON CREATE SET c.seq = 0
SET c.seq = c.seq
WITH c
OPTIONAL MATCH (k:ApiKey)
RETURN count(k) AS keys

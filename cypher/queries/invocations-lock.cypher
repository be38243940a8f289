// Write-locks the batch's releases, so a concurrent resend of the same invocations waits here until
// the other transaction ends, and then returns the batch's invocations that are already recorded,
// each with the digest it was recorded with. The caller refuses a resend whose content changed and
// creates only the rest (invocations-create.cypher), in the same transaction, under this lock. Only a
// batch that a uniqueness constraint refused comes here: a new batch is created without the look-up.
MATCH (r:Node)
WHERE r.id IN $releases
WITH collect(r) AS releases
CALL apoc.lock.nodes(releases)
MATCH (seen:Node)
WHERE seen.id IN $ids
RETURN seen.id AS id, seen.recordDigest AS digest

// The invocations of a batch that already exist, with the digest of what they were recorded with.
// The batch's releases are write-locked first: a concurrent resend of the same invocations waits
// here until this transaction ends, and then finds them.
MATCH (r:Node) WHERE r.id IN $releases
WITH collect(r) AS releases
CALL apoc.lock.nodes(releases)
UNWIND $ids AS id
MATCH (i:Node {id: id})
RETURN i.id AS id, i.recordDigest AS digest

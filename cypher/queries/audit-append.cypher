// Appends one event to the hash chain and moves the head, in one statement. Bumping the head's seq
// write-locks it until the transaction ends, so concurrent writers queue here: taking the lock, hashing
// and appending at once keeps what they queue behind to this statement and the commit, with no round
// trip to the caller (and its busy event loop) in between. The hash is sha256 of the event's canonical
// JSON (eventHash in src/domain/audit/append.ts); the caller sends that JSON around the two values only
// the head knows: before + prevHash + between + seq + after. Everything comes in one map, $event
// (InOneMap in src/domain/query-types.ts), so one plan serves events of every size.
MERGE (h:Counter {id: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = $event.genesis
SET h.seq = h.seq + 1
WITH h, h.seq AS seq, h.hash AS prevHash
WITH h, seq, prevHash, apoc.util.sha256([$event.before, prevHash, $event.between, toString(seq), $event.after]) AS hash
CREATE (e:AuditEvent {
  seq: seq, at: $event.at, actor: $event.actor, action: $event.action, targets: $event.targets,
  inputDigest: $event.inputDigest, prevHash: prevHash, hash: hash, requestId: $event.requestId
})
SET h.hash = hash
RETURN seq, hash

MATCH (h:Counter {id: 'audit'})
CREATE (e:AuditEvent {
  seq: $seq, at: $at, actor: $actor, action: $action, targets: $targets,
  inputDigest: $inputDigest, prevHash: $prevHash, hash: $hash, requestId: $requestId
})
SET h.hash = $hash

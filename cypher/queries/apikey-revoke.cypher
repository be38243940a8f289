// Revokes an API key once; `wasRevokedAt` tells the caller it had been revoked already.
MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt AS wasRevokedAt
SET k.revokedAt = coalesce(k.revokedAt, $at), k.revokedBy = coalesce(k.revokedBy, $actor)
RETURN wasRevokedAt,
       k {.id, .principal, .roles, .clearance, .description, .createdAt, .createdBy, .revokedAt, .revokedBy} AS k

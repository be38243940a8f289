// Stores an API key: only the hash of its secret, never the secret.
CREATE (k:ApiKey {id: $id, hash: $hash, principal: $principal, roles: $roles, clearance: $clearance,
                  description: $description, createdAt: $at, createdBy: $actor})
RETURN k {.id, .principal, .roles, .clearance, .description, .createdAt, .createdBy, .revokedAt, .revokedBy} AS k

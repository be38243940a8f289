// One API key with its secret's hash, for verifying a presented key.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .hash, .principal, .roles, .clearance, .revokedAt} AS k

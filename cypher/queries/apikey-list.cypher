// API keys newest first, keyset-paginated on (createdAt, id); never their hashes.
MATCH (k:ApiKey)
WHERE ($includeRevoked OR k.revokedAt IS NULL)
  AND ($principal IS NULL OR k.principal = $principal)
  AND ($cursorAt IS NULL OR k.createdAt < $cursorAt OR (k.createdAt = $cursorAt AND k.id < $cursorId))
RETURN k {.id, .principal, .roles, .clearance, .description, .createdAt, .createdBy, .revokedAt, .revokedBy} AS k
ORDER BY k.createdAt DESC, k.id DESC
LIMIT $limit

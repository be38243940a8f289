// An ADMIN's classification of an OpenLineage namespace (the setting its datasets and jobs fall back
// to): created on first use, written only when it changes. Returns the setting it replaced.
MERGE (s:LineageNamespace {namespace: $namespace})
  ON CREATE SET s.id = $id, s.createdAt = $at, s.createdBy = $actor
WITH s, s.classification AS previous
CALL (s, previous) {
  WITH s, previous WHERE previous IS NULL OR previous <> $classification
  SET s.classification = $classification, s.classifiedAt = $at, s.classifiedBy = $actor
}
RETURN previous

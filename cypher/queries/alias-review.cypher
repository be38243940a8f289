// Records the review of a flagged alias move; the flag itself stays as history.
MATCH (m:Node {id: $id})
WHERE m.kind = 'AliasMove' AND coalesce(m.awaitingReview, m.flagged) = true AND m.reviewedAt IS NULL
SET m.awaitingReview = false, m.reviewedAt = $at, m.reviewedBy = $actor, m.reviewNote = $note
RETURN m

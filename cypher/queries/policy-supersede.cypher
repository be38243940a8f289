// Ends the term of every earlier policy version still in force; the versions themselves stay.
MATCH (v:Node {parent: $policy})
WHERE v.kind = 'PolicyVersion' AND v.supersededAt IS NULL AND v.id <> $current
SET v.supersededAt = $at, v.supersededBy = $current
RETURN count(v) AS superseded

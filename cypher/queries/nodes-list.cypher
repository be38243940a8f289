// One page of a type's nodes, newest first, keyset-paginated on (createdAt, id).
MATCH (n:Node)
WHERE n.kind = $kind
  AND ($parent IS NULL OR n.parent = $parent)
  AND ($createdAfter IS NULL OR n.createdAt >= $createdAfter)
  AND ($createdBefore IS NULL OR n.createdAt < $createdBefore)
  AND ($includeRetracted OR n.retractedAt IS NULL)
  AND all(f IN $filters WHERE n[f.property] = f.value)
  AND ($cursorAt IS NULL OR n.createdAt < $cursorAt OR (n.createdAt = $cursorAt AND n.id < $cursorId))
RETURN n
ORDER BY n.createdAt DESC, n.id DESC
LIMIT $limit

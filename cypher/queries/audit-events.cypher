// One page of the audit trail, newest first, keyset-paginated on seq.
MATCH (e:AuditEvent)
WHERE ($before IS NULL OR e.seq < $before)
  AND ($target IS NULL OR $target IN e.targets)
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
RETURN e
ORDER BY e.seq DESC
LIMIT $limit

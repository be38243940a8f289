// The monitors behind some failed checks, as the graph stood at $at: per monitor, what it watches and
// its newest failed check among $checks (the caller passes a bounded list of one release's failed checks).
UNWIND $checks AS id
MATCH (c:Node {id: id})
WHERE c.kind = 'MonitorCheck' AND c.createdAt <= $at
MATCH (m:Node {id: c.parent})
WHERE m.kind = 'Monitor' AND m.createdAt <= $at
WITH m, c
ORDER BY c.asOf DESC, c.id
WITH m, collect(c.id)[0] AS check
RETURN m.id AS monitor, m.signal AS signal, m.monitorKind AS kind, m.direction AS direction, check
ORDER BY monitor

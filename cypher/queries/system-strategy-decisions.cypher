// The strategy decisions taken on the use cases a system served, newest first, as the graph stood at
// $view: use cases served by it then (a SERVED_BY in force at $view, at most $useCases of them), each
// decision recorded by then. A decision retracted after $view was in force at $view, so its retraction
// is not part of the answer; one retracted by then comes with it. Decisions are found through the
// (kind, parent, createdAt) index; clearance is the caller's (every row is redacted as `node` does).
MATCH (sys:Node {id: $system})
WHERE sys.kind = 'System' AND sys.createdAt <= $view
CALL (sys) {
  MATCH (u:Node)-[s:SERVED_BY]->(sys)
  WHERE u.kind = 'UseCase' AND u.createdAt <= $view AND s.since <= $view AND (s.until IS NULL OR s.until > $view)
  RETURN u ORDER BY u.id LIMIT $useCases
}
MATCH (d:Node)
WHERE d.kind = 'StrategyDecision' AND d.parent = u.id AND d.createdAt <= $view
WITH d ORDER BY d.createdAt DESC, d.id DESC LIMIT $limit
WITH d, d.retractedAt IS NOT NULL AND d.retractedAt <= $view AS retracted
RETURN d {.*,
  retractedAt: CASE WHEN retracted THEN d.retractedAt END,
  retractedBy: CASE WHEN retracted THEN d.retractedBy END,
  retractReason: CASE WHEN retracted THEN d.retractReason END} AS n

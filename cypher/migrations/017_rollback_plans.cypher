// Rollback plans judge each earlier release by the drift alerts raised against it: found by
// (kind, release) instead of scanning every alert of the system.
CREATE INDEX node_kind_release IF NOT EXISTS FOR (n:Node) ON (n.kind, n.release);

// Children of one kind under one parent, newest first: evaluations of a release (which also has
// thousands of invocations under it), approvals of a version, one system's releases.
CREATE INDEX node_kind_parent_created IF NOT EXISTS FOR (n:Node) ON (n.kind, n.parent, n.createdAt);

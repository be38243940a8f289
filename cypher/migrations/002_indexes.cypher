CREATE INDEX node_kind_created IF NOT EXISTS FOR (n:Node) ON (n.kind, n.createdAt);
CREATE INDEX node_parent_created IF NOT EXISTS FOR (n:Node) ON (n.parent, n.createdAt);
CREATE INDEX node_parent_digest IF NOT EXISTS FOR (n:Node) ON (n.parent, n.digest);
CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_actor IF NOT EXISTS FOR (e:AuditEvent) ON (e.actor);
CREATE FULLTEXT INDEX node_text IF NOT EXISTS FOR (n:Dataset|Prompt|Model|RetrievalConfig|System|UseCase|Person|Team|ServiceAccount) ON EACH [n.name, n.description];

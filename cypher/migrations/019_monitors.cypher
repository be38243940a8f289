// Monitors: a release's checks by the release they compared and their instant (monitorHealthWhileServing,
// the rollback planner's "healthy while it served"), a monitor's checks by (kind, parent) as every child node,
// and webhook endpoints, which live off the :Node graph (their secrets are never part of a graph read).
CREATE INDEX monitor_check_release IF NOT EXISTS FOR (c:MonitorCheck) ON (c.release, c.asOf);
CREATE INDEX monitor_system IF NOT EXISTS FOR (m:Monitor) ON (m.parent);
CREATE CONSTRAINT webhook_endpoint_id IF NOT EXISTS FOR (w:WebhookEndpoint) REQUIRE w.id IS UNIQUE;
CREATE INDEX webhook_endpoint_system IF NOT EXISTS FOR (w:WebhookEndpoint) ON (w.system);

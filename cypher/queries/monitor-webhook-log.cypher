// Logs one delivery (kept to the newest $keep) and counts consecutive failures; past $disableAfter the endpoint is disabled.
MATCH (w:WebhookEndpoint {id: $id})
WITH w, CASE WHEN $ok THEN 0 ELSE coalesce(w.consecutiveFailures, 0) + 1 END AS failures
SET w.deliveries = ([$entry] + coalesce(w.deliveries, []))[0..$keep],
    w.consecutiveFailures = failures
WITH w, failures
CALL (w, failures) {
  WITH w WHERE failures >= $disableAfter AND w.enabled
  SET w.enabled = false, w.disabledAt = $at
}
RETURN w.enabled AS enabled, w.consecutiveFailures AS consecutiveFailures

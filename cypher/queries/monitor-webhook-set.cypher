// Creates or replaces a system's webhook endpoint for monitor events. Kept off the :Node graph (like API keys):
// its secret signs deliveries and is never read back by the API. A replaced endpoint starts enabled with a clean log.
MERGE (w:WebhookEndpoint {id: $id})
SET w.system = $system, w.url = $url, w.secret = $secret, w.enabled = $enabled, w.updatedAt = $at, w.updatedBy = $actor,
    w.consecutiveFailures = 0, w.disabledAt = null, w.deliveries = []
RETURN w.id AS id, w.system AS system, w.url AS url, w.enabled AS enabled

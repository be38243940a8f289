// A system's webhook endpoints and their delivery logs, never their secrets.
MATCH (w:WebhookEndpoint {system: $system})
RETURN w.id AS id, w.url AS url, w.enabled AS enabled, w.consecutiveFailures AS consecutiveFailures,
       w.disabledAt AS disabledAt, w.deliveries AS deliveries
ORDER BY w.id
LIMIT 20

// The enabled webhook endpoints of a system, with what signing a delivery needs.
MATCH (w:WebhookEndpoint {system: $system})
WHERE w.enabled
RETURN w.id AS id, w.url AS url, w.secret AS secret
ORDER BY w.id
LIMIT 20

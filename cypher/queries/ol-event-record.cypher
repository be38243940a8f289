// Records one OpenLineage event under the digest of its content, once: a retried delivery finds it and changes nothing.
// Its subject (the run, job or dataset it describes) is what it takes its classification from.
MERGE (e:Node {id: $id})
  ON CREATE SET e:LineageEvent, e.kind = 'LineageEvent', e.eventKind = $eventKind, e.eventType = $eventType,
    e.eventTime = $eventTime, e.producer = $producer, e.schemaURL = $schemaURL, e.run = $run, e.subject = $subject, e.body = $body,
    e.createdAt = $at, e.createdBy = $actor, e.createdInRequest = $requestId
RETURN e.createdInRequest = $requestId AND e.createdAt = $at AS created

// Records OpenLineage events under the digests of their content, once each: a retried delivery finds
// its event and changes nothing. Rows come in id order, so concurrent batches lock in the same order.
// An event's subject (the run, job or dataset it describes) is what it takes its classification from.
// The plan is kept as the graph grows (REPLAN in docs/openlineage.md): every ingest statement starts from ids.
CYPHER replan=skip
UNWIND $batch.events AS ev
MERGE (e:Node {id: ev.id})
  ON CREATE SET e:LineageEvent, e.kind = 'LineageEvent', e.eventKind = ev.eventKind, e.eventType = ev.eventType,
    e.eventTime = ev.eventTime, e.producer = ev.producer, e.schemaURL = ev.schemaURL, e.run = ev.run, e.subject = ev.subject, e.body = ev.body,
    e.createdAt = $batch.at, e.createdBy = $batch.actor, e.createdInRequest = $batch.requestId
RETURN e.id AS id, e.createdInRequest = $batch.requestId AND e.createdAt = $batch.at AS created

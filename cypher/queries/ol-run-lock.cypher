// Finds or starts runs and write-locks them (their event counts), so concurrent events of one run fold
// one after another; rows come in id order. Returns each run's view so far. Nothing shared by other
// requests is locked here (the recording agent is linked in ol-run-apply, after the datasets and jobs
// are locked in id order): a request waiting here for a dataset holds nothing another one needs.
// Also returns what classifying a run needs beyond its view: its stored level, the jobs it is a run of
// (the first one's namespace), and the datasets it already read or wrote, with their levels.
CYPHER replan=skip
UNWIND $batch.runs AS run
MERGE (r:Node {id: run.id})
  ON CREATE SET r:LineageRun, r.kind = 'LineageRun', r.runId = run.runId, r.createdAt = $batch.at, r.createdBy = $batch.actor, r.eventCount = 0
SET r.eventCount = coalesce(r.eventCount, 0) + run.events
RETURN r.id AS id, r.view AS view, r.classification AS classification, r.classificationHeld AS classificationHeld,
       r.classificationLoweredAt AS classificationLoweredAt, [(r)-[:RUN_OF]->(j) | j.id] AS jobs,
       [(r)-[:RUN_OF]->(j) | j.namespace][0] AS namespace,
       [(r)-[:USED]->(:LineageDatasetVersion)-[:VERSION_OF]->(d) | [d.id, d.classification]] + [(r)-[:WRITES]->(w) | [w.id, w.classification]] AS datasets

// What classifying runs outside a request's own needs (the parent runs its runs name): each one's
// stored level, the jobs it is a run of, the first one's namespace and that namespace's setting, and the
// datasets it read or wrote with their levels (the same reads as ol-classification-scope's).
CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (r:Node {id: id})
WHERE r:LineageRun
WITH r, coalesce([(r)-[:RUN_OF]->(j) | j.namespace][0], r.jobNamespace) AS namespace
OPTIONAL MATCH (s:LineageNamespace {namespace: namespace})
RETURN r.id AS id, r.classification AS classification, r.classificationHeld AS classificationHeld,
       r.classificationLoweredAt AS classificationLoweredAt, [(r)-[:RUN_OF]->(j) | j.id] AS jobs, namespace,
       s.classification AS namespaceClassification,
       [(r)-[:USED]->(:LineageDatasetVersion)-[:VERSION_OF]->(d) | [d.id, d.classification]] + [(r)-[:WRITES]->(w) | [w.id, w.classification]] AS datasets

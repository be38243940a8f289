// What classifying OpenLineage nodes needs to know (src/domain/openlineage/classification.ts computes it):
// the datasets, runs and jobs in scope with their stored classification, what each run read or wrote,
// what each job declares and which of its runs count, the stored classification of everything those
// name, and the namespace settings involved. In scope: the given ids and, for $namespace, its datasets,
// jobs and their runs; when $full (a reclassification), also every run that read or wrote a dataset in
// scope and every job of those runs or declaring those datasets, each job with all of its runs.
CALL () {
  UNWIND $datasets AS id
  MATCH (d:Node {id: id})
  WHERE d:LineageDataset
  RETURN d
  UNION
  MATCH (d:LineageDataset {namespace: $namespace})
  RETURN d
}
WITH collect(DISTINCT d) AS ds
CALL (ds) {
  UNWIND $runs AS id
  MATCH (r:Node {id: id})
  WHERE r:LineageRun
  RETURN r
  UNION
  UNWIND CASE WHEN $full THEN ds ELSE [] END AS d
  MATCH (:LineageDatasetVersion {parent: d.id})<-[:USED]-(r:LineageRun)
  RETURN r
  UNION
  UNWIND CASE WHEN $full THEN ds ELSE [] END AS d
  MATCH (d)<-[:WRITES]-(r:LineageRun)
  RETURN r
  UNION
  MATCH (:LineageJob {namespace: $namespace})<-[:RUN_OF]-(r:LineageRun)
  RETURN r
}
WITH ds, collect(DISTINCT r) AS rs
CALL (ds, rs) {
  UNWIND $jobs AS id
  MATCH (j:Node {id: id})
  WHERE j:LineageJob
  RETURN j
  UNION
  MATCH (j:LineageJob {namespace: $namespace})
  RETURN j
  UNION
  UNWIND CASE WHEN $full THEN rs ELSE [] END AS r
  MATCH (r)-[:RUN_OF]->(j:LineageJob)
  RETURN j
  UNION
  UNWIND CASE WHEN $full THEN ds ELSE [] END AS d
  MATCH (d)<-[:DECLARES_INPUT|DECLARES_OUTPUT]-(j:LineageJob)
  RETURN j
}
WITH ds, rs, collect(DISTINCT j) AS js
// The jobs of the given runs, read once per run (not once per job and run).
WITH ds, rs, js, [r IN rs WHERE r.id IN $runs | [r.id, [(r)-[:RUN_OF]->(rj) | rj.id]]] AS given
WITH [d IN ds | d {.id, .namespace, .classification, .classificationHeld, .classificationLoweredAt,
                   declared: d.declaredClassification, bound: d.boundClassification}] AS datasets,
     [r IN rs | r {.id, .classification, .classificationHeld, .classificationLoweredAt,
                   namespace: coalesce([(r)-[:RUN_OF]->(j) | j.namespace][0], r.jobNamespace),
                   datasets: [(r)-[:USED]->(v:LineageDatasetVersion) | v.parent] + [(r)-[:WRITES]->(w) | w.id]}] AS runs,
     [j IN js | j {.id, .namespace, .classification, .classificationHeld, .classificationLoweredAt,
                   datasets: [(j)-[:DECLARES_INPUT|DECLARES_OUTPUT]->(w) | w.id],
                   runs: CASE WHEN $full THEN [(j)<-[:RUN_OF]-(r) | r.id]
                              ELSE [g IN given WHERE j.id IN g[1] | g[0]] END}] AS jobs
WITH datasets, runs, jobs,
     apoc.coll.toSet(apoc.coll.flatten([r IN runs | r.datasets]) + apoc.coll.flatten([j IN jobs | j.datasets + j.runs])) AS named,
     apoc.coll.toSet([x IN datasets + runs + jobs | x.namespace] + CASE WHEN $namespace IS NULL THEN [] ELSE [$namespace] END) AS spaces
CALL (named) {
  UNWIND named AS id
  MATCH (n:Node {id: id})
  RETURN collect([id, n.classification]) AS known
}
CALL (spaces) {
  UNWIND spaces AS space
  MATCH (s:LineageNamespace {namespace: space})
  RETURN collect(s {.namespace, .classification}) AS namespaces
}
RETURN datasets, runs, jobs, known, namespaces

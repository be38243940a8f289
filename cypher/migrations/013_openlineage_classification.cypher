// OpenLineage classification (docs/openlineage.md#classification): one setting per namespace, and the
// lookups a reclassification walks (a namespace's datasets and jobs, a version's columns, the events
// that describe a run, job or dataset).
CREATE CONSTRAINT lineage_namespace_unique IF NOT EXISTS FOR (s:LineageNamespace) REQUIRE s.namespace IS UNIQUE;
CREATE INDEX lineage_dataset_namespace IF NOT EXISTS FOR (d:LineageDataset) ON (d.namespace);
CREATE INDEX lineage_job_namespace IF NOT EXISTS FOR (j:LineageJob) ON (j.namespace);
CREATE INDEX lineage_column_parent IF NOT EXISTS FOR (c:LineageColumn) ON (c.parent);
CREATE INDEX lineage_event_subject IF NOT EXISTS FOR (e:LineageEvent) ON (e.subject);

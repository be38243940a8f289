// OpenLineage ingestion finds a dataset's versions by their dataset (latest version, the version a run generated).
CREATE INDEX lineage_version_parent IF NOT EXISTS FOR (v:LineageDatasetVersion) ON (v.parent);

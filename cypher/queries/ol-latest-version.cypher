// The latest version of an OpenLineage dataset, or the given one.
MATCH (v:LineageDatasetVersion {parent: $dataset})
WHERE $version IS NULL OR v.version = $version
RETURN v.id AS id
ORDER BY v.version DESC
LIMIT 1

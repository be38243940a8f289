// The input versions a run used, by dataset.
MATCH (r:Node {id: $run})-[:USED]->(v:LineageDatasetVersion)
RETURN v.parent AS dataset, v.id AS version

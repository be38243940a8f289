// Creates a document version's chunks, each derived from the version (so lineage and impact walk from a
// retrieval config's corpus to its documents and chunks), with its vector stored as a float32 vector.
MATCH (v:Node {id: $version})
UNWIND $chunks AS c
CREATE (n:Node:Chunk)
SET n = c.props, n.id = c.id, n.kind = 'Chunk', n.parent = v.id, n.classification = v.classification,
    n.createdAt = $at, n.createdBy = $actor
WITH v, n, c
CALL db.create.setNodeVectorProperty(n, 'embedding', c.embedding)
CREATE (n)-[:WAS_DERIVED_FROM {since: $at, role: 'chunk-of'}]->(v)
RETURN count(n) AS created

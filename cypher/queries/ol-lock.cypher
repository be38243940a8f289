// Write-locks the datasets and jobs a request's events name that already exist, in the order given
// (id order), before anything else of theirs is read or written. MERGE would first take a shared
// lock on each id's index entry and then the node lock, row by row; concurrent requests doing that
// over the same datasets were reported as deadlocked (and rolled back) by Neo4j's lock manager, so the
// node locks come first and alone. What does not exist yet is created (and locked) by the merges after.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WITH collect(n) AS nodes
CALL apoc.lock.nodes(nodes)
RETURN size(nodes) AS locked

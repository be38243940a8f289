// Ensures datasets exist and write-locks them (their version count); returns each dataset's facets so
// far, for the caller to merge the event's into.
UNWIND $datasets AS d
MERGE (n:Node {id: d.id})
  ON CREATE SET n:LineageDataset, n.kind = 'LineageDataset', n.namespace = d.namespace, n.name = d.name, n.searchText = d.searchText, n.createdAt = $at, n.createdBy = $actor
SET n.versionCount = coalesce(n.versionCount, 0), n.facetsView = coalesce(n.facetsView, '{}')
RETURN n.id AS id, n.facetsView AS facetsView

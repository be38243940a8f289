// Which of the given ids exist, as what and since when: used to check references before a write.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
RETURN id, n.kind AS kind, n.retractedAt AS retractedAt, n.createdAt AS createdAt

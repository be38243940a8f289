// What scores and KPI observations refer to: each node's kind, creation time and parent (an output's or
// invocation's release, a release's system).
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
RETURN id, n.kind AS kind, n.createdAt AS createdAt, n.parent AS parent

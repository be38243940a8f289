// What scores and KPI observations refer to: each node's kind, creation time (epoch milliseconds) and
// parent (an output's or invocation's release, a release's system).
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
RETURN id, n.kind AS kind, toFloat(n.createdAt.epochMillis) AS createdAt, n.parent AS parent

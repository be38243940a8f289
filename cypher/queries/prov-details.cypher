// For PROV export, about the given (visible) nodes as the graph stood at $asOf (null: now): when each
// activity started and ended, and the agents behind them: attribution of entities, association of
// activities, and the teams those agents act for (membership).
UNWIND $ids AS id
MATCH (n:Node {id: id})
WITH n, CASE WHEN n.startedAt IS NULL THEN null ELSE {id: n.id, startedAt: n.startedAt, endedAt: n.endedAt} END AS time
OPTIONAL MATCH (n)-[r:WAS_ATTRIBUTED_TO|WAS_ASSOCIATED_WITH]->(a:Node)
WHERE a.kind IN $agentKinds AND ($asOf IS NULL OR (r.since <= $asOf AND a.createdAt <= $asOf))
WITH collect(time) AS times, collect(CASE WHEN a IS NULL THEN null ELSE {from: n.id, to: a.id, type: type(r), since: r.since, agent: a} END) AS attributions
WITH times, attributions, [x IN attributions | x.agent] AS direct
UNWIND (CASE WHEN size(direct) = 0 THEN [null] ELSE direct END) AS agent
OPTIONAL MATCH (agent)-[m:MEMBER_OF]->(team:Node)
WHERE $asOf IS NULL OR (m.since <= $asOf AND team.createdAt <= $asOf)
WITH times, attributions, direct, collect(CASE WHEN team IS NULL THEN null ELSE {from: agent.id, to: team.id, type: 'MEMBER_OF', since: m.since, agent: team} END) AS delegations
WITH times, attributions + delegations AS links, direct + [d IN delegations | d.agent] AS agents
UNWIND (CASE WHEN size(agents) = 0 THEN [null] ELSE agents END) AS agent
WITH times, links, collect(DISTINCT agent {.id, .kind, .name, .createdAt}) AS agents
RETURN times, agents, [l IN links | l {.from, .to, .type, .since}] AS links

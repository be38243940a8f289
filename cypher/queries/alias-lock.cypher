// Finds or opens an environment alias and write-locks it (the SET reads what it writes, so Cypher
// takes the lock first): concurrent moves of one alias run one after another.
MERGE (a:Node {id: $id})
  ON CREATE SET a:Alias, a.kind = 'Alias', a.parent = $system, a.system = $system, a.environment = $environment,
                a.createdAt = $at, a.createdBy = $actor
SET a.moveCount = coalesce(a.moveCount, 0)
RETURN a.releaseId AS current, a.moveCount AS moves

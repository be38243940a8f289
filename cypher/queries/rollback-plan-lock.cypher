// Write-locks an existing alias (the SET reads what it writes) before a plan is checked against it, so no
// move can slip in between the check and the rollback; answers nothing for an alias that never existed.
MATCH (a:Node {id: $alias})
WHERE a.kind = 'Alias'
SET a.moveCount = a.moveCount
RETURN a.releaseId AS current

// Marks the rollback move with the plan it executed and whether a policy executed it on an alert.
MATCH (m:Node {id: $move})
WHERE m.kind = 'AliasMove'
SET m.rollbackPlan = $plan, m.automatic = $automatic
RETURN m

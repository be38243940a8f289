// Write-locks what the fold takes of some aggregate keys: their shards (shard >= 0) and their settled
// tombstones (from $settledFrom to -2), $keys sorted as writers sort theirs (signal-aggregates-add.cypher)
// and each key's nodes in index order, so a fold and writers lock in one order. A statement of its own:
// the next one (signal-fold-take.cypher) reads them only once every lock is held, so a writer that
// committed first is read, and one that comes later waits. (SET then REMOVE of a property nobody keeps:
// a lock that changes nothing; `SET a.n = a.n` would read n before taking the lock.)
UNWIND $keys AS k
MATCH (a:SignalAggregate)
USING INDEX a:SignalAggregate(subject, width, start, signal, shard, category)
WHERE a.subject = k.subject AND a.width = $width AND a.start = k.start AND a.signal = k.signal
  AND a.shard IS NOT NULL AND (a.shard >= 0 OR -2 >= a.shard >= $settledFrom) AND a.category = k.category
SET a.foldLock = true
REMOVE a.foldLock
RETURN count(a) AS shards

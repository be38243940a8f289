// Sets the folded aggregates signal-fold-categories-lock.cypher locked (same transaction) to the sums
// the fold computed of what they held and the shards it took: each category's count (catNames sorted,
// catN at the same positions), and n, sum and sumSq over all of them.
UNWIND $folds AS g
MATCH (f:SignalAggregate {subject: g.subject, width: $width, start: g.start, signal: g.signal, shard: -1, category: ''})
SET f.catNames = g.catNames, f.catN = g.catN, f.n = g.n, f.sum = g.sum, f.sumSq = g.sumSq
RETURN count(f) AS folded

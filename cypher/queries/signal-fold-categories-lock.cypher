// Write-locks, creating it if need be, the folded aggregate of each categorical or boolean signal's
// bucket in $groups (sorted by the fold in one order; src/domain/signals/fold.ts): one node per (subject,
// width, start, signal) at shard -1 and category '', its categories in parallel lists (catNames sorted,
// catN their counts), whatever the number of categories. Writers never touch it (they add to shards
// 0 to 7 of each category), so only folds meet here; the locks are taken after the shards' (same
// transaction), and collect() holds every lock before any list is read, so two folds of one bucket
// cannot lose each other's counts. Returns what each holds (integers as floats); the fold sets the sums
// with signal-fold-categories-set.cypher. (perCategory: a node of category '' folded before categories
// were, which the fold takes as that one category's count.)
UNWIND $groups AS g
MERGE (f:SignalAggregate {subject: g.subject, width: $width, start: g.start, signal: g.signal, shard: -1, category: ''})
  ON CREATE SET f.type = g.type, f.n = 0, f.sum = 0.0, f.sumSq = 0.0, f.catNames = [], f.catN = []
SET f.foldLock = true
REMOVE f.foldLock
WITH collect(f) AS folded
UNWIND folded AS f
RETURN f.subject AS subject, toFloat(f.start) AS start, f.signal AS signal, f.catNames IS NULL AS perCategory,
       coalesce(f.catNames, []) AS catNames, [c IN coalesce(f.catN, []) | toFloat(c)] AS catN, toFloat(f.n) AS n, f.sum AS sum,
       f.sumSq AS sumSq

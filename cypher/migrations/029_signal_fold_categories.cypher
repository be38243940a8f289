// Folded categorical and boolean aggregates hold all their categories in one node per bucket and signal
// (shard -1, category '', catNames/catN; src/domain/signals/fold.ts): a bucket's folded aggregates kept
// one node per category (shard -1, no catNames) are summed into that one and deleted. Only nodes
// without catNames are read, so running this again changes nothing.
MATCH (a:SignalAggregate)
USING INDEX a:SignalAggregate(shard, start)
WHERE a.shard = -1 AND a.start IS NOT NULL AND a.catNames IS NULL AND a.type IN ['CATEGORICAL', 'BOOLEAN']
WITH a.subject AS subject, a.width AS width, a.start AS start, a.signal AS signal, collect(a) AS parts
CALL (subject, width, start, signal, parts) {
  MERGE (f:SignalAggregate {subject: subject, width: width, start: start, signal: signal, shard: -1, category: ''})
  WITH f, parts, f.catNames IS NOT NULL AS held
  WITH f, parts, held,
       CASE WHEN held THEN [j IN range(0, size(f.catNames) - 1) | [f.catNames[j], f.catN[j]]] ELSE [] END
         + [p IN parts | [p.category, p.n]] AS pairs,
       CASE WHEN held THEN f.sum ELSE 0.0 END + reduce(s = 0.0, p IN parts | s + p.sum) AS total,
       CASE WHEN held THEN f.sumSq ELSE 0.0 END + reduce(s = 0.0, p IN parts | s + p.sumSq) AS totalSq,
       head(parts).type AS type
  CALL (pairs) {
    UNWIND pairs AS pair
    WITH pair[0] AS name, sum(pair[1]) AS n
    ORDER BY name
    RETURN collect(name) AS names, collect(n) AS counts
  }
  FOREACH (p IN [x IN parts WHERE x <> f] | DELETE p)
  SET f.type = type, f.catNames = names, f.catN = counts, f.n = reduce(s = 0, c IN counts | s + c), f.sum = total, f.sumSq = totalSq
} IN TRANSACTIONS OF 2000 ROWS;

// Takes what signal-fold-lock.cypher locked (same transaction), one row per node with its sums; the
// caller adds them to the key's folded aggregate (shard -1) with signal-aggregates-add.cypher in the
// same transaction. Settled tombstones are deleted. Shards are not deleted but emptied and moved aside
// to a tombstone key ($tombstone - shard: the fold's time is in it): a writer that found a shard before this commits may be
// waiting for its lock, and then adds to the node it found; in a tombstone that addition still counts
// (readers sum every node of a key), where in a deleted node it would fail. A later fold, once the
// tombstone has settled, folds whatever it holds and deletes it.
UNWIND $keys AS k
MATCH (a:SignalAggregate)
USING INDEX a:SignalAggregate(subject, width, start, signal, shard, category)
WHERE a.subject = k.subject AND a.width = $width AND a.start = k.start AND a.signal = k.signal
  AND a.shard IS NOT NULL AND (a.shard >= 0 OR -2 >= a.shard >= $settledFrom) AND a.category = k.category
WITH a, a.shard >= 0 AS isShard, a.subject AS subject, toFloat(a.start) AS start, a.signal AS signal, a.category AS category, a.type AS type,
     toFloat(a.n) AS n, a.sum AS sum, a.sumSq AS sumSq, a.binSpec AS binSpec,
     [i IN coalesce(a.binIdx, []) | toFloat(i)] AS binIdx, [c IN coalesce(a.binN, []) | toFloat(c)] AS binN
CALL (a, isShard) {
  WITH a WHERE isShard
  SET a.shard = $tombstone - a.shard, a.n = 0, a.sum = 0.0, a.sumSq = 0.0,
      a.binIdx = CASE WHEN a.binIdx IS NULL THEN null ELSE [] END, a.binN = CASE WHEN a.binN IS NULL THEN null ELSE [] END
}
CALL (a, isShard) {
  WITH a WHERE NOT isShard
  DELETE a
}
RETURN subject, start, signal, category, type, n, sum, sumSq, binSpec, binIdx, binN

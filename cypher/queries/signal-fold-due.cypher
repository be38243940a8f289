// The aggregate keys (subject, width, bucket start, signal, category) the fold folds next, of the
// subjects $subjects (null: every subject), at most $max: those with shards (shard >= 0) in buckets that
// ended by $closedBy (epoch ms), and those with settled tombstones (shards an earlier fold emptied and
// moved aside, shard from $settledFrom to -2; src/domain/signals/fold.ts). Seeks on the unfolded-aggregate
// index (migration 026); the folded aggregates (shard -1) are never read.
CALL () {
  MATCH (a:SignalAggregate)
  USING INDEX a:SignalAggregate(shard, start)
  WHERE a.shard >= 0 AND a.start < $closedBy
  WITH a
  WHERE a.start + a.width <= $closedBy
  RETURN a
  UNION
  MATCH (a:SignalAggregate)
  USING INDEX a:SignalAggregate(shard, start)
  WHERE -2 >= a.shard >= $settledFrom AND a.start IS NOT NULL
  RETURN a
}
WITH a
WHERE $subjects IS NULL OR a.subject IN $subjects
RETURN DISTINCT a.subject AS subject, toFloat(a.width) AS width, toFloat(a.start) AS start, a.signal AS signal, a.category AS category
LIMIT $max

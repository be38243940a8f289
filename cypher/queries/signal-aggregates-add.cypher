// Adds a batch's sums to its signal aggregates (one row per subject, bucket, signal and category,
// sorted by that key so that concurrent writers lock in one order), on the shard the batch drew.
// Histogram bins add position by position; every aggregate of one signal has the same bins.
UNWIND $deltas AS d
MERGE (a:SignalAggregate {subject: d.subject, width: $width, start: d.start, signal: d.signal, shard: $shard, category: d.category})
  ON CREATE SET a.type = d.type, a.n = d.n, a.sum = d.sum, a.sumSq = d.sumSq, a.bins = d.bins, a.binSpec = d.binSpec
  ON MATCH SET a.n = a.n + d.n, a.sum = a.sum + d.sum, a.sumSq = a.sumSq + d.sumSq,
    a.bins = CASE WHEN d.bins IS NULL THEN a.bins ELSE [i IN range(0, size(d.bins) - 1) | a.bins[i] + d.bins[i]] END
RETURN count(a) AS aggregates

// Adds a batch's sums to its signal aggregates (one row per subject, bucket, signal and category,
// sorted by that key so that concurrent writers lock in one order), on the shard the batch drew.
// Histograms are kept sparse: binIdx lists the non-empty bins, binN their counts (same positions);
// every aggregate of one signal has the same bins. A delta's counts add to the bins already there
// (looked up by index in d.binAt), and its other bins are appended. binN is set before binIdx, so it
// reads the bins as they were.
UNWIND $deltas AS d
MERGE (a:SignalAggregate {subject: d.subject, width: $width, start: d.start, signal: d.signal, shard: $shard, category: d.category})
  ON CREATE SET a.type = d.type, a.n = d.n, a.sum = d.sum, a.sumSq = d.sumSq, a.binIdx = d.binIdx, a.binN = d.binN,
    a.binSpec = d.binSpec
  ON MATCH SET a.n = a.n + d.n, a.sum = a.sum + d.sum, a.sumSq = a.sumSq + d.sumSq,
    a.binN = CASE WHEN d.binIdx IS NULL THEN a.binN
                  ELSE [k IN range(0, size(a.binIdx) - 1) | a.binN[k] + coalesce(d.binAt[toString(a.binIdx[k])], 0)]
                       + [i IN d.binIdx WHERE NOT i IN a.binIdx | d.binAt[toString(i)]] END,
    a.binIdx = CASE WHEN d.binIdx IS NULL THEN a.binIdx ELSE a.binIdx + [i IN d.binIdx WHERE NOT i IN a.binIdx] END
RETURN count(a) AS aggregates

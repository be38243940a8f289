// Signal aggregates kept every histogram bin (`bins`, 50 to 243 counts, nearly all zero); they now
// keep the non-empty ones: `binIdx` (their indices) and `binN` (their counts, same positions), which
// signal-aggregates-add.cypher adds to and signal-buckets.cypher reads. Only aggregates that still
// have `bins`, so running this again changes nothing.
MATCH (a:SignalAggregate)
WHERE a.bins IS NOT NULL
CALL (a) {
  WITH a, [i IN range(0, size(a.bins) - 1) WHERE a.bins[i] <> 0] AS idx
  SET a.binIdx = idx, a.binN = [i IN idx | a.bins[i]]
  REMOVE a.bins
} IN TRANSACTIONS OF 10000 ROWS;

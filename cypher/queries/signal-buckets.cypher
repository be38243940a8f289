// The aggregates of some subjects, each over its own range of bucket starts [from, to), every shard
// and category, optionally only some signals. One index seek per range (the aggregate key's order);
// the caller bounds the number of buckets a range spans.
UNWIND $ranges AS r
MATCH (a:SignalAggregate)
WHERE a.subject = r.subject AND a.width = $width AND a.start >= r.from AND a.start < r.to
  AND ($signals IS NULL OR a.signal IN $signals)
RETURN a.subject AS subject, a.start AS start, a.signal AS signal, a.type AS type, a.category AS category,
       a.n AS n, a.sum AS sum, a.sumSq AS sumSq, a.bins AS bins, a.binSpec AS binSpec

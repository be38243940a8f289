// The aggregates of some subjects, each over its own range of bucket starts [from, to), every shard
// and category, optionally only some signals. One seek per range on the aggregate key's index
// (equality on subject and width, a range on start; the existence predicates on the key's later
// properties let the composite index serve, and the hint keeps the planner from a label scan while
// the label is small). The caller bounds the number of buckets a range spans.
UNWIND $ranges AS r
MATCH (a:SignalAggregate)
USING INDEX a:SignalAggregate(subject, width, start, signal, shard, category)
WHERE a.subject = r.subject AND a.width = $width AND a.start >= r.from AND a.start < r.to
  AND a.signal IS NOT NULL AND a.shard IS NOT NULL AND a.category IS NOT NULL
  AND ($signals IS NULL OR a.signal IN $signals)
RETURN a.subject AS subject, a.start AS start, a.signal AS signal, a.type AS type, a.category AS category,
       a.n AS n, a.sum AS sum, a.sumSq AS sumSq, a.bins AS bins, a.binSpec AS binSpec

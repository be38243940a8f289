// The aggregates of some subjects, each over its own range of bucket starts [from, to), every shard
// and category, optionally only some signals. One seek per range on the aggregate key's index
// (equality on subject and width, a range on start; the existence predicates on the key's later
// properties let the composite index serve, and the hint keeps the planner from a label scan while
// the label is small). The caller bounds the number of buckets a range spans.
// One row of columns (AggregateColumns in src/domain/signals/queries.ts): entry i of every list is
// one aggregate, so nulls are coalesced (collect would drop them and shift the lists), and integers
// go out as floats (exact: bucket starts and counts are far below 2^53), which the driver decodes
// without boxing each one.
UNWIND $ranges AS r
MATCH (a:SignalAggregate)
USING INDEX a:SignalAggregate(subject, width, start, signal, shard, category)
WHERE a.subject = r.subject AND a.width = $width AND a.start >= r.from AND a.start < r.to
  AND a.signal IS NOT NULL AND a.shard IS NOT NULL AND a.category IS NOT NULL
  AND ($signals IS NULL OR a.signal IN $signals)
RETURN collect(a.subject) AS subjects, collect(toFloat(a.start)) AS starts, collect(a.signal) AS signals,
       collect(a.type) AS types, collect(a.category) AS categories, collect(toFloat(a.n)) AS ns,
       collect(a.sum) AS sums, collect(a.sumSq) AS sumSqs, collect(coalesce(a.binSpec, '')) AS binSpecs,
       collect([i IN coalesce(a.binIdx, []) | toFloat(i)]) AS binIdx, collect([c IN coalesce(a.binN, []) | toFloat(c)]) AS binN

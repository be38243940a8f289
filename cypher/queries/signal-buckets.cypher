// The aggregates of some subjects, each over its own range of bucket starts [from, to), every shard
// and category, optionally only some signals. One seek per range on the aggregate key's index
// (equality on subject and width, a range on start; the existence predicates on the key's later
// properties let the composite index serve, and the hint keeps the planner from a label scan while
// the label is small). The caller bounds the number of buckets a range spans.
// One row per subject and signal (AggregateSeries in src/domain/signals/queries.ts), its aggregates as
// columns: entry i of every list is one aggregate, so nulls are coalesced (collect would drop them and
// shift the lists), and integers go out as floats (exact: bucket starts and counts are far below 2^53),
// which the driver decodes without boxing each one. The names (subject, signal, type, bins) go out once
// per series instead of once per aggregate. A folded categorical or boolean aggregate holds all its
// categories (catNames, catN: parallel lists; src/domain/signals/fold.ts), which the reader counts; on
// any other aggregate both are empty.
UNWIND $ranges AS r
MATCH (a:SignalAggregate)
USING INDEX a:SignalAggregate(subject, width, start, signal, shard, category)
WHERE a.subject = r.subject AND a.width = $width AND a.start >= r.from AND a.start < r.to
  AND a.signal IS NOT NULL AND a.shard IS NOT NULL AND a.category IS NOT NULL
  AND ($signals IS NULL OR a.signal IN $signals)
RETURN a.subject AS subject, a.signal AS signal, a.type AS type, coalesce(a.binSpec, '') AS binSpec,
       collect(toFloat(a.start)) AS starts, collect(a.category) AS categories, collect(toFloat(a.n)) AS ns,
       collect(a.sum) AS sums, collect(a.sumSq) AS sumSqs,
       collect([i IN coalesce(a.binIdx, []) | toFloat(i)]) AS binIdx, collect([c IN coalesce(a.binN, []) | toFloat(c)]) AS binN,
       collect(coalesce(a.catNames, [])) AS catNames, collect([c IN coalesce(a.catN, []) | toFloat(c)]) AS catN

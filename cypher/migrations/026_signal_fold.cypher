// Folding closed signal buckets (src/domain/signals/fold.ts): a bucket's shards (shard 0 to 7) are
// summed into one aggregate with shard -1 once the bucket has closed, and deleted. The fold finds the
// shards still to fold by this index: a range on shard (>= 0) and on start, so it reads the few unfolded
// aggregates (the open buckets and late arrivals), not every aggregate ever kept.
CREATE INDEX signal_aggregate_unfolded IF NOT EXISTS FOR (a:SignalAggregate) ON (a.shard, a.start);

// Signal aggregates (src/domain/signals/aggregates.ts): one node per subject (a release, or a system
// for system-wide KPIs), bucket width, bucket start, signal, shard and category, added to in the
// writing transaction. The key's order serves the reads (signal-buckets.cypher): equality on subject
// and width, a range on start, every signal of those buckets.
CREATE CONSTRAINT signal_aggregate_key IF NOT EXISTS
FOR (a:SignalAggregate) REQUIRE (a.subject, a.width, a.start, a.signal, a.shard, a.category) IS UNIQUE;

// Each release's invocations, outputs and decisions, counted per time bucket at write time
// (invocations-record.cypher), so impact() reads counts instead of walking outputs. The widths are
// COUNT_BUCKET_WIDTHS_MS in src/domain/impact/counts.ts (a unit test keeps them equal).
CREATE CONSTRAINT impact_count_bucket IF NOT EXISTS FOR (c:ImpactCount) REQUIRE (c.release, c.width, c.start) IS UNIQUE;
// Counts what was recorded before this migration, from scratch (so running it again gives the same
// counts), one release per transaction to stay within the transaction memory limit.
MATCH (c:ImpactCount) CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS;
MATCH (r:Release)
CALL (r) {
  MATCH (i:Node)
  WHERE i.kind = 'Invocation' AND i.parent = r.id AND i.createdAt IS NOT NULL
  WITH i.createdAt.epochMillis AS ms,
       COUNT { (o:Output)-[:WAS_GENERATED_BY]->(i) } AS outputs,
       COUNT { (o:Output)-[:WAS_GENERATED_BY]->(i) WHERE o.outputKind = 'DECISION' } AS decisions
  UNWIND [1099511627776, 34359738368, 1073741824, 33554432] AS width
  WITH width, ms - ((ms % width) + width) % width AS start, count(*) AS invocations, sum(outputs) AS outputs, sum(decisions) AS decisions
  CREATE (:ImpactCount {release: r.id, width: width, start: start, invocations: invocations, outputs: outputs, decisions: decisions})
} IN TRANSACTIONS OF 1 ROW;

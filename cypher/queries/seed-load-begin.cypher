// Written before the first step of a load: a graph holding this node without finishedAt holds an
// unfinished demo. Day 0 is kept from the first attempt, so completing the load replays the same history.
MERGE (s:SeedLoad {prefix: $prefix})
  ON CREATE SET s.start = $start, s.startedAt = $now
RETURN s.start AS start

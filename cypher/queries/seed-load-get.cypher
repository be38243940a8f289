// The load of the demo organisation under a key prefix ('' for the demo itself), if one began:
// its simulated day 0, when it began and, once every step ran, when it finished.
MATCH (s:SeedLoad {prefix: $prefix})
RETURN s.start AS start, s.startedAt AS startedAt, s.finishedAt AS finishedAt

// Written after the last step of a load: the demo under this prefix is complete.
MATCH (s:SeedLoad {prefix: $prefix})
SET s.finishedAt = $now
RETURN s.finishedAt AS finishedAt

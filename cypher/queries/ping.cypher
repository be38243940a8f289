// A trivial query: answers when the database is reachable (the availability probe).
RETURN 1 AS ok

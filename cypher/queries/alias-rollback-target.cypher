// Over the alias's whole move history (through the (parent) index, no traversal): the release a
// rollback returns to, which is the one its most recent move pointed at that is neither the current
// release nor one the alias was ever rolled back from (a known-bad release); and whether $to, when
// given, is a release the alias ever served.
MATCH (m:Node {parent: $alias})
WHERE m.kind = 'AliasMove'
WITH collect(CASE WHEN m.moveKind = 'ROLLBACK' THEN m.fromRelease END) AS rolledBackFrom, collect(m.toRelease) AS served
OPTIONAL MATCH (c:Node {parent: $alias})
WHERE c.kind = 'AliasMove' AND c.toRelease <> $current AND NOT c.toRelease IN rolledBackFrom
WITH served, c
ORDER BY c.seq DESC
LIMIT 1
RETURN c.toRelease AS target, $to IS NOT NULL AND $to IN served AS toServed

// Jobs and datasets kept their facets twice: `facets` (the values) and `facetsView` (the values again,
// each with the event time of its report). Ingest now keeps the values once and the times apart, in
// `facetTimes` (JSON, facet name to time), and rewrites the values only when one changes. Only nodes
// that still have a facetsView, so running this again changes nothing.
MATCH (n:LineageDataset|LineageJob)
WHERE n.facetsView IS NOT NULL
CALL (n) {
  WITH n, apoc.convert.fromJsonMap(n.facetsView) AS view
  WITH n, view, apoc.coll.sort(keys(view)) AS names
  SET n.facetTimes = CASE WHEN size(names) = 0 THEN null
                          ELSE '{' + apoc.text.join([name IN names | apoc.convert.toJson(name) + ':' + apoc.convert.toJson(view[name].time)], ',') + '}' END
  REMOVE n.facetsView
} IN TRANSACTIONS OF 10000 ROWS;

// Full-text search over the searchable kinds' searchText (src/domain/search/search-text.ts); $text is
// built in code (src/domain/search/lucene.ts), with the caller's clearance and the kinds asked for.
CALL db.index.fulltext.queryNodes('node_search', $text, {limit: $limit})
YIELD node, score
RETURN node AS n, score

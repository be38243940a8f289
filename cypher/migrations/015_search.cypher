// Search finds every kind a person names (src/domain/search/search-text.ts): by `searchText`, the words
// of a node's name, namespace, title, description, email, run id and job name, split at every character
// that is neither a letter nor a digit, so the pieces of `dbt_test.main.customer_analytics` are words.
// The index also holds `classification` and `kind`, so a query leaves out, inside the index, what the
// caller may not see and the kinds not asked for. It replaces node_text (names and descriptions of
// fewer kinds, with no splitting).
DROP INDEX node_text IF EXISTS;
// Nodes written before the write path set searchText: the same fields, order and pattern as
// searchText() in search-text.ts. Only nodes without it, so running this again changes nothing.
MATCH (n:Dataset|Prompt|Model|RetrievalConfig|System|Document|DocumentVersion|UseCase|Person|Team|ServiceAccount|LineageDataset|LineageDatasetVersion|LineageJob|LineageRun)
WHERE n.searchText IS NULL
CALL (n) {
  SET n.searchText = trim(apoc.text.replace(
    reduce(s = '', f IN [n.namespace, n.name, n.title, n.description, n.email, n.runId, n.jobNamespace, n.jobName] | s + ' ' + coalesce(f, '')),
    '[^\\p{L}\\p{N}]+', ' '))
} IN TRANSACTIONS OF 10000 ROWS;
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Dataset|Prompt|Model|RetrievalConfig|System|Document|DocumentVersion|UseCase|Person|Team|ServiceAccount|LineageDataset|LineageDatasetVersion|LineageJob|LineageRun)
ON EACH [n.searchText, n.classification, n.kind]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CALL db.awaitIndex('node_search', 300);

import type { NodeType } from '../kinds.js';

/**
 * What full-text search finds, and by which words. Every node of a searchable kind carries
 * `searchText`: the values of its searched fields with every run of characters that are neither
 * letters nor digits replaced by one space. Lucene's standard tokenizer keeps
 * `dbt_test.main.customer_analytics` as one term (it joins across `_`, and across `.` between
 * letters), so its pieces would not be found; split here first, each piece is a term.
 * cypher/migrations/015_search.cypher fills in the same text for nodes written before it, with the
 * same fields in the same order and the same pattern (a test compares the two).
 */

/** The kinds search finds (the node_search index's labels). */
export const SEARCHABLE_KINDS = [
  'Dataset',
  'Prompt',
  'Model',
  'RetrievalConfig',
  'System',
  'Document',
  'DocumentVersion',
  'UseCase',
  'Person',
  'Team',
  'ServiceAccount',
  'LineageDataset',
  'LineageDatasetVersion',
  'LineageJob',
  'LineageRun',
] as const satisfies readonly NodeType[];

export type SearchableKind = (typeof SEARCHABLE_KINDS)[number];

export const isSearchable = (kind: string): kind is SearchableKind => SEARCHABLE_KINDS.some((k) => k === kind);

/** The properties whose words are searched, in the order the text joins them; a kind has the ones it has. */
export const SEARCHED_FIELDS = ['namespace', 'name', 'title', 'description', 'email', 'runId', 'jobNamespace', 'jobName'] as const;

export type SearchedFields = Partial<Record<(typeof SEARCHED_FIELDS)[number], unknown>>;

/** Runs of characters that separate words: anything but letters and digits, in any script. */
export const WORD_BREAK = /[^\p{L}\p{N}]+/gu;

/** The searchable words of a node's fields (see above); an absent or non-text field adds nothing. */
export function searchText(fields: SearchedFields): string {
  return SEARCHED_FIELDS.map((f) => (typeof fields[f] === 'string' ? fields[f] : ''))
    .join(' ')
    .replace(WORD_BREAK, ' ')
    .trim();
}

/** A node's properties with its searchText added, when its kind is searchable. */
export function withSearchText<P extends Record<string, unknown>>(kind: string, props: P): P & { searchText?: string } {
  return isSearchable(kind) ? { ...props, searchText: searchText(props) } : props;
}

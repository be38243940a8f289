import { hiddenClassifications } from '../permissions/clearance.js';
import type { Principal } from '../permissions/principal.js';
import { WORD_BREAK, type SearchableKind } from './search-text.js';

/** Lucene treats these as syntax; a person's search words should match literally. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function literalLuceneQuery(text: string): string {
  // Lower case: Lucene reads upper-case AND, OR, NOT and TO as operators (the index lower-cases terms anyway).
  return text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .split(/\s+/)
    .filter(Boolean)
    .join(' AND ');
}

/**
 * The words of a search as Lucene clauses over `searchText`, split as search-text.ts splits what it
 * indexes: each whitespace-separated word must match, and a word with pieces (`customer_analytics`,
 * `main.orders`) matches those pieces side by side, as a phrase. Pieces are letters and digits only,
 * so nothing a person types reaches the parser as syntax. Null when the text has no letter or digit.
 */
export function searchWordsClause(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((word) => word.split(WORD_BREAK).filter(Boolean).map(literalLuceneQuery))
    .filter((pieces) => pieces.length > 0);
  if (words.length === 0) return null;
  return `searchText:(${words.map((p) => (p.length === 1 ? p[0] : `"${p.join(' ')}"`)).join(' AND ')})`;
}

/**
 * The whole query: the words, then only nodes the principal is cleared for (the clearance rule,
 * permissions/clearance.ts, decides which classifications are hidden; the service drops any hit the
 * rule hides that the index let through, such as an unclassified OpenLineage node),
 * then only the kinds asked for (each once, however often it is named). Filtering inside the index keeps a page full of hits the caller may
 * see, so hidden nodes neither show nor crowd visible ones out.
 */
export function searchQuery(principal: Principal, words: string, kinds: readonly SearchableKind[] | null): string {
  const hidden = hiddenClassifications(principal);
  return [
    words,
    ...(hidden.length > 0 ? [`NOT classification:(${hidden.map(literalLuceneQuery).join(' OR ')})`] : []),
    ...(kinds && kinds.length > 0 ? [`kind:(${[...new Set(kinds)].map(literalLuceneQuery).join(' OR ')})`] : []),
  ].join(' AND ');
}

import { literalLuceneQuery } from '../search/lucene.js';

/** Most words of a question that go into the full-text query (Lucene caps boolean clauses). */
export const MAX_QUERY_TERMS = 64;

/**
 * The full-text side of a question as a Lucene query that cannot be misread as syntax: the words
 * (runs of letters and digits, any script), each escaped, any of them matching (OR), so a question
 * finds passages that share its words. Null when the text has no words (only punctuation or
 * operators): such a query matches nothing rather than failing to parse.
 */
export function passageQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_QUERY_TERMS);
  if (words.length === 0) return null;
  return words.map(literalLuceneQuery).join(' OR ');
}

/** True when the text has something to search for. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

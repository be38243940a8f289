import { intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext } from '../context.js';
import { invalid } from '../errors.js';
import { DEFAULT_PAGE, pageSize } from '../paging.js';
import { searchQueries } from './queries.js';
import { toNode, type StoredNode } from '../nodes/types.js';
import { searchQuery, searchWordsClause } from './lucene.js';
import { isSearchable, type SearchableKind } from './search-text.js';

/** The most characters a search may hold. */
export const SEARCH_TEXT_MAX = 200;

export interface SearchHit {
  node: StoredNode;
  kind: SearchableKind;
  score: number;
}

/**
 * Finds nodes of the searchable kinds (search-text.ts) by the words of their names, namespaces,
 * titles and descriptions, best first, at most `first`. Nodes above the caller's clearance are not
 * found at all: a redacted hit would still tell that a hidden node holds the words.
 */
export async function search(
  ctx: DomainContext,
  text: string,
  first = DEFAULT_PAGE,
  kinds: readonly SearchableKind[] | null = null,
): Promise<SearchHit[]> {
  authorize(ctx.principal, 'catalog.read');
  const limit = pageSize(first);
  if (text.length > SEARCH_TEXT_MAX) throw invalid('text', `give at most ${SEARCH_TEXT_MAX} characters to search for.`);
  const words = searchWordsClause(text);
  if (words === null) throw invalid('text', 'give at least one letter or digit to search for.');
  const rows = await ctx.db.readQuery(searchQueries.search, {
    text: searchQuery(ctx.principal, words, kinds),
    limit: intParam(limit),
  });
  // The index already left out what the caller may not see; the shared redaction rule has the last word.
  return rows.flatMap((r) => {
    const node = toNode(redact(ctx.principal, r.n));
    return !node.redacted && isSearchable(node.kind) ? [{ node, kind: node.kind, score: r.score }] : [];
  });
}

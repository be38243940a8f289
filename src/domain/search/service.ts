import { intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { DEFAULT_PAGE, pageSize } from '../paging.js';
import { searchQueries } from './queries.js';
import { toNode, type StoredNode } from '../nodes/types.js';

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

export interface SearchHit {
  node: StoredNode;
  score: number;
}

/** Finds datasets, prompts, models, systems, use cases and agents by words in their name or description. */
export async function search(ctx: DomainContext, text: string, first = DEFAULT_PAGE): Promise<SearchHit[]> {
  authorize(ctx.principal, 'catalog.read');
  const words = text.trim();
  if (words.length === 0 || words.length > 200) {
    throw new DomainError('VALIDATION', 'text: give 1 to 200 characters to search for.', { field: 'text' });
  }
  const rows = await ctx.db.readQuery(searchQueries.search, { text: literalLuceneQuery(words), limit: intParam(pageSize(first)) });
  return rows.map((r) => ({ node: toNode(redact(ctx.principal, r.n)), score: r.score }));
}

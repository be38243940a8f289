import { DomainError } from '../domain/errors.js';
import type { Page, PageArgs } from '../domain/paging.js';
import { builder } from './builder.js';
import { DateTime } from './scalars.js';

interface RelayArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Lists page forward, newest first; backward arguments get a clear refusal instead of a silent ignore. */
export function forwardArgs(args: RelayArgs): PageArgs {
  if (args.last != null || args.before != null) {
    throw new DomainError('VALIDATION', 'last/before: lists page forward from the newest item; use first/after.', { field: 'last' });
  }
  return { first: args.first, after: args.after };
}

/** A domain page, in the shape of a Relay connection. */
export function toConnection<N>(page: Page<N>) {
  const edges = page.items;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Filters every list accepts. */
export const TimeWindow = builder.inputType('TimeWindow', {
  description: 'Restricts a list to nodes recorded in [createdAfter, createdBefore).',
  fields: (t) => ({
    createdAfter: t.field({ type: DateTime }),
    createdBefore: t.field({ type: DateTime }),
  }),
});

export function windowArgs(w: { createdAfter?: Date | null; createdBefore?: Date | null } | null | undefined) {
  return { createdAfter: w?.createdAfter ?? null, createdBefore: w?.createdBefore ?? null };
}

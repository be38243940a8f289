import { DEFAULT_PAGE } from '../domain/paging.js';
import { SEARCHABLE_KINDS } from '../domain/search/search-text.js';
import { search, SEARCH_TEXT_MAX, type SearchHit } from '../domain/search/service.js';
import { builder } from './builder.js';
import { Recorded } from './node-type.js';

const SearchKind = builder.enumType('SearchKind', {
  values: SEARCHABLE_KINDS,
  description: 'A kind of node that search finds.',
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  fields: (t) => ({
    node: t.field({ type: Recorded, nullable: false, resolve: (h) => h.node }),
    kind: t.field({ type: SearchKind, nullable: false, description: 'What kind of node was found.', resolve: (h) => h.kind }),
    score: t.exposeFloat('score', { nullable: false, description: 'Relevance; higher is better.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    nullable: false,
    description:
      'Datasets, prompts, models, retrieval configs, systems, documents (name, or a version by title), use cases, people, ' +
      'teams, service accounts, and OpenLineage datasets, dataset versions, jobs and runs (namespace, name, run id), best ' +
      'first, whose words contain every word of `text`. A word with punctuation matches its pieces side by side: ' +
      `"customer_analytics" finds dbt_test.main.customer_analytics. Text is matched literally (1 to ${SEARCH_TEXT_MAX} ` +
      'characters, at least one letter or digit). Nodes above your clearance are not found.',
    args: {
      text: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: DEFAULT_PAGE }),
      kinds: t.arg({ type: [SearchKind], description: 'Only these kinds (default: every kind).' }),
    },
    resolve: (_, args, ctx) => search(ctx.domain, args.text, args.first ?? undefined, args.kinds ?? null),
  }),
);

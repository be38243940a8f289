import { DEFAULT_PAGE } from '../domain/paging.js';
import { search, type SearchHit } from '../domain/search/service.js';
import { builder } from './builder.js';
import { Recorded } from './node-type.js';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  fields: (t) => ({
    node: t.field({ type: Recorded, nullable: false, resolve: (h) => h.node }),
    score: t.exposeFloat('score', { nullable: false, description: 'Relevance; higher is better.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    nullable: false,
    description:
      'Datasets, prompts, models, retrieval configs, systems, use cases and agents whose name or description contains every word.',
    args: { text: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: DEFAULT_PAGE }) },
    resolve: (_, args, ctx) => search(ctx.domain, args.text, args.first ?? undefined),
  }),
);

import { DEFAULT_PAGE } from '../domain/paging.js';
import { search } from '../domain/search/service.js';
import { builder } from './builder.js';
import { Recorded, type NodeRow } from './node-type.js';

const SearchHit = builder.objectRef<{ node: Record<string, unknown>; score: number }>('SearchHit').implement({
  fields: (t) => ({
    node: t.field({ type: Recorded, nullable: false, resolve: (h) => h.node as NodeRow }),
    score: t.exposeFloat('score', { nullable: false, description: 'Relevance; higher is better.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    nullable: false,
    description:
      'Datasets, prompts, models, retrieval configs, systems, use cases and agents whose name or description contains every word.',
    args: { text: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: DEFAULT_PAGE }) },
    resolve: (_, args, ctx) => search(ctx.domain, args.text, args.first ?? undefined),
  }),
);

import { lineageAsProv, provenanceAsProv, serialise, type ProvExport, type ProvFormat } from '../domain/prov/export.js';
import { builder } from './builder.js';
import { PROVENANCE_COST, priced } from './cost.js';
import { LINEAGE_PRICE, lineageArgs } from './lineage.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

const Format = builder.enumType('ProvFormat', {
  values: {
    PROV_JSON: { value: 'json', description: 'PROV-JSON (application/json).' },
    PROV_N: { value: 'provn', description: 'PROV-N (text/provenance-notation).' },
  } satisfies Record<string, { value: ProvFormat; description: string }>,
});

const MEDIA_TYPES: Record<ProvFormat, string> = { json: 'application/json', provn: 'text/provenance-notation' };

type Exported = ProvExport & { format: ProvFormat };

const RecordCount = builder.objectRef<{ kind: string; count: number }>('ProvRecordCount').implement({
  fields: (t) => ({ kind: t.exposeString('kind', { nullable: false }), count: t.exposeInt('count', { nullable: false }) }),
});

const ProvDocumentRef = builder.objectRef<Exported>('ProvDocument').implement({
  description: 'A lineage or provenance answer as a W3C PROV document (the same answer, asOf and redaction as the GraphQL field).',
  fields: (t) => ({
    format: t.field({ type: Format, nullable: false, resolve: (d) => d.format }),
    mediaType: t.string({ nullable: false, resolve: (d) => MEDIA_TYPES[d.format] }),
    document: t.string({ nullable: false, description: 'The serialised document.', resolve: (d) => serialise(d.document, d.format) }),
    records: t.field({
      type: [RecordCount],
      nullable: false,
      description: 'How many records of each kind (entity, activity, agent, used, wasGeneratedBy, …) it holds.',
      resolve: (d) =>
        Object.entries(d.counts)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, count]) => ({ kind, count })),
    }),
  }),
});

builder.queryFields((t) => ({
  lineageProv: t.field({
    type: ProvDocumentRef,
    nullable: false,
    description: 'The `lineage` answer with the same arguments, as a W3C PROV document (also: GET /prov/lineage).',
    args: { ...lineageArgs(t), format: t.arg({ type: Format, defaultValue: 'json' }) },
    extensions: LINEAGE_PRICE,
    resolve: async (_r, { format, ...args }, ctx) => ({ ...(await lineageAsProv(ctx.domain, args)), format: format ?? 'json' }),
  }),
  provenanceProv: t.field({
    type: ProvDocumentRef,
    nullable: false,
    description: 'The `provenance` answer of an output, as a W3C PROV document (also: GET /prov/provenance).',
    args: {
      outputId: t.arg.id({ required: true }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
      format: t.arg({ type: Format, defaultValue: 'json' }),
    },
    extensions: priced({ kind: 'fixed', price: PROVENANCE_COST }),
    resolve: async (_r, a, ctx) => ({
      ...(await provenanceAsProv(ctx.domain, String(a.outputId), a.asOf ?? null)),
      format: a.format ?? 'json',
    }),
  }),
}));

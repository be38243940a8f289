import type { DomainContext } from '../context.js';
import { lineage, type LineageArgs } from '../lineage/service.js';
import { provenance } from '../provenance/service.js';
import { provOfLineage, provOfProvenance } from './build.js';
import { toProvJson } from './json.js';
import { recordCounts, type ProvDocument } from './model.js';
import { toProvN } from './provn.js';

export type ProvFormat = 'json' | 'provn';

export interface ProvExport {
  document: ProvDocument;
  counts: Record<string, number>;
}

/** A lineage answer as PROV: the same call (bounds, asOf, redaction) as the GraphQL `lineage` field. */
export async function lineageAsProv(ctx: DomainContext, args: LineageArgs): Promise<ProvExport> {
  const document = await provOfLineage(ctx, await lineage(ctx, args));
  return { document, counts: recordCounts(document) };
}

/** A provenance answer (an output's bill of materials) as PROV, as the GraphQL `provenance` field answers it. */
export async function provenanceAsProv(ctx: DomainContext, outputId: string, asOf?: Date | null): Promise<ProvExport> {
  const document = await provOfProvenance(ctx, await provenance(ctx, outputId, asOf), asOf ?? null);
  return { document, counts: recordCounts(document) };
}

export function serialise(document: ProvDocument, format: ProvFormat): string {
  return format === 'json' ? JSON.stringify(toProvJson(document), null, 2) : toProvN(document);
}

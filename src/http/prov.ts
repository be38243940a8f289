import type { DomainContext } from '../domain/context.js';
import { DomainError, invalid } from '../domain/errors.js';
import type { Direction } from '../domain/lineage/service.js';
import { lineageAsProv, provenanceAsProv, serialise, type ProvFormat } from '../domain/prov/export.js';
import { isIsoInstant } from '../domain/validate.js';

export const PROV_LINEAGE_PATH = '/prov/lineage';
export const PROV_PROVENANCE_PATH = '/prov/provenance';
export const PROV_PATHS = [PROV_LINEAGE_PATH, PROV_PROVENANCE_PATH] as const;

const MEDIA_TYPE: Record<ProvFormat, string> = {
  json: 'application/json; charset=utf-8',
  provn: 'text/provenance-notation; charset=utf-8',
};
const EXTENSION: Record<ProvFormat, string> = { json: 'json', provn: 'provn' };
const DIRECTIONS: Direction[] = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'];

function required(url: URL, name: string): string {
  const value = url.searchParams.get(name);
  if (value === null || value === '') throw invalid(name, 'is required.');
  return value;
}

function optionalInt(url: URL, name: string): number | null {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return null;
  if (!/^\d{1,9}$/.test(value)) throw invalid(name, 'must be a whole number.');
  return Number(value);
}

function asOfOf(url: URL): Date | null {
  const value = url.searchParams.get('asOf');
  if (value === null || value === '') return null;
  if (!isIsoInstant(value)) throw invalid('asOf', 'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-23T10:00:00Z');
  return new Date(value);
}

function formatOf(url: URL): ProvFormat {
  const value = url.searchParams.get('format') ?? 'json';
  if (value !== 'json' && value !== 'provn') throw invalid('format', 'must be "json" (PROV-JSON) or "provn" (PROV-N).');
  return value;
}

/**
 * `GET /prov/lineage?id=…[&direction&depth&maxNodes&asOf&format]` and `GET /prov/provenance?outputId=…[&asOf&format]`:
 * the lineage or provenance answer as a PROV-JSON or PROV-N download, computed exactly as GraphQL does.
 */
export async function getProv(ctx: DomainContext, path: (typeof PROV_PATHS)[number], url: URL): Promise<Response> {
  const format = formatOf(url);
  const asOf = asOfOf(url);
  let subject: string;
  let exported;
  if (path === PROV_LINEAGE_PATH) {
    subject = required(url, 'id');
    const direction = (url.searchParams.get('direction') ?? 'UPSTREAM').toUpperCase() as Direction;
    if (!DIRECTIONS.includes(direction))
      throw new DomainError('VALIDATION', `direction: must be one of ${DIRECTIONS.join(', ')}.`, { field: 'direction' });
    exported = await lineageAsProv(ctx, {
      id: subject,
      direction,
      depth: optionalInt(url, 'depth'),
      maxNodes: optionalInt(url, 'maxNodes'),
      asOf,
    });
  } else {
    subject = required(url, 'outputId');
    exported = await provenanceAsProv(ctx, subject, asOf);
  }
  const file = `${subject.replace(/[^A-Za-z0-9._-]+/g, '_')}.${EXTENSION[format]}`;
  return new Response(serialise(exported.document, format), {
    status: 200,
    headers: { 'content-type': MEDIA_TYPE[format], 'content-disposition': `attachment; filename="${file}"` },
  });
}

import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { ingestOpenLineage } from '../domain/openlineage/ingest.js';
import { readJsonBody } from './json-body.js';
import { jsonResponse } from './respond.js';

/** The path the OpenLineage clients append to their base URL (HttpTransport's default `endpoint`). */
export const OPENLINEAGE_PATH = '/api/v1/lineage';
/** The batch form of the spec's API (`POST /lineage/batch`: a JSON array of events). */
export const OPENLINEAGE_BATCH_PATH = '/api/v1/lineage/batch';

/** `POST /api/v1/lineage` (one event) and `POST /api/v1/lineage/batch` (an array): 200 with what was stored. */
export async function postLineage(ctx: DomainContext, request: Request, form: 'single' | 'batch', maxBodyBytes: number): Promise<Response> {
  const body = await readJsonBody(request, maxBodyBytes);
  if (form === 'batch' && !Array.isArray(body)) {
    throw new DomainError('VALIDATION', `events: ${OPENLINEAGE_BATCH_PATH} takes a JSON array of events.`, { field: 'events' });
  }
  if (form === 'single' && Array.isArray(body)) {
    throw new DomainError('VALIDATION', `event: ${OPENLINEAGE_PATH} takes one event; send arrays to ${OPENLINEAGE_BATCH_PATH}.`, {
      field: 'event',
    });
  }
  const result = await ingestOpenLineage(ctx, form === 'batch' ? (body as unknown[]) : [body], form);
  return jsonResponse(200, result);
}

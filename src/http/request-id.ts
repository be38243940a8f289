import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const MAX_REQUEST_ID = 100;
/** Printable ASCII only, so an echoed id can never split a header or a log line. */
const SAFE = /^[\x21-\x7e]+$/;

/** The client's request id when it sent a usable one, else a fresh one. */
export function requestIdFrom(sent: string | string[] | null | undefined): string {
  const value = Array.isArray(sent) ? sent[0] : sent;
  const trimmed = value?.trim().slice(0, MAX_REQUEST_ID);
  return trimmed && SAFE.test(trimmed) ? trimmed : randomUUID();
}

const ids = new WeakMap<Request, string>();

/**
 * The id of a request as the app sees it: the one the HTTP handler put in its header (already clean),
 * else (in process, through yoga.fetch) the client's cleaned or a fresh one; the same for every caller
 * of one request.
 */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (id === undefined) {
    id = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    ids.set(request, id);
  }
  return id;
}

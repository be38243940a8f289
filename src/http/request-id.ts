import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const MAX_REQUEST_ID = 100;
/** Printable ASCII only, so an echoed id can never split a header or a log line. */
const SAFE = /^[\x21-\x7e]+$/;

/** The id as sent, when it is usable: printable ASCII, trimmed, at most 100 characters. */
function usable(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim().slice(0, MAX_REQUEST_ID);
  return trimmed && SAFE.test(trimmed) ? trimmed : undefined;
}

/** The client's request id when it sent a usable one, else a fresh one. */
export function requestIdFrom(sent: string | string[] | undefined): string {
  return usable(Array.isArray(sent) ? sent[0] : sent) ?? randomUUID();
}

const made = new WeakMap<Request, string>();

/**
 * The id of a request as the app sees it: the one the HTTP handler put in its header (already
 * clean), else (in process, through yoga.fetch) a fresh one, the same for every caller of one request.
 */
export function requestIdOf(request: Request): string {
  const sent = usable(request.headers.get(REQUEST_ID_HEADER));
  if (sent !== undefined) return sent;
  let id = made.get(request);
  if (id === undefined) {
    id = randomUUID();
    made.set(request, id);
  }
  return id;
}

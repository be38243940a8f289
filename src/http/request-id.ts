import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const MAX_REQUEST_ID = 100;
/** Printable ASCII only, so an echoed id can never split a header or a log line. */
const SAFE = /^[\x21-\x7e]+$/;

/** The client's request id when it sent a usable one, else a fresh one. */
export function requestIdFrom(sent: string | string[] | undefined): string {
  const value = Array.isArray(sent) ? sent[0] : sent;
  const trimmed = value?.trim().slice(0, MAX_REQUEST_ID);
  return trimmed && SAFE.test(trimmed) ? trimmed : randomUUID();
}

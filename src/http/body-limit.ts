import { DomainError } from '../domain/errors.js';

export const payloadTooLarge = (maxBytes: number) =>
  new DomainError(
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than ${maxBytes} bytes, the limit of this server (PROVENANT_MAX_BODY_BYTES).`,
    {
      maxBytes,
    },
  );

/**
 * Whether the body must be counted as it is read: refused at once (413) when its declared
 * Content-Length exceeds `maxBytes`. A declared length needs no counting (the HTTP parser never
 * delivers more than it declares), nor does a request without a body.
 */
export function bodyNeedsCounting(request: Request, maxBytes: number): boolean {
  const header = request.headers.get('content-length');
  const declared = header === null ? Number.NaN : Number(header);
  if (Number.isFinite(declared)) {
    if (declared > maxBytes) throw payloadTooLarge(maxBytes);
    return false;
  }
  return request.body !== null;
}

/** The request with its body (sent without Content-Length, e.g. chunked) counted as it streams and buffered; 413 past `maxBytes`. */
export async function countedBody(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  return new Request(request.url, { method: request.method, headers, body: Buffer.concat(chunks) });
}

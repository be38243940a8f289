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
 * The request, refused when its body exceeds `maxBytes`. A declared Content-Length is checked
 * before reading, and the HTTP parser never delivers more than it declares, so such a request passes
 * through untouched; bodies without one (chunked) are counted as they stream and buffered.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Request> {
  const header = request.headers.get('content-length');
  const declared = header === null ? Number.NaN : Number(header);
  if (Number.isFinite(declared)) {
    if (declared > maxBytes) throw payloadTooLarge(maxBytes);
    return request;
  }
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

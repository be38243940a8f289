import { DomainError } from '../domain/errors.js';

export const payloadTooLarge = (maxBytes: number) =>
  new DomainError('PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes, the limit of this server (PROVENANT_MAX_BODY_BYTES).`, {
    maxBytes,
  });

/**
 * The request with its body read, refusing it once more than `maxBytes` have arrived. A declared
 * Content-Length over the limit is refused before reading; bodies without one (chunked) are counted
 * as they stream, so the limit holds whatever the headers say.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Request> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw payloadTooLarge(maxBytes);
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

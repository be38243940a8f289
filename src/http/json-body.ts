import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { DomainError } from '../domain/errors.js';
import { payloadTooLarge } from './body-limit.js';

const gunzipAsync = promisify(gunzip);

/**
 * A JSON request body, plain or `Content-Encoding: gzip` (as the OpenLineage clients send it). The
 * request guard has checked its media type and size; the inflated body is held to `maxBytes` too (a
 * small gzip bomb is still a 413).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const encoding = (request.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') {
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Encoding "${encoding.slice(0, 40)}" is not supported: send the body plain or gzip-compressed.`,
      { contentEncoding: encoding.slice(0, 40) },
    );
  }
  const raw = Buffer.from(await request.arrayBuffer());
  let bytes = raw;
  if (encoding === 'gzip') {
    try {
      bytes = await gunzipAsync(raw, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw payloadTooLarge(maxBytes);
      throw new DomainError('VALIDATION', 'The body is not valid gzip data (Content-Encoding: gzip).', { field: 'body' });
    }
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (err) {
    throw new DomainError('VALIDATION', `The body is not valid JSON: ${(err as Error).message}`, { field: 'body' });
  }
}

import { sha256 } from '../audit/hash.js';
import { nodeId } from '../ids.js';

/** How much of a name stays readable in a key; the hash after it keeps keys unique. */
const SLUG_MAX = 60;
const HASH_HEX = 12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A stable, collision-free key for an OpenLineage name: a readable slug of its parts (lower-case,
 * `/` between parts, anything outside a-z 0-9 . _ - becomes `-`, the tail kept when long) followed by
 * `-` and 12 hex digits of the SHA-256 of the exact parts. Two different names share a key only if
 * their hashes collide; the same name always gets the same key.
 */
export function olKey(...parts: string[]): string {
  const slug = parts
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-._]+|[-._]+$/g, ''),
    )
    .filter(Boolean)
    .join('/');
  const tail = slug.length > SLUG_MAX ? slug.slice(slug.length - SLUG_MAX).replace(/^[^a-z0-9]+/, '') : slug;
  const hash = sha256(JSON.stringify(parts)).slice(0, HASH_HEX);
  return tail ? `${tail}-${hash}` : hash;
}

export const jobId = (namespace: string, name: string) => nodeId('LineageJob', olKey(namespace, name));
export const datasetId = (namespace: string, name: string) => nodeId('LineageDataset', olKey(namespace, name));
export const eventId = (digest: string) => nodeId('LineageEvent', digest.slice(0, 32));

/** A canonical lower-case UUID is its own key (it can never look like slug-plus-hash); any other run id is slugged. */
export const runId = (id: string) => nodeId('LineageRun', UUID.test(id) ? id : olKey(id));

/** The last segment of a column id: readable field name plus hash, so names differing only in case stay apart. */
export const fieldKey = (field: string) => olKey(field);

/** A column of one dataset version: the version's key (`@n` as `.vn`), then the field's key. */
export const columnId = (versionId: string, field: string) =>
  nodeId('LineageColumn', `${versionId.slice(versionId.indexOf(':') + 1).replace('@', '.v')}/${fieldKey(field)}`);

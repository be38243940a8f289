import type { Row } from '../../db/database.js';
import { authorize } from '../permissions/permissions.js';
import type { DomainContext } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { requireId } from '../ids.js';
import { getNodes } from '../nodes/read.js';
import type { StoredNode } from '../nodes/types.js';
import { PIN_FIELDS, pinChanges, type PinChange } from './pins.js';
import { diffValue, sameValue, type DiffValue } from './values.js';

/**
 * Bookkeeping that differs between any two versions and says nothing about what changed. The digest
 * is a summary of the content: it is answered as `sameContent`, not listed as a change of its own.
 */
const IGNORED = new Set(['id', 'version', 'createdAt', 'createdBy', 'createdInRequest', 'kind', 'versionCount', 'redacted', 'digest']);

export interface FieldChange {
  field: string;
  /** The value in `a`, typed; null when absent. */
  before: DiffValue | null;
  after: DiffValue | null;
}

export interface Diff {
  a: StoredNode;
  b: StoredNode;
  kind: string;
  /** Both carry the same content digest: nothing of substance differs. */
  sameContent: boolean;
  /** Releases: the pinned versions that were added, removed or changed, per artifact. */
  pins: PinChange[];
  /** Every other field that differs. */
  changes: FieldChange[];
}

/** What differs between two releases, or two versions of one artifact family. */
export async function diff(ctx: DomainContext, a: string, b: string): Promise<Diff> {
  authorize(ctx.principal, 'lineage.read');
  const pa = requireId('a', a, 'Release', 'DatasetVersion', 'PromptVersion', 'ModelVersion', 'RetrievalConfigVersion');
  const pb = requireId('b', b, pa.type);
  const [nodeA, nodeB] = await getNodes(ctx, [a, b]);
  if (!nodeA) throw notFound(a);
  if (!nodeB) throw notFound(b);
  // Compared property by property, whatever their kind.
  const na: Row = nodeA;
  const nb: Row = nodeB;
  if (na.redacted || nb.redacted) {
    throw new DomainError('FORBIDDEN', `You are not cleared to compare ${na.redacted ? a : b}.`, { id: na.redacted ? a : b });
  }
  const isRelease = pb.type === 'Release';
  const skip = (f: string) => IGNORED.has(f) || (isRelease && f in PIN_FIELDS);
  const fields = [...new Set([...Object.keys(na), ...Object.keys(nb)])].filter((f) => !skip(f)).sort();
  const changes = fields
    .filter((field) => !sameValue(na[field], nb[field]))
    .map((field) => ({ field, before: diffValue(na[field]), after: diffValue(nb[field]) }));
  return {
    a: nodeA,
    b: nodeB,
    kind: pb.type,
    sameContent: na.digest !== undefined && na.digest !== null && na.digest === nb.digest,
    pins: isRelease ? pinChanges(na, nb) : [],
    changes,
  };
}

import type { Row } from '../../db/database.js';
import { authorize } from '../auth/permissions.js';
import type { DomainContext } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { requireId } from '../ids.js';
import { getNodes } from '../nodes/read.js';

/** Bookkeeping that differs between any two versions and says nothing about what changed. */
const IGNORED = new Set(['id', 'version', 'createdAt', 'createdBy', 'createdInRequest', 'kind', 'versionCount', 'redacted']);

export interface FieldChange {
  field: string;
  /** JSON of the value in `a`, or null when absent. */
  before: string | null;
  after: string | null;
}

export interface Diff {
  a: Row;
  b: Row;
  kind: string;
  changes: FieldChange[];
}

/** What differs between two releases, or two versions of one artifact family. */
export async function diff(ctx: DomainContext, a: string, b: string): Promise<Diff> {
  authorize(ctx.principal, 'lineage.read');
  const pa = requireId('a', a, 'Release', 'DatasetVersion', 'PromptVersion', 'ModelVersion', 'RetrievalConfigVersion');
  const pb = requireId('b', b, pa.type);
  const [na, nb] = await getNodes(ctx, [a, b]);
  if (!na) throw notFound(a);
  if (!nb) throw notFound(b);
  if (na.redacted || nb.redacted) {
    throw new DomainError('FORBIDDEN', `You are not cleared to compare ${na.redacted ? a : b}.`, { id: na.redacted ? a : b });
  }
  const fields = [...new Set([...Object.keys(na), ...Object.keys(nb)])].filter((f) => !IGNORED.has(f)).sort();
  const changes = fields
    .map((field) => ({ field, before: json(na[field]), after: json(nb[field]) }))
    .filter((c) => c.before !== c.after);
  return { a: na, b: nb, kind: pb.type, changes };
}

function json(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(v);
}

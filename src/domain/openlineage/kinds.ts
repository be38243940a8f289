import type { NodeType } from '../ids.js';
import type { Classification } from '../permissions/principal.js';

/** The kinds of node ingested from OpenLineage producers. */
export const OPENLINEAGE_KINDS = [
  'LineageJob',
  'LineageRun',
  'LineageEvent',
  'LineageDataset',
  'LineageDatasetVersion',
  'LineageColumn',
] as const satisfies readonly NodeType[];

const kinds: ReadonlySet<unknown> = new Set(OPENLINEAGE_KINDS);
export const isOpenLineageKind = (kind: unknown): boolean => kinds.has(kind);

/**
 * The level an OpenLineage node is judged by when it carries none (recorded before classification
 * existed): RESTRICTED until an ADMIN classifies its namespace or dataset, so old data fails closed.
 */
export const UNCLASSIFIED_OPENLINEAGE: Classification = 'RESTRICTED';

import { KINDS, NODE_TYPES, type NodeType } from '../kinds.js';
import type { Classification } from '../permissions/principal.js';

/** The kinds of node ingested from OpenLineage producers (flagged in the kind table). */
export const OPENLINEAGE_KINDS: readonly NodeType[] = NODE_TYPES.filter((kind) => 'openLineage' in KINDS[kind]);

const kinds: ReadonlySet<unknown> = new Set(OPENLINEAGE_KINDS);
export const isOpenLineageKind = (kind: unknown): boolean => kinds.has(kind);

/**
 * The level an OpenLineage node is judged by when it carries none (recorded before classification
 * existed): RESTRICTED until an ADMIN classifies its namespace or dataset, so old data fails closed.
 */
export const UNCLASSIFIED_OPENLINEAGE: Classification = 'RESTRICTED';

import { isNodeType, KINDS, type NodeType } from '../kinds.js';
import type { Classification } from '../permissions/principal.js';

/** A kind ingested from OpenLineage producers: read from the kind table's `openLineage` flag, not listed here. */
export const isOpenLineageKind = (kind: unknown): kind is NodeType => isNodeType(kind) && 'openLineage' in KINDS[kind];

/**
 * The level an OpenLineage node is judged by when it carries none (recorded before classification
 * existed): RESTRICTED until an ADMIN classifies its namespace or dataset, so old data fails closed.
 */
export const UNCLASSIFIED_OPENLINEAGE: Classification = 'RESTRICTED';

import type { Row } from '../../db/database.js';
import type { ParamsOf } from '../../db/named-query.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import type { Principal } from '../permissions/principal.js';
import { redactOwned } from '../permissions/redaction.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext, Limits } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { requireId } from '../ids.js';
import { labelOf } from '../labels.js';
import { lineageQueries, type LineageNodeTuple } from './queries.js';

export type Direction = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

/**
 * The relationships lineage and impact walk. PROV relations point from effect to cause (an output
 * WAS_GENERATED_BY an invocation, which USED a release, which PINS versions), so upstream follows them
 * forwards and downstream backwards. The traversal queries name these types literally (Cypher cannot
 * take relationship types as a parameter and still expand by type); a unit test keeps them equal.
 */
export const LINEAGE_RELATIONSHIPS = ['USED', 'WAS_GENERATED_BY', 'WAS_DERIVED_FROM', 'PINS', 'VERSION_OF'] as const;

/** A node of a lineage-shaped answer: the common properties the queries send (PROV export reads the rest by name). */
export type LineageNode = {
  id: string;
  kind: string;
  /** Readable name for display ("claims v3", "policy-qa release 2"); see labelOf. */
  label: string;
  redacted: boolean;
  name: string | null;
  version: number | null;
  createdAt: string | null;
  retractedAt: string | null;
};

const textOf = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * A node as a lineage-shaped answer shows it: redacted for the principal, then labelled. `row` holds
 * the common properties and the few a label needs beyond them (an output's decision, an
 * evaluation's score); see nodeRow for how the queries send those. The row is the caller's own
 * (nodeRow and the tuple reader build a fresh one) and becomes the answer's node.
 */
export function lineageNode(principal: Principal, row: Row): LineageNode {
  const seen = redactOwned(principal, row);
  return Object.assign(seen, {
    id: String(seen.id),
    kind: String(seen.kind),
    label: labelOf(seen),
    name: textOf(seen.name),
    version: typeof seen.version === 'number' ? seen.version : null,
    createdAt: textOf(seen.createdAt),
    retractedAt: textOf(seen.retractedAt),
  });
}

/**
 * The queries send a label's extra properties as `labelFacts`, only for the kinds that have them: a
 * null column on every node of a large answer measurably slows it down. These flatten them in.
 */
function withLabelFacts(row: Row, labelFacts: unknown): Row {
  return labelFacts ? Object.assign(row, labelFacts) : row;
}

export function nodeRow({ labelFacts, ...common }: Row): Row {
  return withLabelFacts(common, labelFacts);
}

function nodeOfTuple([id, kind, name, version, parent, classification, createdAt, labelFacts, retractedAt]: LineageNodeTuple): Row {
  return withLabelFacts({ id, kind, name, version, parent, classification, createdAt, retractedAt }, labelFacts);
}

/** A traversal's root must have existed at `asOf`: NOT_FOUND when it is not in the graph, or came later. */
export function requireRootAt(id: string, row: Row | undefined, asOf: Date | null | undefined): asserts row is Row {
  if (!row) throw notFound(id);
  if (asOf && Date.parse(String(row.startCreatedAt)) > asOf.getTime()) {
    throw new DomainError('NOT_FOUND', `${id} did not exist at ${asOf.toISOString()}.`, { id });
  }
}

export interface LineageEdge {
  from: string;
  to: string;
  type: string;
  role: string | null;
}

export interface LineageGraph {
  root: string;
  direction: Direction;
  depth: number;
  asOf: string | null;
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** True when the node cap cut the traversal short: more nodes (that existed at asOf) lie beyond what is returned. */
  truncated: boolean;
}

export interface LineageArgs {
  id: string;
  direction: Direction;
  depth?: number | null;
  maxNodes?: number | null;
  asOf?: Date | null;
}

export function checkBounds(ctx: DomainContext, depth: number, maxNodes: number): void {
  const { lineageMaxDepth, lineageMaxNodes } = ctx.limits;
  if (!Number.isInteger(depth) || depth < 1 || depth > lineageMaxDepth) {
    throw new DomainError('VALIDATION', `depth: must be a whole number from 1 to ${lineageMaxDepth}.`, {
      field: 'depth',
      max: lineageMaxDepth,
    });
  }
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > lineageMaxNodes) {
    throw new DomainError('VALIDATION', `maxNodes: must be a whole number from 1 to ${lineageMaxNodes}.`, {
      field: 'maxNodes',
      max: lineageMaxNodes,
    });
  }
}

/** maxNodes when a request does not say (capped by PROVENANT_LINEAGE_MAX_NODES). */
export const DEFAULT_LINEAGE_NODES = 500;
/** depth when a request does not say. */
export const DEFAULT_LINEAGE_DEPTH = 3;

/** The bounds a request asks for, with the defaults filled in. */
export function lineageBounds(limits: Limits, args: Pick<LineageArgs, 'depth' | 'maxNodes'>): { depth: number; maxNodes: number } {
  return { depth: args.depth ?? DEFAULT_LINEAGE_DEPTH, maxNodes: args.maxNodes ?? Math.min(DEFAULT_LINEAGE_NODES, limits.lineageMaxNodes) };
}

/**
 * Nodes (and edges) per row of a lineage answer: small rows stay within one Bolt chunk, which the
 * driver decodes several times faster than one large record (see lineage.cypher).
 */
export const LINEAGE_ROW_SLICE = 16;

/** The parameters of the `lineage` query for a request (the benchmark runs the same ones). */
export function lineageParams(args: LineageArgs, bounds: { depth: number; maxNodes: number }): ParamsOf<typeof lineageQueries.lineage> {
  return {
    id: args.id,
    direction: args.direction,
    depth: intParam(bounds.depth),
    // One more than asked, to tell "exactly maxNodes" from "more than maxNodes".
    limit: intParam(bounds.maxNodes + 1),
    slice: intParam(LINEAGE_ROW_SLICE),
    asOf: args.asOf ? dateTimeParam(args.asOf) : null,
  };
}

/** Lineage around one node, bounded in depth and size, answered in one Cypher round trip. */
export async function lineage(ctx: DomainContext, args: LineageArgs): Promise<LineageGraph> {
  authorize(ctx.principal, 'lineage.read');
  requireId('id', args.id);
  const { depth, maxNodes } = lineageBounds(ctx.limits, args);
  checkBounds(ctx, depth, maxNodes);
  checkAsOf(ctx, args.asOf);
  const rows = await ctx.db.readQuery(lineageQueries.lineage, lineageParams(args, { depth, maxNodes }));
  const row = rows[0];
  requireRootAt(args.id, row, args.asOf);
  const truncated = Number(row.visited) > maxNodes;
  const kept = rows.flatMap((r) => r.nodes).slice(0, maxNodes);
  const keptIds = new Set(kept.map((n) => n[0]));
  const edges: LineageEdge[] = [];
  for (const r of rows)
    for (const [from, to, type, role] of r.edges) if (keptIds.has(from) && keptIds.has(to)) edges.push({ from, to, type, role });
  return {
    root: args.id,
    direction: args.direction,
    depth,
    asOf: args.asOf?.toISOString() ?? null,
    nodes: kept.map((n) => lineageNode(ctx.principal, nodeOfTuple(n))),
    edges,
    truncated,
  };
}

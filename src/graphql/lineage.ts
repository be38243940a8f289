import { impact, IMPACT_SAMPLE, type Impact, type ImpactGroup } from '../domain/impact/service.js';
import {
  DEFAULT_LINEAGE_DEPTH,
  DEFAULT_LINEAGE_NODES,
  lineage,
  type LineageArgs,
  type LineageEdge,
  type LineageGraph,
  type LineageNode,
} from '../domain/lineage/service.js';
import { getNodes } from '../domain/nodes/read.js';
import { builder } from './builder.js';
import { IMPACT_COST, priced } from './cost.js';
import { Recorded } from './node-type.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

export const Direction = builder.enumType('LineageDirection', {
  values: {
    UPSTREAM: { description: 'What it was made from: versions, runs, datasets, base models.' },
    DOWNSTREAM: { description: 'What was made from it: models, releases, invocations, outputs.' },
    BOTH: {},
  } satisfies Record<LineageArgs['direction'], { description?: string }>,
});

const LineageNodeRef = builder.objectRef<LineageNode>('LineageNode').implement({
  description: 'A node in a lineage answer: enough to draw it; `node` loads the rest.',
  fields: (t) => ({
    id: t.id({ nullable: false, resolve: (n) => n.id }),
    type: t.string({ nullable: false, resolve: (n) => n.kind }),
    label: t.string({
      nullable: false,
      resolve: (n) => n.label,
      description:
        'A readable name: "claims v3" for a dataset version, "policy-qa release 2", the name of a named thing, what and when for runs, invocations and outputs.',
    }),
    name: t.exposeString('name'),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: DateTime }),
    retractedAt: t.expose('retractedAt', { type: DateTime }),
    redacted: t.exposeBoolean('redacted', { nullable: false }),
    node: t.loadable({
      type: Recorded,
      description: 'The full node.',
      // One batched read for every `node` in the answer; rows carry `kind`, which picks the concrete type.
      load: (ids: string[], ctx) => getNodes(ctx.domain, ids),
      resolve: (n) => n.id,
    }),
  }),
});

const LineageEdgeRef = builder.objectRef<LineageEdge>('LineageEdge').implement({
  description: 'A PROV relation, pointing from effect to cause (an output WAS_GENERATED_BY an invocation).',
  fields: (t) => ({
    from: t.exposeID('from', { nullable: false }),
    to: t.exposeID('to', { nullable: false }),
    type: t.exposeString('type', { nullable: false }),
    role: t.string({ resolve: (e) => e.role }),
  }),
});

const LineageGraphRef = builder.objectRef<LineageGraph>('LineageGraph').implement({
  fields: (t) => ({
    root: t.exposeID('root', { nullable: false }),
    direction: t.field({ type: Direction, nullable: false, resolve: (g) => g.direction }),
    depth: t.exposeInt('depth', { nullable: false }),
    asOf: t.field({ type: DateTime, resolve: (g) => g.asOf }),
    nodes: t.field({ type: [LineageNodeRef], nullable: false, resolve: (g) => g.nodes }),
    edges: t.field({ type: [LineageEdgeRef], nullable: false, resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', {
      nullable: false,
      description: 'True when the node cap was hit: more nodes (that existed at `asOf`) lie within the depth than are returned.',
    }),
  }),
});

const ImpactGroupRef = builder.objectRef<ImpactGroup>('ImpactGroup').implement({
  fields: (t) => ({
    type: t.string({ nullable: false, resolve: (g) => g.kind }),
    count: t.exposeInt('count', { nullable: false }),
    sample: t.field({ type: [LineageNodeRef], nullable: false, description: `Up to ${IMPACT_SAMPLE} of them.`, resolve: (g) => g.sample }),
  }),
});

const ImpactRef = builder.objectRef<Impact>('Impact').implement({
  description: 'Everything downstream of a node, counted by type, in the graph at `asOf`.',
  fields: (t) => ({
    root: t.exposeID('root', { nullable: false }),
    asOf: t.field({ type: DateTime, resolve: (i) => i.asOf }),
    total: t.exposeInt('total', { nullable: false }),
    decisions: t.exposeInt('decisions', { nullable: false, description: 'How many downstream outputs are business decisions.' }),
    truncated: t.exposeBoolean('truncated', { nullable: false }),
    groups: t.field({ type: [ImpactGroupRef], nullable: false, resolve: (i) => i.groups }),
  }),
});

/** Lineage's arguments, shared by every answer built from a lineage walk (the PROV export too). */
export const lineageArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  id: t.arg.id({ required: true }),
  direction: t.arg({ type: Direction, required: true }),
  depth: t.arg.int({ defaultValue: DEFAULT_LINEAGE_DEPTH }),
  maxNodes: t.arg.int({
    description: `Cap on returned nodes, the root included (default ${DEFAULT_LINEAGE_NODES}), nearest first; \`truncated\` says when it was hit.`,
  }),
  asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
});

/** A lineage walk costs what it may touch: its maxNodes. */
export const LINEAGE_PRICE = priced({ kind: 'items', arg: 'maxNodes', fallback: DEFAULT_LINEAGE_NODES });

builder.queryFields((t) => ({
  lineage: t.field({
    type: LineageGraphRef,
    nullable: false,
    description: 'The lineage graph around a node, bounded by depth and node count, in the graph at `asOf`.',
    args: lineageArgs(t),
    extensions: LINEAGE_PRICE,
    resolve: (_, args, ctx) => lineage(ctx.domain, args),
  }),
  impact: t.field({
    type: ImpactRef,
    nullable: false,
    description: 'What depends on a version: models trained on it, releases using them, outputs and decisions they produced.',
    args: { id: t.arg.id({ required: true }), asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }) },
    extensions: priced({ kind: 'fixed', price: IMPACT_COST }),
    resolve: (_, args, ctx) => impact(ctx.domain, args.id, args.asOf),
  }),
}));

import type { Row } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import type { LineageGraph } from '../lineage/service.js';
import type { Provenance } from '../provenance/service.js';
import {
  DEFAULT_PROV_NAMESPACE,
  VOCAB,
  dateTime,
  qualifiedName,
  type ProvClass,
  type ProvDocument,
  type ProvElement,
  type ProvRelation,
  type ProvValue,
} from './model.js';
import { isNodeType, KINDS, kindsWithProv, type ProvRole } from '../kinds.js';
import { provQueries } from './queries.js';

const AGENT_KINDS = kindsWithProv('agent');
/** Properties that become typed dateTime attributes; activities' start and end are PROV times. */
const TIME_PROPS = new Set(['createdAt', 'retractedAt', 'producedAt', 'lastEventTime']);
/** Properties a PROV reader gets as attributes (everything else stays in Provenant). */
const ATTRIBUTE_PROPS = [
  'name',
  'version',
  'parent',
  'classification',
  'state',
  'namespace',
  'jobNamespace',
  'jobName',
  'environment',
  'decision',
  'role',
  'digest',
  'uri',
];

/** A kind's PROV role (kinds.ts); a kind the table does not know is an entity. */
const provRoleOf = (kind: string): ProvRole => (isNodeType(kind) ? KINDS[kind].prov : 'entity');

export const classOf = (kind: string): ProvClass => {
  const role = provRoleOf(kind);
  return role === 'plan' ? 'entity' : role;
};

const v = (name: string) => `${VOCAB.prefix}:${name}`;

function element(row: Row): ProvElement {
  const kind = String(row.kind);
  const cls = classOf(kind);
  const plan = provRoleOf(kind) === 'plan';
  const attributes: Record<string, ProvValue> = { 'prov:type': qualifiedName(plan ? 'prov:Plan' : v(kind)) };
  if (plan) attributes[v('kind')] = kind;
  if (row.redacted) attributes[v('redacted')] = true;
  for (const key of ATTRIBUTE_PROPS) {
    const value = row[key];
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
      attributes[v(key)] = value;
  }
  for (const key of TIME_PROPS) if (typeof row[key] === 'string') attributes[v(key)] = dateTime(String(row[key]));
  const e: ProvElement = { id: String(row.id), cls, attributes };
  if (cls === 'activity') {
    e.startTime = (row.startedAt as string | undefined) ?? (row.createdAt as string | undefined) ?? null;
    e.endTime = (row.endedAt as string | undefined) ?? null;
  }
  return e;
}

/**
 * A relation between two nodes of an answer, in PROV terms: a graph relationship whose ends do not
 * fit the PROV relation of that name (used needs an activity first) is exported as wasInfluencedBy
 * with the relationship's type, so nothing in the answer is dropped.
 */
function relation(type: string, from: ProvElement, to: ProvElement, role: string | null, since?: string | null): ProvRelation {
  const attributes: Record<string, ProvValue> = {};
  if (role) attributes['prov:role'] = role;
  const base = { subject: from.id, object: to.id, attributes };
  if (type === 'USED' && from.cls === 'activity' && to.cls === 'entity') return { kind: 'used', ...base, time: since ?? null };
  if (type === 'WAS_GENERATED_BY' && from.cls === 'entity' && to.cls === 'activity')
    return { kind: 'wasGeneratedBy', ...base, time: since ?? null };
  if ((type === 'WAS_DERIVED_FROM' || type === 'PINS') && from.cls === 'entity' && to.cls === 'entity') {
    if (type === 'PINS') attributes['prov:type'] = qualifiedName(v('pins'));
    return { kind: 'wasDerivedFrom', ...base };
  }
  if (type === 'VERSION_OF' && from.cls === 'entity' && to.cls === 'entity') return { kind: 'specializationOf', ...base };
  if (type === 'WAS_ATTRIBUTED_TO' && from.cls === 'entity' && to.cls === 'agent') return { kind: 'wasAttributedTo', ...base };
  if ((type === 'WAS_ATTRIBUTED_TO' || type === 'WAS_ASSOCIATED_WITH') && from.cls === 'activity' && to.cls === 'agent')
    return { kind: 'wasAssociatedWith', ...base };
  if (type === 'MEMBER_OF' && from.cls === 'agent' && to.cls === 'agent') return { kind: 'actedOnBehalfOf', ...base };
  attributes['prov:type'] = qualifiedName(v(type));
  return { kind: 'wasInfluencedBy', ...base };
}

interface AgentFacts {
  /** Start and end of the activities among the nodes. */
  times: Array<{ id: string; startedAt: string; endedAt: string | null }>;
  agents: Row[];
  links: Array<{ from: string; to: string; type: string; since: string | null }>;
}

/**
 * Activity times and the agents responsible for the visible nodes of an answer, as the graph stood at asOf: who each
 * entity is attributed to, who each activity is associated with, and on whose behalf (team
 * membership) those agents act. Redacted nodes name no one: redaction hides who made them too.
 */
async function agentFacts(ctx: DomainContext, ids: string[], asOf: Date | null): Promise<AgentFacts> {
  if (ids.length === 0) return { times: [], agents: [], links: [] };
  const rows = await ctx.db.readQuery(provQueries.details, { ids, agentKinds: AGENT_KINDS, asOf: asOf ? dateTimeParam(asOf) : null });
  return rows[0] ?? { times: [], agents: [], links: [] };
}

async function assemble(
  ctx: DomainContext,
  nodes: Row[],
  edges: Array<{ from: string; to: string; type: string; role: string | null }>,
  asOf: Date | null,
): Promise<ProvDocument> {
  const elements = new Map<string, ProvElement>();
  for (const n of nodes) if (!elements.has(String(n.id))) elements.set(String(n.id), element(n));
  const visible = [...elements.values()].filter((e) => !e.attributes[v('redacted')]).map((e) => e.id);
  const facts = await agentFacts(ctx, visible, asOf);
  for (const t of facts.times) {
    const e = elements.get(t.id);
    if (e?.cls === 'activity') Object.assign(e, { startTime: t.startedAt, endTime: t.endedAt });
  }
  for (const a of facts.agents) if (!elements.has(String(a.id))) elements.set(String(a.id), element({ ...a, redacted: false }));
  const relations: ProvRelation[] = [];
  const seen = new Set<string>();
  for (const e of [...edges, ...facts.links.map((l) => ({ ...l, role: null }))]) {
    const from = elements.get(e.from);
    const to = elements.get(e.to);
    const key = `${e.type}|${e.from}|${e.to}|${e.role ?? ''}`;
    if (!from || !to || seen.has(key)) continue;
    seen.add(key);
    relations.push(relation(e.type, from, to, e.role));
  }
  return { namespace: ctx.prov ?? DEFAULT_PROV_NAMESPACE, elements: [...elements.values()], relations };
}

/** The PROV document of a lineage answer: its nodes and edges, and the agents behind them. */
export async function provOfLineage(ctx: DomainContext, graph: LineageGraph): Promise<ProvDocument> {
  return assemble(ctx, graph.nodes, graph.edges, graph.asOf ? new Date(graph.asOf) : null);
}

/** The PROV document of a provenance answer (an output's bill of materials), with the agents behind it. */
export async function provOfProvenance(ctx: DomainContext, p: Provenance, asOf: Date | null): Promise<ProvDocument> {
  const nodes: Row[] = [p.output, p.invocation, p.release];
  const edges: Array<{ from: string; to: string; type: string; role: string | null }> = [];
  const add = (type: string, from: Row, to: Row, role: string | null = null) =>
    edges.push({ type, from: String(from.id), to: String(to.id), role });
  add('WAS_GENERATED_BY', p.output, p.invocation);
  add('USED', p.invocation, p.release, 'release');
  for (const pinned of [...(p.model ? [p.model] : []), ...p.prompts, ...(p.retrievalConfig ? [p.retrievalConfig] : [])]) {
    nodes.push(pinned);
    add('PINS', p.release, pinned, (pinned.role as string | undefined) ?? null);
  }
  p.modelLineage.forEach((m, i) => {
    nodes.push(m);
    if (i > 0) add('WAS_DERIVED_FROM', p.modelLineage[i - 1], m);
  });
  for (const t of p.trainingRuns) {
    nodes.push(t.run, ...t.datasets, ...t.baseModels);
    for (const d of t.datasets) add('USED', t.run, d, 'training-data');
    for (const b of t.baseModels) add('USED', t.run, b, 'base-model');
  }
  for (const ev of p.evaluations) {
    nodes.push(ev);
    add('USED', ev, p.release, 'subject');
  }
  for (const ap of p.approvals) {
    nodes.push(ap);
    const subject = nodes.find((n) => n.id === ap.parent);
    if (subject) add('USED', ap, subject, 'subject');
  }
  return assemble(ctx, nodes, edges, asOf);
}

import { z } from 'zod';
import type { Row } from '../../db/database.js';
import { validAliasId, aliasTarget } from '../aliases/service.js';
import { APPROVABLE } from '../approvals/service.js';
import { listAuditEvents } from '../audit/query.js';
import { diff } from '../diff/service.js';
import { retrievePassages } from '../documents/retrieve.js';
import { impact } from '../impact/service.js';
import { lineage } from '../lineage/service.js';
import { listNodes } from '../nodes/read.js';
import { provenance } from '../provenance/service.js';
import { recommendStrategy } from '../recommend/service.js';
import { search, SEARCH_TEXT_MAX } from '../search/service.js';
import { idOf, isIsoInstant, key, text } from '../validate.js';
import { defineTool, existedAt, within, type AskTool, type ToolResult } from './tool.js';

/** Sizes of what a tool hands back: enough to answer from, small enough for a model's context. */
export const TOOL_LIMITS = {
  lineageMaxNodes: 100,
  lineageMaxDepth: 5,
  impactSample: 5,
  searchMax: 10,
  aliasHistoryMax: 50,
  auditEventsMax: 20,
  passagesMax: 5,
  approvalsMax: 50,
} as const;

const instant = z
  .string()
  .max(40)
  .refine(isIsoInstant, 'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-23T10:00:00Z')
  .describe('ISO-8601 instant with a time zone');
const anyId = idOf().describe('A Provenant id such as "dataset:claims@3" or "release:policy-qa@2"');
const environment = key.describe('An environment alias, e.g. "production" or "staging"');
const system = idOf('System').describe('A system id, e.g. "system:policy-qa"');

/** The fields of a row worth showing, those present only (a redacted row has none beyond id and kind). */
function pick(row: Row | null | undefined, ...fields: string[]): Row | null {
  if (!row) return null;
  const out: Row = { id: row.id, type: row.kind };
  if (row.redacted) out.redacted = true;
  for (const f of fields) if (row[f] !== undefined && row[f] !== null) out[f] = row[f];
  return out;
}

const ids = (rows: Row[]) => rows.map((r) => String(r.id));

const lineageTool = defineTool({
  name: 'lineage',
  description:
    'The lineage graph around one node: UPSTREAM (what it was made from), DOWNSTREAM (what was made from it) or BOTH, bounded in depth and nodes.',
  args: z.object({
    id: anyId,
    direction: z.enum(['UPSTREAM', 'DOWNSTREAM', 'BOTH']),
    depth: z.number().int().min(1).max(TOOL_LIMITS.lineageMaxDepth).default(2),
    maxNodes: z.number().int().min(1).max(TOOL_LIMITS.lineageMaxNodes).default(50),
    asOf: instant.optional(),
  }),
  run: async (ctx, a, scope) => {
    const g = await lineage(ctx, { ...a, asOf: within(scope, a.asOf) });
    return {
      root: g.root,
      direction: g.direction,
      asOf: g.asOf,
      truncated: g.truncated,
      nodes: g.nodes.map((n) => ({ id: n.id, type: n.kind, label: n.label, redacted: n.redacted })),
      edges: g.edges.map((e) => ({ from: e.from, to: e.to, type: e.type })),
    };
  },
});

const provenanceTool = defineTool({
  name: 'provenance',
  description:
    'The bill of materials of one output: the invocation, the release and the aliases serving it then, the model (and its bases and training data), prompts, retrieval config, approvals and evaluations in force when it was produced.',
  args: z.object({ outputId: idOf('Output').describe('An output id, e.g. "output:policy-qa-d40-002.1"'), asOf: instant.optional() }),
  run: async (ctx, a, scope) => {
    const p = await provenance(ctx, a.outputId, within(scope, a.asOf));
    return {
      output: pick(p.output, 'outputKind', 'decision', 'createdAt'),
      invocation: p.invocation.id,
      release: p.release.id,
      servedBy: p.servedBy.map((s) => ({ environment: s.environment, alias: s.alias, since: s.since, until: s.until })),
      model: p.model?.id ?? null,
      modelLineage: ids(p.modelLineage),
      trainingRuns: p.trainingRuns.map((t) => ({ run: t.run.id, datasets: ids(t.datasets), baseModels: ids(t.baseModels) })),
      prompts: ids(p.prompts),
      retrievalConfig: p.retrievalConfig?.id ?? null,
      approvals: p.approvals.map((r) => pick(r, 'subject', 'approver', 'environment', 'decision', 'createdAt')),
      evaluations: p.evaluations.map((r) => pick(r, 'parent', 'primaryMetric', 'score', 'threshold', 'passed', 'createdAt')),
      truncated: p.truncated,
      asOf: p.asOf,
    };
  },
});

const impactTool = defineTool({
  name: 'impact',
  description: 'Everything downstream of a node (models trained on it, releases using them, invocations and outputs), counted by type.',
  args: z.object({ id: anyId, asOf: instant.optional() }),
  run: async (ctx, a, scope) => {
    const i = await impact(ctx, a.id, within(scope, a.asOf));
    return {
      root: i.root,
      total: i.total,
      decisions: i.decisions,
      truncated: i.truncated,
      asOf: i.asOf,
      groups: i.groups.map((g) => ({
        type: g.kind,
        count: g.count,
        sample: g.sample.slice(0, TOOL_LIMITS.impactSample).map((n) => ({ id: n.id, label: n.label })),
      })),
    };
  },
});

const searchTool = defineTool({
  name: 'search',
  description:
    'Finds datasets, prompts, models, retrieval configs, systems, documents, use cases, agents, and OpenLineage datasets, jobs and runs by words in their name, namespace, title or description; use it to turn a name into an id.',
  args: z.object({ text: z.string().min(1).max(SEARCH_TEXT_MAX), first: z.number().int().min(1).max(TOOL_LIMITS.searchMax).default(5) }),
  run: async (ctx, a, scope) => {
    const hits = await search(ctx, a.text, a.first);
    return {
      hits: hits
        .filter((h) => existedAt(h.node, scope.asOf))
        .map((h) => ({ ...pick(h.node, 'namespace', 'name', 'title', 'description'), score: Number(h.score.toFixed(3)) })),
    };
  },
});

const aliasHistoryTool = defineTool({
  name: 'aliasHistory',
  description:
    "Every move of a system's environment alias (promotions and rollbacks), newest first: who, when, why, from which release to which.",
  args: z.object({ system, environment, first: z.number().int().min(1).max(TOOL_LIMITS.aliasHistoryMax).default(20) }),
  run: async (ctx, a, scope) => {
    const alias = validAliasId(a.system, a.environment);
    const page = await listNodes(ctx, 'AliasMove', { first: a.first, parent: alias });
    return {
      alias,
      moves: page.items
        .map((i) => i.node)
        .filter((m) => existedAt(m, scope.asOf))
        .map((m) => pick(m, 'seq', 'moveKind', 'fromRelease', 'toRelease', 'reason', 'createdAt', 'createdBy', 'flagged')),
    };
  },
});

const aliasTargetTool = defineTool({
  name: 'aliasTarget',
  description: "Which release a system's environment alias pointed at at one instant (default: the ask's instant, else now).",
  args: z.object({ system, environment, at: instant.optional() }),
  run: async (ctx, a, scope) => {
    const t = await aliasTarget(ctx, a.system, a.environment, within(scope, a.at));
    return { ...t };
  },
});

const diffTool = defineTool({
  name: 'diff',
  description:
    'What differs between two releases (pinned versions added, removed or changed; other fields), or two versions of one artifact.',
  args: z.object({ a: anyId, b: anyId }),
  run: async (ctx, a) => {
    const d = await diff(ctx, a.a, a.b);
    return {
      a: d.a.id,
      b: d.b.id,
      type: d.kind,
      sameContent: d.sameContent,
      pins: d.pins.map((p) => ({ ...p })),
      changes: d.changes.map((c) => ({ field: c.field, before: c.before, after: c.after })),
    };
  },
});

const auditEventsTool = defineTool({
  name: 'auditEvents',
  description: 'The audit trail, newest first, filtered by target id, actor, action and time window [from, to) (auditors and admins only).',
  args: z.object({
    target: anyId.optional(),
    actor: text(200).optional(),
    action: text(100).optional(),
    from: instant.optional(),
    to: instant.optional(),
    first: z.number().int().min(1).max(TOOL_LIMITS.auditEventsMax).default(10),
  }),
  run: async (ctx, a, scope) => {
    const to = within(scope, a.to);
    const page = await listAuditEvents(ctx, { ...a, from: a.from ? new Date(a.from) : null, to });
    return { events: page.items.map(({ node: e }) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, targets: e.targets })) };
  },
});

const approvalsTool = defineTool({
  name: 'approvals',
  description: 'Who approved (or rejected) a release or version, for which environment, when and why.',
  args: z.object({ subject: idOf(...APPROVABLE).describe('A release or version id') }),
  run: async (ctx, a, scope) => {
    const page = await listNodes(ctx, 'Approval', { first: TOOL_LIMITS.approvalsMax, parent: a.subject });
    return {
      subject: a.subject,
      approvals: page.items
        .map((i) => i.node)
        .filter((r) => existedAt(r, scope.asOf))
        .map((r) => pick(r, 'approver', 'environment', 'decision', 'justification', 'createdAt', 'retractedAt')),
    };
  },
});

const passagesTool = defineTool({
  name: 'retrievePassages',
  description:
    'Passages of policy documents (regulations, internal policies, standards) relevant to a question, by hybrid full-text and vector retrieval.',
  args: z.object({
    query: z.string().min(1).max(1000),
    first: z.number().int().min(1).max(TOOL_LIMITS.passagesMax).default(3),
    asOf: instant.optional(),
  }),
  run: async (ctx, a, scope) => {
    const r = await retrievePassages(ctx, { query: a.query, first: a.first, asOf: within(scope, a.asOf) });
    return {
      mayBeWithheld: r.mayBeWithheld,
      passages: r.passages.map((p) => ({
        chunkId: p.chunk.id,
        documentVersion: p.documentVersion,
        heading: p.chunk.heading,
        text: p.chunk.text,
        score: Number(p.score.toFixed(4)),
      })),
    };
  },
});

const recommendationTool = defineTool({
  name: 'recommendation',
  description:
    "The strategy recommendation for a use case (PROMPT_ENGINEERING, RAG, ADAPTER, FINE_TUNE or HYBRID): the transparent scoring model's ranking with each factor's points, the graph evidence it cites, counterfactuals and confidence.",
  args: z.object({
    useCase: idOf('UseCase').describe('A use case id, e.g. "usecase:policy-document-retrieval"'),
    asOf: instant.optional(),
  }),
  run: async (ctx, a, scope) => {
    // Deterministic narrative: the asking model explains; a second model call would only spend the ask's time.
    const r = await recommendStrategy(ctx, { useCase: a.useCase, asOf: within(scope, a.asOf) }, null);
    return {
      useCase: r.useCase,
      asOf: r.asOf,
      top: r.top,
      ranking: r.ranking.map((s) => ({ strategy: s.strategy, score: s.score, rank: s.rank })),
      confidence: r.confidence,
      missingEvidence: r.missingEvidence,
      reviewRequired: r.reviewRequired,
      counterfactuals: r.counterfactuals.map((c) => c.statement),
      evidence: r.evidence.map((e) => ({ id: e.id, kind: e.kind, summary: e.summary })),
      truncated: r.boundsHit.length > 0,
    };
  },
});

/** Every tool `ask` may run: read-only, run as the asking principal. None takes query text of any language. */
export const ASK_TOOLS: readonly AskTool[] = [
  lineageTool,
  provenanceTool,
  impactTool,
  searchTool,
  aliasHistoryTool,
  aliasTargetTool,
  diffTool,
  auditEventsTool,
  approvalsTool,
  passagesTool,
  recommendationTool,
];

export const toolNamed = (name: string): AskTool | undefined => ASK_TOOLS.find((t) => t.name === name);

export type { ToolResult };

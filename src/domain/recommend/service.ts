import { z } from 'zod';
import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { createLinks, definedProps, requireNodes, type Link } from '../graph-writes.js';
import { nodeId, requireId } from '../ids.js';
import { newKey } from '../keys.js';
import { isNodeOf, nodeOf, toNode, type NodeOf, type Registered } from '../nodes/types.js';
import { mergeNamedNode } from '../named-nodes.js';
import { authorize } from '../permissions/permissions.js';
import { canSee, type Classification } from '../permissions/principal.js';
import { nodeQueries } from '../nodes/queries.js';
import { recommendQueries } from './queries.js';
import type { NodeRow } from '../query-types.js';
import { profileSchema } from '../usecases/profile.js';
import { idOf, key, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { analyse } from './analyse.js';
import type { EvidenceRow } from './evidence-rows.js';
import { explain } from './narrative.js';
import type { LlmClient } from '../../llm/client.js';
import { lookupPolicyPassages, POLICY_PASSAGES_BOUND } from './policy.js';
import { narratorVersions, reasonerVersion } from './reasoner.js';
import type { RecommendationResult } from './result.js';
import { EVIDENCE_BOUNDS, GRAPH_LIMITS } from './rules.js';
import { STRATEGIES } from './strategies.js';

const DAY_MS = 86_400_000;

/** The graph's evidence about a use case as it stood at `view`, and which bounds cut it short. */
async function readEvidence(
  ctx: DomainContext,
  useCase: string,
  view: Date,
  asOf: Date | null,
): Promise<{ row: EvidenceRow; boundsHit: string[] }> {
  const b = EVIDENCE_BOUNDS;
  const rows = await ctx.db.readQuery(recommendQueries.evidence, {
    useCase,
    view: dateTimeParam(view),
    freshFrom: dateTimeParam(new Date(view.getTime() - GRAPH_LIMITS.FRESHNESS_WINDOW_DAYS * DAY_MS)),
    // One more than each bound, to tell "exactly the bound" from "more".
    systems: intParam(b.systems + 1),
    releases: intParam(b.releasesPerSystem + 1),
    evaluations: intParam(b.evaluationsPerRelease + 1),
    events: intParam(b.eventsPerSystem + 1),
    decisions: intParam(b.decisions + 1),
  });
  const row = rows[0];
  if (!row) {
    throw asOf
      ? new DomainError('NOT_FOUND', `useCase: ${useCase} did not exist at ${asOf.toISOString()}.`, { id: useCase })
      : notFound(useCase, 'UseCase');
  }
  const hit = new Set<string>();
  const cut = <T>(list: T[], bound: number, name: string): T[] => {
    if (list.length > bound) hit.add(name);
    return list.slice(0, bound);
  };
  const systems = cut(row.systems, b.systems, 'systems').map((s) => ({
    ...s,
    releases: cut(s.releases, b.releasesPerSystem, 'releasesPerSystem').map((r) => ({
      ...r,
      trainingData: cut(r.trainingData, b.releasesPerSystem, 'releasesPerSystem'),
      corpus: cut(r.corpus, b.releasesPerSystem, 'releasesPerSystem'),
      evaluations: cut(r.evaluations, b.evaluationsPerRelease, 'evaluationsPerRelease'),
    })),
    rollbacks: cut(s.rollbacks, b.eventsPerSystem, 'eventsPerSystem'),
    drift: cut(s.drift, b.eventsPerSystem, 'eventsPerSystem'),
  }));
  const decisions = cut(row.decisions, b.decisions, 'decisions').map((d) => ({
    ...d,
    evaluated: cut(d.evaluated, b.evaluationsPerRelease, 'evaluationsPerRelease'),
    setbacks: cut(d.setbacks, b.eventsPerSystem, 'eventsPerSystem'),
  }));
  return { row: { useCase: row.useCase, systems, decisions }, boundsHit: [...hit].sort() };
}

function profileOf(useCase: NodeRow) {
  const parsed = profileSchema.safeParse(useCase);
  if (!parsed.success) {
    throw new DomainError(
      'VALIDATION',
      `useCase: ${useCase.id} has no complete profile to score (${parsed.error.issues[0].path.join('.')}).`,
      {
        id: useCase.id,
      },
    );
  }
  return parsed.data;
}

/**
 * What a principal may see of a result: evidence above their clearance keeps its id and kind, not its
 * facts, and so does the narrative: a claim citing such evidence is withheld too (the narrator saw
 * every fact, so its words may carry them), as are the model's dropped claims.
 */
function visible(ctx: DomainContext, result: RecommendationResult): RecommendationResult {
  const hidden = new Set(
    result.evidence.filter((e) => !canSee(ctx.principal, (e.facts.classification as Classification | null) ?? undefined)).map((e) => e.id),
  );
  if (hidden.size === 0) return result;
  const evidence = result.evidence.map((e) =>
    hidden.has(e.id) ? { ...e, summary: 'Withheld: you are not cleared for this node.', facts: {} } : e,
  );
  const claims = result.narrative.claims.map((c) =>
    c.cites.some((id) => hidden.has(id)) ? { ...c, text: 'Withheld: this claim cites evidence you are not cleared for.' } : c,
  );
  const dropped = result.narrative.dropped.map((d) => ({ ...d, text: 'Withheld.', detail: 'Withheld.' }));
  return { ...result, evidence, narrative: { ...result.narrative, claims, dropped } };
}

async function compute(
  ctx: DomainContext,
  args: { useCase: string | null; asOf: Date | null; profile: unknown | null },
  narrator?: LlmClient | null,
) {
  const view = args.asOf ?? ctx.now();
  const graph = args.useCase ? await readEvidence(ctx, args.useCase, view, args.asOf) : null;
  const profile = args.profile ? parse(profileSchema, args.profile) : profileOf(graph!.row.useCase);
  const policy = await lookupPolicyPassages(ctx, profile, view);
  const analysis = analyse({
    useCase: args.useCase,
    asOf: view,
    whatIf: args.profile !== null,
    profile,
    graph: graph?.row ?? null,
    boundsHit: [...(graph?.boundsHit ?? []), ...(policy.truncated ? [POLICY_PASSAGES_BOUND] : [])],
    passages: policy.passages,
  });
  // After the read transaction, never inside one: the model may take its whole timeout.
  return { ...analysis, narrative: await explain(analysis, narrator === undefined ? ctx.llm : narrator) };
}

/**
 * Ranks the strategies for a stored use case, from its profile and the graph as it stood at `asOf`
 * (now when absent). `narrator` null asks for the deterministic narrative (ask's tool, which has its
 * own model); absent, the configured model narrates.
 */
export async function recommendStrategy(
  ctx: DomainContext,
  args: { useCase: string; asOf?: Date | null },
  narrator?: LlmClient | null,
): Promise<RecommendationResult> {
  authorize(ctx.principal, 'catalog.read');
  requireId('useCase', args.useCase, 'UseCase');
  checkAsOf(ctx, args.asOf);
  return visible(ctx, await compute(ctx, { useCase: args.useCase, asOf: args.asOf ?? null, profile: null }, narrator));
}

/**
 * Ranks the strategies for a profile given inline (nothing stored). With a use case, the graph's
 * evidence about it refines the ranking as for recommendStrategy.
 */
export async function whatIfStrategy(
  ctx: DomainContext,
  args: { profile: unknown; useCase?: string | null; asOf?: Date | null },
): Promise<RecommendationResult> {
  authorize(ctx.principal, 'catalog.read');
  if (args.useCase) requireId('useCase', args.useCase, 'UseCase');
  checkAsOf(ctx, args.asOf);
  return visible(ctx, await compute(ctx, { useCase: args.useCase ?? null, asOf: args.asOf ?? null, profile: args.profile }));
}

export const recordRecommendationInput = z.object({
  /** A client key for idempotent retries: the id becomes recommendation:<key>, and a resend returns the first. */
  key: key.optional(),
  useCase: idOf('UseCase'),
  /** A what-if profile to store instead of the use case's own. */
  profile: z.unknown().optional(),
});

export interface StoredRecommendation {
  node: NodeOf<'Recommendation'>;
  result: RecommendationResult;
  /** False when the key was already recorded: the first recommendation is returned. */
  created: boolean;
}

/**
 * Computes a recommendation now and stores it: a Recommendation generated by a ReasoningRun that used
 * the use case, every cited evidence node and the reasoner's registered version (registered on first
 * use), all in one transaction with its audit event. Reading happens before, outside the write.
 */
export async function recordRecommendation(ctx: DomainContext, input: unknown): Promise<StoredRecommendation> {
  const cmd = command(ctx, 'recommendation.record');
  const data = parse(recordRecommendationInput, input);
  const result = await compute(ctx, { useCase: data.useCase, asOf: null, profile: data.profile ?? null });
  const k = data.key ?? newKey(ctx.now());
  const [id, runId] = [nodeId('Recommendation', k), nodeId('ReasoningRun', k)];
  const cited = [...new Set(result.evidence.map((e) => e.id))];

  return cmd.write<StoredRecommendation>(
    { key: k, useCase: data.useCase, whatIf: result.whatIf, profile: result.profile },
    async (tx, now) => {
      const existing = await tx.one(nodeQueries.get, { ids: [id] });
      if (existing) {
        const node = nodeOf('Recommendation', existing.n);
        return { result: { node, result: storedResult(ctx, node)!, created: false }, targets: [] };
      }
      await requireNodes(tx, [
        { field: 'useCase', id: data.useCase, types: ['UseCase'] },
        ...cited.map((e) => ({ field: 'evidence', id: e, types: [] })),
      ]);
      const reasoner = await reasonerVersion(tx, ctx, now);
      const narrator = result.narrative.source === 'LLM' ? await narratorVersions(tx, ctx, now, result.narrative) : null;
      const stored = { ...result, reasoner: { ...result.reasoner, version: reasoner.id } };
      await mergeNamedNode(
        tx,
        ctx,
        {
          type: 'ReasoningRun',
          id: runId,
          props: definedProps({
            startedAt: dateTimeParam(now),
            asOf: result.asOf,
            reasoner: reasoner.id,
            reasonerDigest: result.reasoner.digest,
            narratorModel: narrator?.model,
            narratorPrompt: narrator?.prompt,
          }),
        },
        now,
      );
      const { node } = await mergeNamedNode(
        tx,
        ctx,
        {
          type: 'Recommendation',
          id,
          props: definedProps({
            parent: data.useCase,
            strategy: result.top,
            confidence: result.confidence,
            reviewRequired: result.reviewRequired,
            whatIf: result.whatIf,
            asOf: result.asOf,
            reasoner: reasoner.id,
            narrativeSource: result.narrative.source,
            result: JSON.stringify(stored),
          }),
        },
        now,
      );
      const links: Link[] = [
        { type: 'WAS_GENERATED_BY', from: id, to: runId },
        { type: 'USED', from: runId, to: data.useCase, role: 'use-case' },
        { type: 'USED', from: runId, to: reasoner.id, role: 'reasoner' },
        ...(narrator
          ? [
              { type: 'USED' as const, from: runId, to: narrator.model, role: 'narrator-model' },
              { type: 'USED' as const, from: runId, to: narrator.prompt, role: 'narrator-prompt' },
            ]
          : []),
        ...cited.filter((e) => e !== data.useCase).map((e) => ({ type: 'USED' as const, from: runId, to: e, role: 'evidence' })),
      ];
      await createLinks(tx, links, now);
      return {
        result: { node, result: visible(ctx, stored), created: true },
        targets: [id, runId, data.useCase, ...reasoner.created, ...(narrator?.created ?? [])],
      };
    },
  );
}

/** The stored result of a Recommendation node, as the principal may see it. */
export const storedResult = (ctx: DomainContext, node: NodeOf<'Recommendation'>): RecommendationResult | null =>
  typeof node.result === 'string' ? visible(ctx, JSON.parse(node.result) as RecommendationResult) : null;

export const strategyDecisionInput = z.object({
  key: key.optional(),
  recommendation: idOf('Recommendation'),
  strategy: z.enum(STRATEGIES),
  justification: text(4000).optional(),
});

/** Shortest justification an override accepts: a reason, not a placeholder. */
export const MIN_JUSTIFICATION = 10;

/**
 * A person's strategy decision on a recommendation: FOLLOWED when it takes the recommended strategy,
 * OVERRODE otherwise, which needs a justification. Later recommendations for the use case (and for
 * similar ones) weigh the decision and how it turned out.
 */
export async function recordStrategyDecision(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'StrategyDecision'>>> {
  const cmd = command(ctx, 'strategy.decide');
  const data = parse(strategyDecisionInput, input);
  const [found] = await ctx.db.readQuery(nodeQueries.get, { ids: [data.recommendation] });
  const rec = found ? toNode(found.n) : null;
  if (!rec || !isNodeOf('Recommendation', rec)) throw notFound(data.recommendation, 'Recommendation');
  const followed = rec.strategy === data.strategy;
  const justification = data.justification?.trim();
  if (!followed && (justification ?? '').length < MIN_JUSTIFICATION) {
    throw invalid(
      'justification',
      `overriding the recommended ${String(rec.strategy)} with ${data.strategy} needs a justification of at least ${MIN_JUSTIFICATION} characters.`,
    );
  }
  const id = nodeId('StrategyDecision', data.key ?? newKey(ctx.now()));
  const useCase = String(rec.parent);
  return cmd.write<Registered<NodeOf<'StrategyDecision'>>>({ ...data, followed }, async (tx, now) => {
    await requireNodes(tx, [{ field: 'recommendation', id: data.recommendation, types: ['Recommendation'] }]);
    const { node, created } = await mergeNamedNode(
      tx,
      ctx,
      {
        type: 'StrategyDecision',
        id,
        props: definedProps({
          parent: useCase,
          recommendation: data.recommendation,
          recommended: rec.strategy,
          strategy: data.strategy,
          followed,
          justification,
        }),
      },
      now,
    );
    if (!created) return { result: { node, created }, targets: [] };
    await createLinks(tx, [{ type: followed ? 'FOLLOWED' : 'OVERRODE', from: id, to: data.recommendation }], now);
    return { result: { node, created }, targets: [id, data.recommendation, useCase] };
  });
}

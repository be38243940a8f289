import type { LlmClient } from '../../llm/client.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { requireId } from '../ids.js';
import { authorize } from '../permissions/permissions.js';
import { computeRecommendation } from './compute.js';
import type { RecommendationResult } from './result.js';

/**
 * Ranks the strategies for a stored use case, from its profile and the graph as it stood at `asOf`
 * (now when absent), as the caller may see it. `narrator` null asks for the deterministic narrative
 * (ask's tool, which has its own model); absent, the configured model narrates.
 */
export async function recommendStrategy(
  ctx: DomainContext,
  args: { useCase: string; asOf?: Date | null },
  narrator?: LlmClient | null,
): Promise<RecommendationResult> {
  authorize(ctx.principal, 'catalog.read');
  requireId('useCase', args.useCase, 'UseCase');
  checkAsOf(ctx, args.asOf);
  return computeRecommendation(ctx, { useCase: args.useCase, asOf: args.asOf ?? null, profile: null }, narrator);
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
  return computeRecommendation(ctx, { useCase: args.useCase ?? null, asOf: args.asOf ?? null, profile: args.profile });
}

import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { ReaderView } from '../permissions/derived-answers.js';
import type { Classification } from '../permissions/principal.js';
import { authorize } from '../permissions/permissions.js';
import { STRATEGIES, type Strategy } from '../recommend/strategies.js';
import { compare, mergeTotals, type Comparison, type Totals } from './compare.js';
import { DEFAULT_OUTCOME_ENVIRONMENT, OUTCOME_LIMITS } from './limits.js';
import { outcomeQueries } from './queries.js';
import { measureRelease } from './release-outcome.js';

/** One strategy's releases pooled: each release's traffic against its own predecessor's, summed. */
export interface StrategyOutcome extends Comparison {
  strategy: Strategy;
  /** Releases of this strategy that replaced another in the environment and were measured. */
  releases: string[];
  buildCostUsd: number;
}

export interface StrategyOutcomes {
  environment: string;
  asOf: Date | null;
  strategies: StrategyOutcome[];
  /** MAX_POOLED_RELEASES cut the releases short. */
  truncated: boolean;
  evidenceWithheld: boolean;
  classification: Classification;
}

/**
 * Per strategy (from each release's pins, as the recommender derives it), the organisation's releases
 * that replaced another in the environment, pooled: the sums of their aggregates against the sums of
 * their predecessors', with the same intervals as releaseOutcome and the sample sizes they rest on.
 * O(releases × buckets), the newest MAX_POOLED_RELEASES releases at most.
 */
export async function strategyOutcomes(
  ctx: DomainContext,
  q: { environment?: string | null; asOf?: Date | null },
): Promise<StrategyOutcomes> {
  authorize(ctx.principal, 'catalog.read');
  checkAsOf(ctx, q.asOf);
  return pooledOutcomes(ctx, q, new ReaderView(ctx.principal));
}

/** strategyOutcomes without the authorisation (the recommender has authorised), as `reader` may see them. */
export async function pooledOutcomes(
  ctx: DomainContext,
  q: { environment?: string | null; asOf?: Date | null },
  reader: ReaderView,
): Promise<StrategyOutcomes> {
  const environment = q.environment ?? DEFAULT_OUTCOME_ENVIRONMENT;
  const at = q.asOf ?? ctx.now();
  const pools = new Map<Strategy, { releases: string[]; current: Totals; previous: Totals; build: number }>();
  let truncated = false;
  await ctx.db.read(async (tx) => {
    const releases = await tx.run(outcomeQueries.releases, {
      environment,
      asOf: dateTimeParam(at),
      max: intParam(OUTCOME_LIMITS.MAX_POOLED_RELEASES + 1),
    });
    truncated = releases.length > OUTCOME_LIMITS.MAX_POOLED_RELEASES;
    for (const { release } of releases.slice(0, OUTCOME_LIMITS.MAX_POOLED_RELEASES)) {
      const m = await measureRelease(tx, ctx, { release, environment, asOf: q.asOf ?? null }, reader, true);
      if (!m || !m.previous) continue;
      const pool = pools.get(m.outcome.strategy) ?? { releases: [] as string[], current: new Map(), previous: new Map(), build: 0 };
      pool.releases.push(release);
      mergeTotals(pool.current, m.current);
      mergeTotals(pool.previous, m.previous);
      pool.build += m.outcome.buildCost.totalUsd;
      pools.set(m.outcome.strategy, pool);
    }
  });
  return {
    environment,
    asOf: q.asOf ?? null,
    strategies: STRATEGIES.flatMap((strategy) => {
      const pool = pools.get(strategy);
      return pool ? [{ strategy, releases: pool.releases.sort(), buildCostUsd: pool.build, ...compare(pool.current, pool.previous) }] : [];
    }),
    truncated,
    evidenceWithheld: reader.withheld,
    classification: reader.classification,
  };
}

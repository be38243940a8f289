import type { Tx } from '../../db/database.js';
import { intParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import type { NodeOf } from '../nodes/types.js';
import { policyInForce } from '../policies/policy.js';
import { carryOut, lockAndPlan } from './execute.js';
import { ROLLBACK_PLAN_LIMITS } from './limits.js';
import { rollbackPlanQueries } from './queries.js';

/**
 * When the system's policy turns automatic rollback on, a drift alert just opened on a release some
 * environment serves executes that environment's rollback plan in the alert's own transaction. The
 * move is flagged for review like every rollback, is marked automatic, and is made by whoever opened
 * the alert, who therefore cannot review it. An environment whose plan finds no target keeps serving
 * the release (the open alert still blocks promotions). Returns the ids written.
 */
export async function autoRollbackOnAlert(tx: Tx, ctx: DomainContext, now: Date, alert: NodeOf<'DriftAlert'>): Promise<string[]> {
  if (!alert.release || !alert.system) return [];
  const policy = await policyInForce(tx, alert.system, null);
  if (!policy.autoRollbackOnAlert) return [];
  const serving = await tx.run(rollbackPlanQueries.serving, {
    system: alert.system,
    release: alert.release,
    maxEnvironments: intParam(ROLLBACK_PLAN_LIMITS.maxEnvironments),
  });
  const written: string[] = [];
  for (const { environment } of serving) {
    const plan = await lockAndPlan(tx, ctx, now, alert.system, environment);
    if (plan.target === null) continue;
    const reason = `Automatic rollback on ${alert.id} (${policy.version ?? 'policy'}): ${plan.summary}`;
    written.push(...(await carryOut(tx, ctx, now, plan, { reason, automatic: true })).targets);
  }
  return written;
}

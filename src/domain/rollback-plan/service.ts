import { z } from 'zod';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { authorize } from '../permissions/permissions.js';
import { idOf, key, parse } from '../validate.js';
import { signalBucketMs } from '../signals/aggregates.js';
import { computePlan, type RollbackPlan } from './plan.js';

export const rollbackPlanArgs = z.object({ system: idOf('System'), environment: key });

/** The rollback plan for an environment as the graph stood at `asOf` (now by default). Reading it writes nothing. */
export async function rollbackPlan(ctx: DomainContext, system: string, environment: string, asOf?: Date | null): Promise<RollbackPlan> {
  authorize(ctx.principal, 'lineage.read');
  const data = parse(rollbackPlanArgs, { system, environment });
  checkAsOf(ctx, asOf);
  const at = asOf ?? ctx.now();
  return ctx.db.read((tx) => computePlan(tx, data.system, data.environment, at, signalBucketMs(ctx.limits)));
}

import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { aliasId, rollbackWithin } from '../aliases/service.js';
import type { DomainContext } from '../context.js';
import { DomainError, conflict } from '../errors.js';
import { createLinks, type Link } from '../graph-writes.js';
import { mergeNamedNode } from '../named-nodes.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { signalBucketMs } from '../signals/aggregates.js';
import { computePlan, type RollbackPlan } from './plan.js';
import { planDigest, planRef, type PlanRef } from './plan-id.js';
import { rollbackPlanQueries } from './queries.js';

export const executeRollbackPlanInput = z.object({
  plan: idOf('RollbackPlan'),
  reason: text(2000).min(1).optional(),
});

export interface RollbackExecution {
  /** The recorded plan (its id is the one executed). */
  plan: string;
  move: NodeOf<'AliasMove'>;
}

/**
 * Executes a plan `rollbackPlan` proposed, through the one rollback: refused with CONFLICT and nothing
 * written when, since the plan's instant, the alias moved or the evidence or the target changed (the
 * same plan asked now would have another id). The plan is recorded as a RollbackPlan node the move
 * used, derived from its evidence and its two releases; the audit event names it.
 */
export async function executeRollbackPlan(ctx: DomainContext, input: unknown): Promise<RollbackExecution> {
  const cmd = command(ctx, 'alias.executePlan');
  const data = parse(executeRollbackPlanInput, input);
  const ref = planRef(data.plan);
  return cmd.write(data, async (tx, now) => {
    const plan = await lockAndPlan(tx, ctx, now, ref.system, ref.environment);
    if (planDigest(plan, ref.asOf) !== ref.digest) throw stale(ref, plan);
    const done = await carryOut(
      tx,
      ctx,
      now,
      { ...plan, id: ref.id, asOf: ref.asOf.toISOString() },
      { reason: data.reason, automatic: false },
    );
    return { result: { plan: ref.id, move: done.move }, targets: done.targets };
  });
}

function stale(ref: PlanRef, now: RollbackPlan): DomainError {
  return conflict(
    `${ref.id} is stale: since ${ref.asOf.toISOString()} the alias moved, or the evidence or the qualifying target changed ` +
      `(now: ${now.current} serving, target ${now.target ?? 'none'}, evidence ${now.evidence.join(', ') || 'none'}). Ask rollbackPlan again.`,
    { plan: ref.id, currentPlan: now.id },
  );
}

/**
 * Write-locks the alias, then plans as of the moment the lock is held: no move can come between the
 * plan and its execution.
 */
export async function lockAndPlan(tx: Tx, ctx: DomainContext, now: Date, system: string, environment: string): Promise<RollbackPlan> {
  const locked = await tx.one(rollbackPlanQueries.lock, { alias: aliasId(system, environment) });
  if (!locked) {
    throw new DomainError('NOT_FOUND', `${aliasId(system, environment)} has never pointed at a release; there is nothing to roll back.`, {
      alias: aliasId(system, environment),
    });
  }
  return computePlan(tx, system, environment, new Date(Math.max(now.getTime(), ctx.now().getTime())), signalBucketMs(ctx.limits));
}

/** Rolls back to the plan's target and records the plan in lineage; returns the move and every id it wrote. */
export async function carryOut(
  tx: Tx,
  ctx: DomainContext,
  now: Date,
  plan: RollbackPlan,
  opts: { reason?: string; automatic: boolean },
): Promise<{ move: NodeOf<'AliasMove'>; targets: string[] }> {
  if (!plan.target) {
    throw conflict(`${plan.id} proposes no target: ${plan.summary}`, { plan: plan.id });
  }
  const { move, targets } = await rollbackWithin(tx, ctx, now, {
    system: plan.system,
    environment: plan.environment,
    to: plan.target,
    reason: opts.reason ?? plan.summary,
  });
  const recorded = await mergeNamedNode(
    tx,
    ctx,
    {
      type: 'RollbackPlan',
      id: plan.id,
      props: {
        parent: aliasId(plan.system, plan.environment),
        system: plan.system,
        environment: plan.environment,
        asOf: dateTimeParam(new Date(plan.asOf)),
        currentRelease: plan.current,
        currentMove: plan.currentMove,
        targetRelease: plan.target,
        evidence: plan.evidence,
        failingComponents: plan.failingComponents,
        rejected: plan.candidates.filter((c) => !c.accepted).map((c) => c.release),
        automatic: opts.automatic,
        summary: plan.summary,
      },
    },
    now,
  );
  if (!recorded.created) throw conflict(`${plan.id} was already executed.`, { plan: plan.id });
  const links: Link[] = [
    { type: 'USED', from: move.id, to: plan.id, role: 'plan' },
    ...plan.evidence.map((id) => ({ type: 'WAS_DERIVED_FROM' as const, from: plan.id, to: id, role: 'evidence' })),
    { type: 'WAS_DERIVED_FROM', from: plan.id, to: plan.current, role: 'rolled-back-release' },
    { type: 'WAS_DERIVED_FROM', from: plan.id, to: plan.target, role: 'target-release' },
  ];
  await createLinks(tx, links, now);
  const marked = await tx.one(rollbackPlanQueries.record, { move: move.id, plan: plan.id, automatic: opts.automatic });
  return { move: nodeOf('AliasMove', marked!.m), targets: [...targets, plan.id] };
}

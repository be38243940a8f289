import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { conflict } from '../errors.js';
import { definedProps, requireNodes } from '../graph-writes.js';
import { nodeId, requireReleaseOfSystem } from '../ids.js';
import { newKey } from '../keys.js';
import { mergeNamedNode } from '../named-nodes.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { policyQueries } from './queries.js';
import { PINNED_KINDS } from '../diff/pins.js';
import { autoRollbackOnAlert } from '../rollback-plan/automatic.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';

export const openDriftAlertInput = z.object({
  system: idOf('System'),
  release: idOf('Release').optional(),
  component: idOf(...PINNED_KINDS).optional(),
  reason: text(2000).min(1, 'say what drifted'),
});

/**
 * Opens a drift alert on a system (optionally naming the release that drifted, and the pinned version
 * it points at); while open it can block promotion. When the system's policy says so, the rollback
 * plan of every environment serving that release is executed in the same transaction.
 */
export async function openDriftAlert(ctx: DomainContext, input: unknown): Promise<NodeOf<'DriftAlert'>> {
  const cmd = command(ctx, 'drift.open');
  const data = parse(openDriftAlertInput, input);
  if (data.release) requireReleaseOfSystem('release', data.release, data.system);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [
      { field: 'system', id: data.system, types: ['System'] },
      ...(data.release ? [{ field: 'release', id: data.release, types: ['Release' as const] }] : []),
      ...(data.component ? [{ field: 'component', id: data.component, types: [...PINNED_KINDS] }] : []),
    ]);
    const id = nodeId('DriftAlert', newKey(now));
    const props = definedProps({
      parent: data.system,
      system: data.system,
      release: data.release,
      component: data.component,
      reason: data.reason,
      open: true,
    });
    const { node } = await mergeNamedNode(tx, ctx, { type: 'DriftAlert', id, props }, now);
    const rolledBack = await autoRollbackOnAlert(tx, ctx, now, node);
    return { result: node, targets: [id, data.system, ...(data.release ? [data.release] : []), ...rolledBack] };
  });
}

export const resolveDriftAlertInput = z.object({ id: idOf('DriftAlert'), reason: text(2000).min(1, 'say how the drift was resolved') });

/** Resolves an open drift alert: a timestamp, who and why; the alert itself stays. */
export async function resolveDriftAlert(ctx: DomainContext, input: unknown): Promise<NodeOf<'DriftAlert'>> {
  const cmd = command(ctx, 'drift.resolve');
  const data = parse(resolveDriftAlertInput, input);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'id', id: data.id, types: ['DriftAlert'] }]);
    const row = await tx.one(policyQueries.driftResolve, {
      id: data.id,
      at: dateTimeParam(now),
      actor: ctx.principal.id,
      reason: data.reason,
    });
    if (!row) throw conflict(`${data.id} is already resolved.`, { id: data.id });
    return { result: nodeOf('DriftAlert', row.d), targets: [data.id] };
  });
}

import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import { authorize } from '../permissions/permissions.js';
import type { DomainContext } from '../context.js';
import { DomainError, conflict } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { keyOf, nodeId, requireReleaseOfSystem } from '../ids.js';
import { enforcePromotionPolicy, enforceRollbackPolicy } from '../policies/gate.js';
import { idOf, key, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import type { MoveKind } from './move-kinds.js';
import { aliasQueries } from './queries.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';

export const aliasId = (system: string, environment: string) => nodeId('Alias', `${keyOf(system)}/${environment}`);

/** The alias id for client-supplied arguments, refusing malformed ones with VALIDATION. */
export function validAliasId(system: string, environment: string): string {
  const data = parse(z.object({ system: idOf('System'), environment: key }), { system, environment });
  return aliasId(data.system, data.environment);
}

export const promoteInput = z.object({
  system: idOf('System'),
  environment: key,
  release: idOf('Release'),
  reason: text(2000).min(1, 'say why the alias moves'),
});

export const rollbackInput = z.object({
  system: idOf('System'),
  environment: key,
  to: idOf('Release').optional(),
  reason: text(2000).min(1, 'say why the alias is rolled back'),
});

/** Points an environment alias at a release; the move (who, when, why, from, to) is kept forever. */
export async function promote(ctx: DomainContext, input: unknown): Promise<NodeOf<'AliasMove'>> {
  const cmd = command(ctx, 'alias.promote');
  const data = parse(promoteInput, input);
  const alias = aliasId(data.system, data.environment);
  return cmd.write(data, async (tx, now) => {
    await requireSystem(tx, data.system);
    const release = await requireReleaseOf(tx, data.system, data.release, 'release');
    // The gate only reads, and runs before the alias is opened or locked: a refusal writes nothing.
    await enforcePromotionPolicy(tx, data.system, data.environment, data.release);
    const current = await lockAlias(tx, alias, data.system, data.environment, now, ctx.principal.id);
    if (current === data.release) {
      throw conflict(`${alias} already points at ${data.release}; nothing to promote.`, { alias, release: data.release });
    }
    const move = await moveAlias(
      tx,
      { alias, release: release.id, from: current, moveKind: 'PROMOTE', reason: data.reason, flagged: false },
      afterLock(ctx, now),
      ctx.principal.id,
    );
    return { result: move, targets: [alias, move.id, data.release] };
  });
}

/**
 * Moves an alias back: to a named release, or to the one computed from its history (the last
 * release it served before the current one that was never rolled back from).
 */
export async function rollback(ctx: DomainContext, input: unknown): Promise<NodeOf<'AliasMove'>> {
  const cmd = command(ctx, 'alias.rollback');
  const data = parse(rollbackInput, input);
  return cmd.write(data, async (tx, now) => {
    const { move, targets } = await rollbackWithin(tx, ctx, now, data);
    return { result: move, targets };
  });
}

/**
 * The rollback itself, inside the caller's write transaction (a rollback plan executes through it):
 * the move, and the ids it changed (the alias, the move, the target and the release rolled back from).
 */
export async function rollbackWithin(
  tx: Tx,
  ctx: DomainContext,
  now: Date,
  data: z.output<typeof rollbackInput>,
): Promise<{ move: NodeOf<'AliasMove'>; targets: string[] }> {
  const alias = aliasId(data.system, data.environment);
  await requireSystem(tx, data.system);
  const current = await lockAlias(tx, alias, data.system, data.environment, now, ctx.principal.id);
  if (!current) throw new DomainError('NOT_FOUND', `${alias} has never pointed at a release; there is nothing to roll back.`, { alias });
  const found = await tx.one(aliasQueries.rollbackTarget, { alias, current, to: data.to ?? null });
  const target = data.to ?? found?.target ?? null;
  if (!target) {
    throw new DomainError('NOT_FOUND', `${alias} has no earlier release to roll back to.`, { alias, current });
  }
  if (data.to && !found?.toServed) {
    throw new DomainError('VALIDATION', `to: ${target} never served ${alias}; roll back only to a release the alias served before.`, {
      field: 'to',
    });
  }
  if (target === current) throw conflict(`${alias} already points at ${target}.`, { alias });
  await requireReleaseOf(tx, data.system, target, 'to');
  await enforceRollbackPolicy(tx, data.system, data.environment, target);
  const move = await moveAlias(
    tx,
    { alias, release: target, from: current, moveKind: 'ROLLBACK', reason: data.reason, flagged: true },
    afterLock(ctx, now),
    ctx.principal.id,
  );
  return { move, targets: [alias, move.id, target, current] };
}

/**
 * When a move takes effect: the clock read after the alias lock is held. `now` was read before a
 * concurrent move of the same alias may have committed; using it could open this interval before the
 * previous one, so the pointer history would disagree with the move order.
 */
function afterLock(ctx: DomainContext, now: Date): Date {
  return new Date(Math.max(now.getTime(), ctx.now().getTime()));
}

async function requireSystem(tx: Tx, system: string): Promise<void> {
  await requireNodes(tx, [{ field: 'system', id: system, types: ['System'] }]);
}

async function lockAlias(tx: Tx, alias: string, system: string, environment: string, now: Date, actor: string): Promise<string | null> {
  const row = await tx.one(aliasQueries.lock, { id: alias, system, environment, at: dateTimeParam(now), actor });
  return row?.current ?? null;
}

async function requireReleaseOf(tx: Tx, system: string, release: string, field: string): Promise<{ id: string }> {
  const found = await requireNodes(tx, [{ field, id: release, types: ['Release'] }]);
  const row = found.get(release)!;
  if (row.retractedAt) throw new DomainError('VALIDATION', `${field}: ${release} was retracted and cannot serve traffic.`, { field });
  requireReleaseOfSystem(field, release, system);
  return { id: release };
}

async function moveAlias(
  tx: Tx,
  move: { alias: string; release: string; from: string | null; moveKind: MoveKind; reason: string; flagged: boolean },
  now: Date,
  actor: string,
): Promise<NodeOf<'AliasMove'>> {
  const row = await tx.one(aliasQueries.move, {
    ...move,
    moveIdBase: nodeId('AliasMove', keyOf(move.alias)),
    at: dateTimeParam(now),
    actor,
  });
  return nodeOf('AliasMove', row!.m);
}

export interface AliasTarget {
  alias: string;
  at: string;
  release: string | null;
  since: string | null;
  until: string | null;
  move: string | null;
}

/** Where an alias pointed at an instant (now by default): the auditor's "was this production then?". */
export async function aliasTarget(ctx: DomainContext, system: string, environment: string, at?: Date | null): Promise<AliasTarget> {
  authorize(ctx.principal, 'lineage.read');
  const alias = validAliasId(system, environment);
  checkAsOf(ctx, at);
  const when = at ?? ctx.now();
  const row = (await ctx.db.readQuery(aliasQueries.at, { alias, at: dateTimeParam(when) }))[0];
  return {
    alias,
    at: when.toISOString(),
    release: row?.release ?? null,
    since: row?.since ?? null,
    until: row?.until ?? null,
    move: row?.move ?? null,
  };
}

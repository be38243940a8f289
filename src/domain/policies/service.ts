import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import { authorize } from '../permissions/permissions.js';
import { digestOf } from '../audit/hash.js';
import type { DomainContext } from '../context.js';
import { requireNodes } from '../graph-writes.js';
import { mergeNamedNode } from '../named-nodes.js';
import { idOf, key, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { checkPromotion, type PromotionCheck } from './gate.js';
import { policyIdOf, policyInForce, policySettings, type PolicyInForce } from './policy.js';
import { artifactQueries } from '../artifacts/queries.js';
import { policyQueries } from './queries.js';

export const setPolicyInput = policySettings.extend({ system: idOf('System'), reason: text(2000).min(1, 'say why the policy changes') });

/**
 * Sets a system's whole policy (omitted settings take their defaults). Each change is a new
 * PolicyVersion; the one it replaces stays, marked superseded, so "what was the policy then?" has an answer.
 * Setting the policy in force again changes nothing.
 */
export async function setPolicy(ctx: DomainContext, input: unknown): Promise<PolicyInForce> {
  const cmd = command(ctx, 'policy.set');
  const data = parse(setPolicyInput, input);
  const { system, reason, ...settings } = data;
  settings.gatedEnvironments = [...new Set(settings.gatedEnvironments)].sort();
  const policy = policyIdOf(system);
  const digest = digestOf(settings);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'system', id: system, types: ['System'] }]);
    await mergeNamedNode(tx, ctx, { type: 'Policy', id: policy, props: { parent: system, system } }, now);
    await tx.one(artifactQueries.lock, { id: policy, kind: 'Policy' });
    const current = await policyInForce(tx, system, null);
    if (current.version && digestOf(settingsOf(current)) === digest) return { result: current, targets: [] };
    const row = await tx.one(artifactQueries.versionCreate, {
      parent: policy,
      idBase: policy,
      label: 'PolicyVersion',
      props: { ...settings, system, reason },
      digest,
      at: dateTimeParam(now),
      actor: ctx.principal.id,
    });
    const version = String(row!.v.id);
    await tx.run(policyQueries.supersede, { policy, current: version, at: dateTimeParam(now) });
    return { result: { system, version, ...settings }, targets: [version, policy, system] };
  });
}

function settingsOf(p: PolicyInForce) {
  const { system: _s, version: _v, ...settings } = p;
  return settings;
}

/** The policy in force for a system at `asOf` (now by default); the defaults when none was ever set. */
export async function getPolicy(ctx: DomainContext, system: string, asOf?: Date | null): Promise<PolicyInForce> {
  authorize(ctx.principal, 'catalog.read');
  const data = parse(z.object({ system: idOf('System') }), { system });
  checkAsOf(ctx, asOf);
  return ctx.db.read((tx) => policyInForce(tx, data.system, asOf ?? null));
}

/** A dry run of the promotion gate: what promoting `release` to `environment` would need that is missing. */
export async function promotionCheck(ctx: DomainContext, input: unknown): Promise<PromotionCheck> {
  authorize(ctx.principal, 'catalog.read');
  const data = parse(z.object({ system: idOf('System'), environment: key, release: idOf('Release') }), input);
  return ctx.db.read(async (tx) => {
    await requireNodes(tx, [
      { field: 'system', id: data.system, types: ['System'] },
      { field: 'release', id: data.release, types: ['Release'] },
    ]);
    return checkPromotion(tx, data.system, data.environment, data.release);
  });
}

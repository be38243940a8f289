import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { ALIAS_TARGET_DOC, audited, expectRefused } from '../helpers/fixtures.js';
import { useHarness } from '../helpers/harness.js';
import { AUDIT, EXECUTE, LINEAGE, MOVE, openAlert, plan, REVIEW, SET_POLICY, servedInTurn } from '../helpers/rollback-plan.js';

const { h, f } = useHarness();

const as = (id: string, role: Principal['roles'][number]): Principal => ({
  id: `person:${h.prefix}-${id}`,
  roles: [role],
  clearance: 'RESTRICTED',
  via: 'jwt',
});

const serving = async (system: string) =>
  (await h.ok(ALIAS_TARGET_DOC, { system, environment: 'production' })).aliasTarget.release?.id ?? null;

/** A system serving release 3 of 3 in production, with a failed evaluation against it. */
async function degraded(name: string) {
  const sys = await f.system(name, 3);
  await servedInTurn(f, sys.system, sys.releases);
  const failed = (await f.evaluate(sys.releases[2], 0.5, 0.8)).id;
  return { ...sys, failed };
}

describe('executeRollbackPlan', () => {
  it('rolls back to the target through the rollback, with the plan in the audit event and in lineage', async () => {
    const sys = await degraded('exec');
    const [, r2, r3] = sys.releases;
    const p = await plan(h, sys.system);
    expect(p.target?.id).toBe(r2);

    const done = (await audited(h, EXECUTE, { input: { plan: p.id } })).executeRollbackPlan;
    expect(done.move).toMatchObject({
      moveKind: 'ROLLBACK',
      flaggedForReview: true,
      awaitingReview: true,
      automatic: false,
      createdBy: 'person:test-admin',
      reason: p.summary,
      from: { id: r3 },
      to: { id: r2 },
      rollbackPlan: { id: p.id },
    });
    expect(done.plan).toMatchObject({
      id: p.id,
      asOf: p.asOf,
      automatic: false,
      evidence: [sys.failed],
      rejected: [],
      currentRelease: { id: r3 },
      targetRelease: { id: r2 },
    });
    expect(await serving(sys.system)).toBe(r2);

    const events = (await h.ok(AUDIT, { target: p.id })).auditEvents.edges.map((e) => e.node);
    expect(events).toEqual([
      { action: 'alias.executePlan', actor: 'person:test-admin', targets: expect.arrayContaining([p.id, done.move.id, r2, r3]) },
    ]);

    const up = (await h.ok(LINEAGE, { id: p.id, direction: 'UPSTREAM', depth: 1 })).lineage;
    expect(up.edges).toEqual(
      expect.arrayContaining([
        { from: p.id, to: sys.failed, type: 'WAS_DERIVED_FROM', role: 'evidence' },
        { from: p.id, to: r3, type: 'WAS_DERIVED_FROM', role: 'rolled-back-release' },
        { from: p.id, to: r2, type: 'WAS_DERIVED_FROM', role: 'target-release' },
      ]),
    );
    // From the failed evaluation downstream: the plan derived from it, and the move that used the plan.
    const down = (await h.ok(LINEAGE, { id: sys.failed, direction: 'DOWNSTREAM', depth: 2 })).lineage;
    expect(down.edges).toEqual(expect.arrayContaining([{ from: done.move.id, to: p.id, type: 'USED', role: 'plan' }]));
    expect(down.nodes).toEqual(expect.arrayContaining([{ id: p.id, type: 'RollbackPlan' }]));

    const prov = await h.app.fetch(`http://provenant.test/prov/lineage?id=${encodeURIComponent(p.id)}&direction=BOTH&depth=1`);
    expect(prov.status).toBe(200);
    const doc = JSON.stringify(await prov.json());
    expect(doc).toContain('prov:Plan');
    expect(doc).toContain('"prov:role":"plan"');

    // The same plan again: the alias has moved since, so it is stale.
    await expectRefused(h, 'CONFLICT', EXECUTE, { input: { plan: p.id } });
  });

  it('runs for an ENGINEER (the rollback roles) and is refused for a VIEWER with the graph unchanged', async () => {
    const sys = await degraded('roles');
    const p = await plan(h, sys.system);
    const viewer = await f.as(as('viewer', 'VIEWER'), () => expectRefused(h, 'FORBIDDEN', EXECUTE, { input: { plan: p.id } }));
    expect(viewer.errors![0].message).toContain('alias.executePlan');
    expect(await serving(sys.system)).toBe(sys.releases[2]);

    const engineer = as('engineer', 'ENGINEER');
    const done = await f.as(engineer, () => h.ok(EXECUTE, { input: { plan: p.id, reason: 'groundedness below the bar' } }));
    expect(done.executeRollbackPlan.move).toMatchObject({
      createdBy: engineer.id,
      reason: 'groundedness below the bar',
      to: { id: sys.releases[1] },
    });
  });

  it('refuses a stale plan, with the graph unchanged: new evidence, or the alias moved', async () => {
    const sys = await degraded('stale');
    const [r1, , r3] = sys.releases;
    const p = await plan(h, sys.system);
    const alert = await openAlert(h, sys.system, r3);
    const refused = await expectRefused(h, 'CONFLICT', EXECUTE, { input: { plan: p.id } });
    expect(refused.errors![0].message).toContain('stale');
    expect(refused.errors![0].extensions?.currentPlan).toMatch(/^rollbackplan:/);
    expect(refused.errors![0].extensions?.currentPlan).not.toBe(p.id);

    const fresh = await plan(h, sys.system);
    expect(fresh.evidence).toEqual([alert, sys.failed]);
    await f.rollback(sys.system, 'production', r1, 'someone rolled back by hand');
    await expectRefused(h, 'CONFLICT', EXECUTE, { input: { plan: fresh.id } });
    expect(await serving(sys.system)).toBe(r1);

    // A forged digest is no plan of this graph; a malformed id is no plan at all.
    await expectRefused(h, 'CONFLICT', EXECUTE, { input: { plan: fresh.id.replace(/[0-9a-f]{4}$/, '0000') } });
    await expectRefused(h, 'VALIDATION', EXECUTE, { input: { plan: 'rollbackplan:nonsense' } });
  });

  it('refuses to execute a plan that found no target', async () => {
    const sys = await f.system('notarget', 2);
    await servedInTurn(f, sys.system, sys.releases);
    await f.evaluate(sys.releases[0], 0.2, 0.8);
    const p = await plan(h, sys.system);
    expect(p.outcome).toBe('NO_CANDIDATE');
    const r = await expectRefused(h, 'CONFLICT', EXECUTE, { input: { plan: p.id } });
    expect(r.errors![0].message).toContain('proposes no target');
  });
});

describe('automatic rollback on an alert', () => {
  it('is off by default: opening an alert on the serving release moves nothing', async () => {
    const sys = await f.system('auto-off', 2);
    await servedInTurn(f, sys.system, sys.releases);
    await openAlert(h, sys.system, sys.releases[1]);
    expect(await serving(sys.system)).toBe(sys.releases[1]);
  });

  it('when the policy turns it on, the alert executes the plan in its transaction, flagged for someone else to review', async () => {
    const sys = await f.system('auto-on', 2);
    const [r1, r2] = sys.releases;
    await servedInTurn(f, sys.system, sys.releases);
    const set = await h.ok(SET_POLICY, { input: { system: sys.system, autoRollbackOnAlert: true, reason: 'roll back on drift' } });
    expect(set.setPolicy.autoRollbackOnAlert).toBe(true);

    const before = (await h.counts()).auditHead;
    const alert = await openAlert(h, sys.system, r2);
    expect((await h.counts()).auditHead).toBe(before + 1);
    expect(await serving(sys.system)).toBe(r1);

    const [event] = (await h.ok(AUDIT, { target: alert })).auditEvents.edges.map((e) => e.node);
    expect(event.action).toBe('drift.open');
    const planId = event.targets.find((t) => t.startsWith('rollbackplan:'))!;
    const moveId = event.targets.find((t) => t.startsWith('aliasmove:'))!;
    expect((await h.ok(MOVE, { id: moveId })).node).toMatchObject({
      automatic: true,
      flaggedForReview: true,
      awaitingReview: true,
      createdBy: 'person:test-admin',
      to: { id: r1 },
      rollbackPlan: { id: planId, automatic: true },
    });
    const down = (await h.ok(LINEAGE, { id: alert, direction: 'DOWNSTREAM', depth: 2 })).lineage;
    expect(down.edges).toEqual(
      expect.arrayContaining([
        { from: planId, to: alert, type: 'WAS_DERIVED_FROM', role: 'evidence' },
        { from: moveId, to: planId, type: 'USED', role: 'plan' },
      ]),
    );

    // Separation of duties: whoever opened the alert made the move and cannot review it.
    await expectRefused(h, 'FORBIDDEN', REVIEW, { input: { id: moveId, note: 'looks fine' } });
    const reviewed = await f.as(f.approver, () => h.ok(REVIEW, { input: { id: moveId, note: 'the alert was real' } }));
    expect(reviewed.reviewAliasMove.reviewedBy).toBe(f.approver.id);
  });
});

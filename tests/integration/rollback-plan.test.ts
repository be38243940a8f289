import { describe, expect, it } from 'vitest';
import { expectRefused, instant } from '../helpers/fixtures.js';
import { useHarness } from '../helpers/harness.js';
import { alertWhileServing, OPEN_ALERT, openAlert, PLAN, plan, servedInTurn } from '../helpers/rollback-plan.js';

const { h, f } = useHarness();

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
const verdicts = (p: Awaited<ReturnType<typeof plan>>) =>
  p.candidates.map((c) => [c.release.id, c.accepted ? 'ACCEPTED' : c.rejections.map((r) => r.code).join('+')]);

describe('rollbackPlan', () => {
  it('skips the previous release when it failed an evaluation, and the one before when it had an alert while serving', async () => {
    const sys = await f.system('skips', 4);
    const [r1, r2, r3, r4] = sys.releases;
    await servedInTurn(f, sys.system, [r1, r2]);
    const alert = await alertWhileServing(h, sys.system, r2);
    await servedInTurn(f, sys.system, [r3, r4]);
    const r3Failed = (await f.evaluate(r3, 0.6, 0.8)).id;
    const r4Failed = (await f.evaluate(r4, 0.55, 0.8)).id;

    const p = await plan(h, sys.system);
    expect(p.outcome).toBe('PROPOSED');
    expect(p.current.id).toBe(r4);
    expect(p.target?.id).toBe(r1);
    expect(verdicts(p)).toEqual([
      [r3, 'EVALUATION_FAILED'],
      [r2, 'ALERT_WHILE_SERVING'],
      [r1, 'ACCEPTED'],
    ]);
    expect(p.candidates[0].rejections[0].evidence).toEqual([r3Failed]);
    expect(p.candidates[1].rejections[0].evidence).toEqual([alert]);
    // Evidence against the serving release, as node references, and what rolling back does to it.
    expect(p.evidence).toEqual([r4Failed]);
    expect(ids(p.failedEvaluations)).toEqual([r4Failed]);
    expect(p.effects).toEqual([
      expect.objectContaining({
        signal: 'accuracy',
        source: 'EVALUATION',
        current: 0.55,
        threshold: 0.8,
        target: 0.9,
        targetMeetsThreshold: true,
      }),
    ]);
    expect(p.effects[0].evidence.id).toBe(r4Failed);
    // The diff to the current release, and the approvals the policy asks for.
    expect(p.diff).toMatchObject({ a: { id: r4 }, b: { id: r1 } });
    expect(p.diff!.pins).toEqual([{ slot: 'PROMPT', change: 'CHANGED', before: sys.prompts[3], after: sys.prompts[0] }]);
    expect(p.approvals).toMatchObject({ gated: true, approvalRequired: true, unmet: null, executeRoles: ['ENGINEER', 'ADMIN'] });
    expect(p.approvals.satisfiedBy).toHaveLength(1);
    expect(p.summary).toContain(`skipped ${r3}: EVALUATION_FAILED, ${r2}: ALERT_WHILE_SERVING`);
    // Asking again for the same instant gives the same plan, id included.
    expect(await plan(h, sys.system, p.asOf)).toEqual(p);
  });

  it('skips a release that pins the component the failing evidence points at', async () => {
    const model = await f.modelVersion(await f.artifact('model', 'pinning-model'));
    const prompt = await f.artifact('prompt', 'pinning-prompt');
    const [p1, p2, p3] = [
      await f.promptVersion(prompt, 'one {{question}}'),
      await f.promptVersion(prompt, 'two {{question}}'),
      await f.promptVersion(prompt, 'three {{question}}'),
    ];
    const index = await f.artifact('retrieval', 'pinning-index');
    const [x1, x2] = [await f.retrievalVersion(index, 4), await f.retrievalVersion(index, 8)];
    const system = await f.registerSystem('pinning');
    const r1 = await f.release(system, { model, prompts: [p1], retrievalConfig: x1 });
    const r2 = await f.release(system, { model, prompts: [p2], retrievalConfig: x2 });
    const r3 = await f.release(system, { model, prompts: [p3], retrievalConfig: x2 });
    await servedInTurn(f, system, [r1, r2, r3]);

    const before = await plan(h, system);
    expect(before.target?.id).toBe(r2);
    expect(before.failingComponents).toEqual([]);

    const alert = await openAlert(h, system, r3, x2);
    const p = await plan(h, system);
    expect(ids(p.alerts)).toEqual([alert]);
    expect(p.failingComponents).toEqual([x2]);
    expect(verdicts(p)).toEqual([
      [r2, 'PINS_FAILING_COMPONENT'],
      [r1, 'ACCEPTED'],
    ]);
    expect(p.candidates[0].rejections[0].evidence).toEqual([x2]);
    expect(p.diff!.pins).toEqual(expect.arrayContaining([{ slot: 'RETRIEVAL_CONFIG', change: 'CHANGED', before: x2, after: x1 }]));

    // A failed evaluation of a pinned version points at it too.
    const evaluated = await f.evaluate(p3, 0.4, 0.7);
    expect((await plan(h, system)).failingComponents).toEqual([p3, x2].sort());
    expect((await plan(h, system)).evidence).toEqual([alert, evaluated.id]);
  });

  it('says so when no earlier release qualifies, listing why each was rejected', async () => {
    const sys = await f.system('none', 3);
    const [r1, r2, r3] = sys.releases;
    await servedInTurn(f, sys.system, [r1, r3]);
    await f.readyForProduction(r2);
    await f.evaluate(r1, 0.3, 0.8);

    const p = await plan(h, sys.system);
    expect(p.outcome).toBe('NO_CANDIDATE');
    expect(p.target).toBeNull();
    expect(p.diff).toBeNull();
    expect(p.effects).toEqual([]);
    // Release 2 was approved and evaluated but never served production.
    expect(verdicts(p)).toEqual([
      [r2, 'NEVER_SERVED'],
      [r1, 'EVALUATION_FAILED'],
    ]);
    expect(p.summary).toContain('No earlier release');

    // The first release of an environment has nothing before it.
    const lone = await f.system('lone', 1);
    await servedInTurn(f, lone.system, lone.releases);
    expect(await plan(h, lone.system)).toMatchObject({ outcome: 'NO_CANDIDATE', candidates: [], earlierReleases: 0 });
  });

  it('is asOf-exact: alerts opened and releases promoted after T do not count at T', async () => {
    const sys = await f.system('asof', 4);
    const [r1, r2, r3, r4] = sys.releases;
    await servedInTurn(f, sys.system, [r1, r2, r3]);
    const t = await instant();
    const atT = await plan(h, sys.system, t);
    expect(atT).toMatchObject({ current: { id: r3 }, target: { id: r2 }, evidence: [] });

    // After T: release 2 fails an evaluation, release 4 is promoted and an alert opens on it.
    await f.evaluate(r2, 0.1, 0.8);
    await servedInTurn(f, sys.system, [r4]);
    const alert = await openAlert(h, sys.system, r4);
    const now = await plan(h, sys.system);
    expect(now).toMatchObject({ current: { id: r4 }, target: { id: r3 }, evidence: [alert] });

    expect(await plan(h, sys.system, t)).toEqual(atT);
  });

  it('refuses an alert naming a component that is not a pinned kind of version, or does not exist, with the graph unchanged', async () => {
    const sys = await f.system('components', 1);
    const input = { system: sys.system, release: sys.releases[0], reason: 'drift' };
    await expectRefused(h, 'VALIDATION', OPEN_ALERT, { input: { ...input, component: sys.system } });
    await expectRefused(h, 'NOT_FOUND', OPEN_ALERT, { input: { ...input, component: `prompt:${h.prefix}-nosuch@1` } });
    expect((await h.ok(OPEN_ALERT, { input: { ...input, component: sys.prompts[0] } })).openDriftAlert.component).toBe(sys.prompts[0]);
  });

  it('refuses what it cannot answer: an unknown alias, a malformed system, an asOf in the future', async () => {
    const sys = await f.system('refusals', 1);
    const r = await h.gql(PLAN, { system: sys.system, environment: 'production' });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await h.gql(PLAN, { system: 'nonsense', environment: 'production' });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION');
    const future = await h.gql(PLAN, {
      system: sys.system,
      environment: 'production',
      asOf: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.errors?.[0].extensions?.code).toBe('VALIDATION');
  });
});

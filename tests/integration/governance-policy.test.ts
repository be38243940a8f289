import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { useHarness } from '../helpers/harness.js';
import { ADMIN, codeOf, cypher, expectRefused, instant, PROMOTE_DOC, RETRACT_DOC } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();

const SET_POLICY = graphql(`
  mutation GovernancePolicySetPolicy($input: SetPolicyInput!) {
    setPolicy(input: $input) {
      isDefault
      gatedEnvironments
      requireApproval
      requirePassingEvaluation
      minScore
      blockOnOpenDriftAlert
      version {
        id
        version
        reason
        supersededAt
      }
    }
  }
`);
const POLICY = graphql(`
  query GovernancePolicyPolicy($system: ID!, $asOf: DateTime) {
    policy(system: $system, asOf: $asOf) {
      isDefault
      gatedEnvironments
      requireApproval
      requirePassingEvaluation
      minScore
      blockOnOpenDriftAlert
      version {
        id
      }
    }
  }
`);
const OPEN_DRIFT = graphql(`
  mutation GovernancePolicyOpenDriftAlert($input: OpenDriftAlertInput!) {
    openDriftAlert(input: $input) {
      id
      open
      reason
      release {
        id
      }
      system {
        id
      }
      createdBy
    }
  }
`);
const RESOLVE_DRIFT = graphql(`
  mutation GovernancePolicyResolveDriftAlert($input: ResolveDriftAlertInput!) {
    resolveDriftAlert(input: $input) {
      id
      open
      resolvedAt
      resolvedBy
      resolution
    }
  }
`);
const CHECK = graphql(`
  query GovernancePolicyPromotionCheck($system: ID!, $environment: String!, $release: ID!) {
    promotionCheck(system: $system, environment: $environment, release: $release) {
      gated
      allowed
      unmet {
        requirement
        detail
      }
      policy {
        isDefault
      }
    }
  }
`);

const engineer = (name: string): Principal => ({
  id: `person:${h.prefix}-${name}`,
  roles: ['ENGINEER'],
  clearance: 'INTERNAL',
  via: 'system',
});

/** Promotes to production and expects POLICY_VIOLATION with exactly these requirements unmet, nothing written. */
async function refusedFor(system: string, release: string, requirements: string[]) {
  const r = await expectRefused(h, 'POLICY_VIOLATION', PROMOTE_DOC, {
    input: { system, environment: 'production', release, reason: 'ship it' },
  });
  const err = r.errors![0];
  expect(err.extensions!.unmet.map((u: any) => u.requirement)).toEqual(requirements);
  for (const u of err.extensions!.unmet) expect(err.message).toContain(`${u.requirement}: ${u.detail}`);
  expect(err.extensions!.release).toBe(release);
  // The alias was not opened as a side effect.
  expect(await cypher(h, 'MATCH (a:Node {id: $id}) RETURN a', { id: `alias:${system.slice('system:'.length)}/production` })).toEqual([]);
  return err;
}

describe('the default policy', () => {
  it('applies when none was set: production gated on approval, passing evaluation and no open drift', async () => {
    const sys = await f.system('defaults', 1);
    expect((await h.ok(POLICY, { system: sys.system })).policy).toEqual({
      isDefault: true,
      gatedEnvironments: ['production'],
      requireApproval: true,
      requirePassingEvaluation: true,
      minScore: null,
      blockOnOpenDriftAlert: true,
      version: null,
    });
  });

  it('leaves other environments ungated', async () => {
    const sys = await f.system('staging', 1);
    const move = await f.promote(sys.system, 'staging', sys.releases[0]);
    expect(move.to.id).toBe(sys.releases[0]);
  });

  it('refuses a release with nothing, listing every requirement', async () => {
    const sys = await f.system('nothing', 1);
    await h.ok(OPEN_DRIFT, { input: { system: sys.system, reason: 'input distribution shifted' } });
    const err = await refusedFor(sys.system, sys.releases[0], ['approval', 'evaluation', 'drift']);
    expect(err.message).toMatch(
      /^Promoting release:.+ to production is refused by the default policy of system:.+: 3 requirement\(s\) unmet: approval: /,
    );
    expect(err.extensions!.policy).toBeNull();
  });

  it('refuses when only the approval is missing', async () => {
    const sys = await f.system('no-approval', 1);
    const rel = sys.releases[0];
    await f.evaluate(rel);
    await f.approve(rel, 'staging'); // an approval for another environment does not count
    const err = await refusedFor(sys.system, rel, ['approval']);
    expect(err.extensions!.unmet[0].detail).toBe(
      `no APPROVED approval of ${rel} for production by an APPROVER other than its author ${ADMIN.id}`,
    );
  });

  it('does not count a retracted approval, and says so', async () => {
    const sys = await f.system('retracted-approval', 1);
    const rel = sys.releases[0];
    await f.evaluate(rel);
    const approval = await f.approve(rel);
    await h.ok(RETRACT_DOC, { input: { id: approval.id, reason: 'approved by mistake' } });
    const err = await refusedFor(sys.system, rel, ['approval']);
    expect(err.extensions!.unmet[0].detail).toContain(`${approval.id} was retracted at`);
  });

  it('refuses when only the evaluation is missing, or none passed', async () => {
    const sys = await f.system('no-eval', 1);
    const rel = sys.releases[0];
    await f.approve(rel);
    let err = await refusedFor(sys.system, rel, ['evaluation']);
    expect(err.extensions!.unmet[0].detail).toBe(`no passing evaluation of ${rel} (none recorded)`);
    await f.evaluate(rel, 0.71, 0.8);
    err = await refusedFor(sys.system, rel, ['evaluation']);
    expect(err.extensions!.unmet[0].detail).toBe(
      `no passing evaluation of ${rel} (1 evaluation(s), none passed its threshold; best score 0.71)`,
    );
  });

  it('blocks on an open drift alert and unblocks once it is resolved', async () => {
    const sys = await f.system('drift', 2);
    const [r1, r2] = sys.releases;
    await f.readyForProduction(r1);
    const alert = (await h.ok(OPEN_DRIFT, { input: { system: sys.system, release: r1, reason: 'accuracy fell on new claims' } }))
      .openDriftAlert;
    expect(alert).toMatchObject({ open: true, release: { id: r1 }, system: { id: sys.system }, createdBy: ADMIN.id });
    expect(alert.id).toMatch(/^drift:/);

    const err = await refusedFor(sys.system, r1, ['drift']);
    expect(err.extensions!.unmet[0].detail).toMatch(
      new RegExp(`^open drift alert ${alert.id} since \\S+Z on ${r1}: accuracy fell on new claims$`),
    );
    // A drift alert blocks the whole system, not just the release it names.
    await f.readyForProduction(r2);
    await refusedFor(sys.system, r2, ['drift']);

    const listed = await h.ok(
      graphql(`
        query GovernancePolicyDriftAlerts($s: ID!) {
          driftAlerts(system: $s, openOnly: true) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    expect(listed.driftAlerts.edges.map((e: any) => e.node.id)).toEqual([alert.id]);

    h.actAs(engineer('oncall'));
    const resolved = (await h.ok(RESOLVE_DRIFT, { input: { id: alert.id, reason: 'retrained on recent claims' } })).resolveDriftAlert;
    expect(resolved).toMatchObject({
      id: alert.id,
      open: false,
      resolvedBy: `person:${h.prefix}-oncall`,
      resolution: 'retrained on recent claims',
    });
    expect(codeOf(await h.gql(RESOLVE_DRIFT, { input: { id: alert.id, reason: 'again' } }))).toBe('CONFLICT');
    h.actAs(ADMIN);

    expect(
      (
        await h.ok(
          graphql(`
            query GovernancePolicyDriftAlerts2($s: ID!) {
              driftAlerts(system: $s, openOnly: true) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `),
          { s: sys.system },
        )
      ).driftAlerts.edges,
    ).toEqual([]);
    expect(
      (
        await h.ok(
          graphql(`
            query GovernancePolicyDriftAlerts3($s: ID!) {
              driftAlerts(system: $s) {
                edges {
                  node {
                    id
                    open
                  }
                }
              }
            }
          `),
          { s: sys.system },
        )
      ).driftAlerts.edges,
    ).toEqual([{ node: { id: alert.id, open: false } }]);
    expect((await f.promote(sys.system, 'production', r1)).to.id).toBe(r1);
  });

  it('promotes once every requirement is met', async () => {
    const sys = await f.system('all-met', 1);
    const rel = sys.releases[0];
    await f.readyForProduction(rel);
    expect((await h.ok(CHECK, { system: sys.system, environment: 'production', release: rel })).promotionCheck).toEqual({
      gated: true,
      allowed: true,
      unmet: [],
      policy: { isDefault: true },
    });
    const move = await f.promote(sys.system, 'production', rel);
    expect(move).toMatchObject({ moveKind: 'PROMOTE', to: { id: rel }, flaggedForReview: false });
  });

  it('answers a dry run with the same unmet requirements the gate would refuse with', async () => {
    const sys = await f.system('dry-run', 1);
    const rel = sys.releases[0];
    const check = (await h.ok(CHECK, { system: sys.system, environment: 'production', release: rel })).promotionCheck;
    expect(check.gated).toBe(true);
    expect(check.allowed).toBe(false);
    const err = await refusedFor(sys.system, rel, ['approval', 'evaluation']);
    expect(check.unmet).toEqual(err.extensions!.unmet);
    expect((await h.ok(CHECK, { system: sys.system, environment: 'staging', release: rel })).promotionCheck).toMatchObject({
      gated: false,
      allowed: true,
      unmet: [],
    });
  });
});

describe('setting a policy', () => {
  it('is ADMIN only, and refused settings write nothing', async () => {
    const sys = await f.system('policy-admin', 1);
    h.actAs(engineer('eng'));
    await expectRefused(h, 'FORBIDDEN', SET_POLICY, { input: { system: sys.system, minScore: 0.5, reason: 'looser' } });
    h.actAs(ADMIN);
    await expectRefused(h, 'VALIDATION', SET_POLICY, {
      input: { system: sys.system, gatedEnvironments: ['Prod uction'], reason: 'bad env' },
    });
    await expectRefused(h, 'NOT_FOUND', SET_POLICY, { input: { system: `system:${h.prefix}-nope`, reason: 'no system' } });
  });

  it('enforces minScore on top of the evaluation threshold', async () => {
    const sys = await f.system('min-score', 1);
    const rel = sys.releases[0];
    const set = (await h.ok(SET_POLICY, { input: { system: sys.system, minScore: 0.95, reason: 'regulated answers' } })).setPolicy;
    expect(set).toMatchObject({
      isDefault: false,
      minScore: 0.95,
      gatedEnvironments: ['production'],
      requireApproval: true,
      version: { id: `policy:${sys.key}@1`, version: 1 },
    });
    await f.readyForProduction(rel); // passes its own threshold 0.8 with 0.9
    const err = await refusedFor(sys.system, rel, ['evaluation']);
    expect(err.extensions!.unmet[0].detail).toBe(`no passing evaluation of ${rel} (best score 0.9 < minScore 0.95)`);
    expect(err.extensions!.policy).toBe(`policy:${sys.key}@1`);
    expect(err.message).toContain(`refused by policy:${sys.key}@1`);
    await f.evaluate(rel, 0.97, 0.8);
    expect((await f.promote(sys.system, 'production', rel)).to.id).toBe(rel);
  });

  it('keeps every version: the old one is superseded, and asOf answers with the policy then', async () => {
    const sys = await f.system('versions', 1);
    const first = (
      await h.ok(SET_POLICY, {
        input: { system: sys.system, gatedEnvironments: ['staging', 'production', 'staging'], reason: 'gate staging too' },
      })
    ).setPolicy;
    expect(first.gatedEnvironments).toEqual(['production', 'staging']);
    const between = await instant();
    // The same settings again change nothing.
    const same = (await h.ok(SET_POLICY, { input: { system: sys.system, gatedEnvironments: ['production', 'staging'], reason: 'again' } }))
      .setPolicy;
    expect(same.version.id).toBe(first.version.id);
    const second = (
      await h.ok(SET_POLICY, { input: { system: sys.system, requireApproval: false, blockOnOpenDriftAlert: false, reason: 'experiment' } })
    ).setPolicy;
    expect(second).toMatchObject({
      gatedEnvironments: ['production'],
      requireApproval: false,
      blockOnOpenDriftAlert: false,
      version: { id: `policy:${sys.key}@2`, supersededAt: null },
    });

    const history = await h.ok(
      graphql(`
        query GovernancePolicyPolicyHistory($s: ID!) {
          policyHistory(system: $s) {
            edges {
              node {
                id
                version
                reason
                supersededAt
                gatedEnvironments
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    const nodes = history.policyHistory.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual([`policy:${sys.key}@2`, `policy:${sys.key}@1`]);
    expect(nodes[1].supersededAt).not.toBeNull();
    expect(nodes[1].reason).toBe('gate staging too');

    expect((await h.ok(POLICY, { system: sys.system, asOf: between })).policy).toMatchObject({
      gatedEnvironments: ['production', 'staging'],
      requireApproval: true,
      version: { id: `policy:${sys.key}@1` },
    });
    expect((await h.ok(POLICY, { system: sys.system })).policy).toMatchObject({
      requireApproval: false,
      version: { id: `policy:${sys.key}@2` },
    });
  });

  it('gates what the policy names: staging when listed, production without an approval when not required', async () => {
    const sys = await f.system('custom-gates', 1);
    const rel = sys.releases[0];
    await h.ok(SET_POLICY, {
      input: { system: sys.system, gatedEnvironments: ['production', 'staging'], requireApproval: false, reason: 'evaluation only' },
    });
    const r = await expectRefused(h, 'POLICY_VIOLATION', PROMOTE_DOC, {
      input: { system: sys.system, environment: 'staging', release: rel, reason: 'try' },
    });
    expect(r.errors![0].extensions!.unmet.map((u: any) => u.requirement)).toEqual(['evaluation']);
    await f.evaluate(rel);
    expect((await f.promote(sys.system, 'staging', rel)).to.id).toBe(rel);
    expect((await f.promote(sys.system, 'production', rel)).to.id).toBe(rel);
  });
});

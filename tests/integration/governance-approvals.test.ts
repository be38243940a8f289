import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { useHarness } from '../helpers/harness.js';
import { ADMIN, codeOf, expectRefused, RECORD_APPROVAL_DOC, ROLLBACK_DOC } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();

const person = (name: string, roles: Principal['roles']): Principal => ({
  id: `person:${h.prefix}-${name}`,
  roles,
  clearance: 'RESTRICTED',
  via: 'system',
});
const SET_POLICY = graphql(`
  mutation GovernanceApprovalsSetPolicy($input: SetPolicyInput!) {
    setPolicy(input: $input) {
      version {
        id
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation GovernanceApprovalsReviewAliasMove($input: ReviewAliasMoveInput!) {
    reviewAliasMove(input: $input) {
      id
      flaggedForReview
      awaitingReview
      reviewedAt
      reviewedBy
      reviewNote
    }
  }
`);
const AWAITING = graphql(`
  query GovernanceApprovalsAliasMovesAwaitingReview($s: ID) {
    aliasMovesAwaitingReview(system: $s) {
      edges {
        node {
          id
          awaitingReview
          moveKind
          to {
            id
          }
        }
      }
    }
  }
`);

const approval = (subject: string, environment = 'production') => ({
  input: { subject, environment, decision: 'APPROVED' as const, justification: 'looks good' },
});

describe('separation of duties', () => {
  it('refuses the author of a release its approval, naming the rule', async () => {
    const alice = person('alice', ['ENGINEER', 'APPROVER']);
    const sys = await f.system('sod', 1);
    const prompt = await f.promptVersion(await f.artifact('prompt', 'sod-alice'), "Alice's prompt: {{question}}");
    const rel = await f.as(alice, () => f.release(sys.system, { model: sys.baseModel, prompts: [prompt] }));
    h.actAs(alice);
    const r = await expectRefused(h, 'FORBIDDEN', RECORD_APPROVAL_DOC, approval(rel));
    expect(r.errors![0].message).toBe(
      `Separation of duties: ${alice.id} authored ${rel} and cannot approve it; an APPROVER other than its author must.`,
    );
    expect(r.errors![0].extensions).toMatchObject({ rule: 'separation-of-duties', subject: rel, author: alice.id });
    h.actAs(ADMIN);

    // Another APPROVER can.
    const ok = await f.approve(rel);
    expect(ok).toMatchObject({ subjectId: rel, decision: 'APPROVED', approver: f.approver.id });
  });

  it('does not exempt ADMIN, and covers versions as well as releases', async () => {
    const sys = await f.system('sod-admin', 1);
    const rel = sys.releases[0]; // authored by the harness ADMIN
    h.actAs(ADMIN);
    const r = await expectRefused(h, 'FORBIDDEN', RECORD_APPROVAL_DOC, approval(rel));
    expect(r.errors![0].extensions!.rule).toBe('separation-of-duties');
    await expectRefused(h, 'FORBIDDEN', RECORD_APPROVAL_DOC, approval(sys.prompts[0]));
    expect((await f.approve(sys.prompts[0])).approver).toBe(f.approver.id);
  });

  it('lets an author record a rejection of their own work', async () => {
    const sys = await f.system('sod-reject', 1);
    const data = await h.ok(RECORD_APPROVAL_DOC, {
      input: { subject: sys.releases[0], environment: 'production', decision: 'REJECTED', justification: 'not ready' },
    });
    expect(data.recordApproval.decision).toBe('REJECTED');
  });

  it('only lets APPROVER and ADMIN approve', async () => {
    const sys = await f.system('sod-roles', 1);
    for (const roles of [['VIEWER'], ['ANALYST'], ['ENGINEER'], ['AUDITOR']] as Principal['roles'][]) {
      h.actAs(person(`r-${roles[0].toLowerCase()}`, roles));
      await expectRefused(h, 'FORBIDDEN', RECORD_APPROVAL_DOC, approval(sys.releases[0]));
    }
    h.actAs(person('other-admin', ['ADMIN']));
    expect((await h.ok(RECORD_APPROVAL_DOC, approval(sys.releases[0]))).recordApproval.decision).toBe('APPROVED');
    h.actAs(ADMIN);
  });
});

describe('emergency rollback', () => {
  it('lets an ENGINEER roll production back to an approved release without a new approval, flagged for review', async () => {
    const sys = await f.system('rollback', 3);
    const [r1, r2, r3] = sys.releases;
    // r3 served production without an approval while the policy did not ask for one.
    await f.evaluate(r3);
    await h.ok(SET_POLICY, { input: { system: sys.system, requireApproval: false, reason: 'load test' } });
    await f.promote(sys.system, 'production', r3);
    await h.ok(SET_POLICY, { input: { system: sys.system, reason: 'back to the defaults' } });
    await f.readyForProduction(r1);
    await f.readyForProduction(r2);
    await f.promote(sys.system, 'production', r1);
    await f.promote(sys.system, 'production', r2);

    const oncall = person('oncall', ['ENGINEER']);
    h.actAs(oncall);
    // r3 was never approved: refused, nothing written.
    const refused = await expectRefused(h, 'POLICY_VIOLATION', ROLLBACK_DOC, {
      input: { system: sys.system, environment: 'production', to: r3, reason: 'try' },
    });
    expect(refused.errors![0].extensions!.unmet).toEqual([
      { requirement: 'approval', detail: `no APPROVED approval of ${r3} for production by an APPROVER other than its author ${ADMIN.id}` },
    ]);
    expect(refused.errors![0].message).toContain('an emergency rollback may only return to a previously approved release');

    // The computed target from r2 is r1 (approved): allowed without a new approval.
    const back = (await h.ok(ROLLBACK_DOC, { input: { system: sys.system, environment: 'production', reason: 'error rate doubled' } }))
      .rollback;
    expect(back).toMatchObject({
      moveKind: 'ROLLBACK',
      from: { id: r2 },
      to: { id: r1 },
      flaggedForReview: true,
      reason: 'error rate doubled',
    });
    // From r1 the computed target skips r2 (rolled back from) and lands on the never-approved r3: refused.
    await expectRefused(h, 'POLICY_VIOLATION', ROLLBACK_DOC, { input: { system: sys.system, environment: 'production', reason: 'again' } });
    // Named, r2 is allowed: it was approved.
    const back2 = (await h.ok(ROLLBACK_DOC, { input: { system: sys.system, environment: 'production', to: r2, reason: 'r1 is worse' } }))
      .rollback;
    expect(back2).toMatchObject({ to: { id: r2 }, flaggedForReview: true });

    h.actAs(person('viewer', ['VIEWER']));
    await expectRefused(h, 'FORBIDDEN', ROLLBACK_DOC, {
      input: { system: sys.system, environment: 'production', to: r1, reason: 'viewer' },
    });
    h.actAs(ADMIN);

    const awaiting = await h.ok(AWAITING, { s: sys.system });
    expect(awaiting.aliasMovesAwaitingReview.edges.map((e: any) => e.node)).toEqual([
      { id: back2.id, awaitingReview: true, moveKind: 'ROLLBACK', to: { id: r2 } },
      { id: back.id, awaitingReview: true, moveKind: 'ROLLBACK', to: { id: r1 } },
    ]);

    // Review: not by whoever made the move, not by an ENGINEER, once only.
    h.actAs(oncall);
    await expectRefused(h, 'FORBIDDEN', REVIEW, { input: { id: back.id, note: 'self review' } });
    h.actAs({ ...oncall, roles: ['ENGINEER', 'APPROVER'] });
    const self = await expectRefused(h, 'FORBIDDEN', REVIEW, { input: { id: back.id, note: 'self review' } });
    expect(self.errors![0].extensions!.rule).toBe('separation-of-duties');
    h.actAs(f.approver);
    const reviewed = (await h.ok(REVIEW, { input: { id: back.id, note: 'justified: error budget exhausted' } })).reviewAliasMove;
    expect(reviewed).toMatchObject({
      id: back.id,
      flaggedForReview: true,
      awaitingReview: false,
      reviewedBy: f.approver.id,
      reviewNote: 'justified: error budget exhausted',
    });
    expect(reviewed.reviewedAt).not.toBeNull();
    expect(codeOf(await h.gql(REVIEW, { input: { id: back.id, note: 'again' } }))).toBe('CONFLICT');
    h.actAs(ADMIN);

    const after = await h.ok(AWAITING, { s: sys.system });
    expect(after.aliasMovesAwaitingReview.edges.map((e: any) => e.node.id)).toEqual([back2.id]);
    // A promotion was never flagged: reviewing it is a conflict.
    const history = await h.ok(
      graphql(`
        query GovernanceApprovalsAliasHistory($s: ID!) {
          aliasHistory(system: $s, environment: "production") {
            edges {
              node {
                id
                moveKind
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    const promotion = history.aliasHistory.edges.find((e: any) => e.node.moveKind === 'PROMOTE')!.node.id;
    h.actAs(f.approver);
    expect(codeOf(await h.gql(REVIEW, { input: { id: promotion, note: 'nothing to review' } }))).toBe('CONFLICT');
    h.actAs(ADMIN);
  });

  it('needs no approval to roll back an ungated environment', async () => {
    const sys = await f.system('rollback-staging', 2);
    await f.promote(sys.system, 'staging', sys.releases[0]);
    await f.promote(sys.system, 'staging', sys.releases[1]);
    h.actAs(person('eng', ['ENGINEER']));
    expect((await h.ok(ROLLBACK_DOC, { input: { system: sys.system, environment: 'staging', reason: 'flaky' } })).rollback.to.id).toBe(
      sys.releases[0],
    );
    h.actAs(ADMIN);
  });
});

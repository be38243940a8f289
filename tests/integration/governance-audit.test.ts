import { beforeAll, describe, expect, it } from 'vitest';
import { eventHash } from '../../src/domain/audit/append.js';
import type { AuditEvent } from '../../src/domain/audit/event.js';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { startHarness, useHarness, type ArgsOf, type DataOf, type Sendable } from '../helpers/harness.js';
import { ADMIN, codeOf, cypher, expectRefused, instant, PROMOTE_DOC } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();

const person = (name: string, roles: Principal['roles']): Principal => ({
  id: `person:${h.prefix}-${name}`,
  roles,
  clearance: 'RESTRICTED',
  via: 'system',
});
const EVENTS = graphql(`
  query GovernanceAuditAuditEvents(
    $target: ID
    $actor: String
    $action: String
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
  ) {
    auditEvents(target: $target, actor: $actor, action: $action, from: $from, to: $to, first: $first, after: $after) {
      edges {
        cursor
        node {
          seq
          at
          actor
          action
          targets
          inputDigest
          prevHash
          hash
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const VERIFY = graphql(`
  query GovernanceAuditVerifyAuditTrail {
    verifyAuditTrail {
      ok
      checked
      headSeq
      firstBrokenSeq
      reason
    }
  }
`);
const REJECTED = graphql(`
  query GovernanceAuditRejectedRequests($actor: String, $code: String, $first: Int) {
    rejectedRequests(actor: $actor, code: $code, first: $first) {
      edges {
        node {
          at
          requestId
          actor
          operation
          field
          code
          reason
          errors {
            field
            code
            reason
          }
        }
      }
    }
  }
`);

let auditor: Principal;

beforeAll(async () => {
  auditor = person('auditor', ['AUDITOR']);
});

const asAuditor = async <D extends Sendable>(document: D, ...args: ArgsOf<D>): Promise<DataOf<D>> =>
  f.as(auditor, () => h.ok(document, ...args));

describe('audit trail queries', () => {
  it('finds events by target, actor, action and time, newest first, paging by cursor', async () => {
    const eng = person('eng', ['ENGINEER']);
    const t0 = await instant();
    const sys = await f.as(eng, () => f.registerSystem('audited'));
    const t1 = await instant();
    const model = await f.as(eng, () => f.artifact('model', 'audited-model'));
    const t2 = await instant();

    const byActor = (await asAuditor(EVENTS, { actor: eng.id })).auditEvents.edges.map((e: any) => e.node);
    expect(byActor.map((e: any) => e.targets)).toEqual([[model], [sys]]);
    expect(byActor.every((e: any) => e.actor === eng.id && e.action === 'artifact.register')).toBe(true);
    expect(byActor[0].seq).toBeGreaterThan(byActor[1].seq);
    expect(byActor[0].prevHash).toMatch(/^[0-9a-f]{64}$/);

    const byTarget = (await asAuditor(EVENTS, { target: sys })).auditEvents.edges.map((e: any) => e.node);
    expect(byTarget).toEqual([byActor[1]]);

    const window = (await asAuditor(EVENTS, { actor: eng.id, from: t1, to: t2 })).auditEvents.edges.map((e: any) => e.node.targets[0]);
    expect(window).toEqual([model]);
    expect((await asAuditor(EVENTS, { actor: eng.id, from: t0, to: t1 })).auditEvents.edges.map((e: any) => e.node.targets[0])).toEqual([
      sys,
    ]);
    expect((await asAuditor(EVENTS, { actor: eng.id, action: 'alias.promote' })).auditEvents.edges).toEqual([]);

    const page1 = (await asAuditor(EVENTS, { actor: eng.id, first: 1 })).auditEvents;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await asAuditor(EVENTS, { actor: eng.id, first: 1, after: page1.pageInfo.endCursor })).auditEvents;
    expect(page2.edges.map((e: any) => e.node.seq)).toEqual([byActor[1].seq]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await f.as(auditor, () => h.gql(EVENTS, { after: 'not-a-cursor' })))).toBe('VALIDATION');
    expect(codeOf(await f.as(auditor, () => h.gql(EVENTS, { first: 1000 })))).toBe('VALIDATION');
  });

  it('is open to AUDITOR and ADMIN only', async () => {
    for (const roles of [['VIEWER'], ['ANALYST'], ['ENGINEER'], ['APPROVER']] as Principal['roles'][]) {
      h.actAs(person(`r-${roles[0].toLowerCase()}`, roles));
      for (const q of [EVENTS, VERIFY, REJECTED]) expect(codeOf(await h.gql(q))).toBe('FORBIDDEN');
    }
    h.actAs(ADMIN);
    for (const q of [EVENTS, VERIFY, REJECTED]) await h.ok(q);
  });
});

describe('audit chain verification', () => {
  /** Runs `tamper` on the newest event, then restores every property it had, so the shared chain stays valid. */
  async function tampered(tamper: string, extra: (event: AuditEvent) => Record<string, unknown> = () => ({})) {
    // A write of our own, so the newest event is one this file made.
    await f.registerSystem(`tamper-${Math.random().toString(36).slice(2, 8)}`);
    const [row] = await cypher(h, 'MATCH (e:AuditEvent) WITH e ORDER BY e.seq DESC LIMIT 1 RETURN e.seq AS seq, properties(e) AS props');
    const seq = Number(row.seq);
    const event = (await asAuditor(EVENTS, { first: 1 })).auditEvents.edges[0].node as AuditEvent;
    expect(event.seq).toBe(seq);
    try {
      await cypher(h, `MATCH (e:AuditEvent {seq: $seq}) ${tamper}`, { seq: row.seq, ...extra(event) });
      return { seq, result: (await asAuditor(VERIFY)).verifyAuditTrail };
    } finally {
      await cypher(h, 'MATCH (e:AuditEvent) WHERE e.seq = $seq OR e.seq = -$seq SET e = $props', { seq: row.seq, props: row.props });
    }
  }

  it('reports ok for an intact chain', async () => {
    const v = (await asAuditor(VERIFY)).verifyAuditTrail;
    expect(v).toMatchObject({ ok: true, firstBrokenSeq: null, reason: null });
    expect(v.checked).toBe(v.headSeq);
    expect(v.headSeq).toBe((await h.counts()).auditHead);
  });

  it('names an event whose field was edited in the database', async () => {
    const { seq, result } = await tampered(`SET e.actor = 'person:mallory'`);
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: seq, checked: seq - 1 });
    expect(result.reason).toBe(`seq ${seq}: stored hash does not match its fields (an audited field was changed)`);
    expect((await asAuditor(VERIFY)).verifyAuditTrail.ok).toBe(true);
  });

  it('names a re-linked event even when its own hash was recomputed', async () => {
    const forged = 'f'.repeat(64);
    const { seq, result } = await tampered(`SET e.prevHash = $forged, e.hash = $hash`, (e) => ({
      forged,
      hash: eventHash({ ...e, prevHash: forged }),
    }));
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: seq });
    expect(result.reason).toContain('prevHash does not match');
  });

  it('names a missing seq', async () => {
    const { seq, result } = await tampered('SET e.seq = -e.seq');
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: seq });
    expect(result.reason).toContain(`seq ${seq} is missing`);
    expect((await asAuditor(VERIFY)).verifyAuditTrail.ok).toBe(true);
  });
});

describe('rejected requests', () => {
  it('are logged with actor, operation, field, code and reason, and write nothing', async () => {
    const viewer = person('viewer-rej', ['VIEWER']);
    const sys = await f.system('rejected', 1);
    h.actAs(viewer);
    const before = await h.counts();
    const r = await h.gql(
      graphql(`
        mutation Ship($input: PromoteInput!) {
          promote(input: $input) {
            id
          }
        }
      `),
      {
        input: { system: sys.system, environment: 'production', release: sys.releases[0], reason: 'viewer tries' },
      },
      { 'x-request-id': `${h.prefix}-req-1` },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await h.counts()).toEqual(before);
    h.actAs(ADMIN);

    // And a policy refusal by an engineer.
    const eng = person('eng-rej', ['ENGINEER']);
    h.actAs(eng);
    await expectRefused(h, 'POLICY_VIOLATION', PROMOTE_DOC, {
      input: { system: sys.system, environment: 'production', release: sys.releases[0], reason: 'ship' },
    });
    h.actAs(ADMIN);

    const listed = (await asAuditor(REJECTED, { actor: viewer.id })).rejectedRequests.edges.map((e: any) => e.node);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      requestId: `${h.prefix}-req-1`,
      actor: viewer.id,
      operation: 'mutation Ship',
      field: 'promote',
      code: 'FORBIDDEN',
      errors: [{ field: 'promote', code: 'FORBIDDEN' }],
    });
    expect(listed[0].reason).toContain(`${viewer.id} (roles: VIEWER) may not alias.promote`);

    const policy = (await asAuditor(REJECTED, { actor: eng.id, code: 'POLICY_VIOLATION' })).rejectedRequests.edges.map((e: any) => e.node);
    expect(policy).toHaveLength(1);
    expect(policy[0].reason).toContain('approval: no APPROVED approval of');

    // Newest first, across actors.
    const newest = (await asAuditor(REJECTED, { first: 2 })).rejectedRequests.edges.map((e: any) => e.node.actor);
    expect(newest).toEqual([eng.id, viewer.id]);
  });

  it('include refused credentials, with no actor', async () => {
    const real = await startHarness({ auth: 'real' });
    try {
      const before = await h.counts();
      const r = await real.gql(
        graphql(`
          query GovernanceAuditSystems {
            systems {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        {},
        { 'x-request-id': `${h.prefix}-anon` },
      );
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(await h.counts()).toEqual(before);
    } finally {
      await real.close();
    }
    const listed = (await asAuditor(REJECTED, { code: 'UNAUTHENTICATED' })).rejectedRequests.edges.map((e: any) => e.node);
    expect(listed.find((n: any) => n.requestId === `${h.prefix}-anon`)).toMatchObject({ actor: null, code: 'UNAUTHENTICATED' });
  });
});

import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../../src/domain/audit/append.js';
import type { AuditEvent } from '../../src/domain/audit/event.js';
import { checkBatch } from '../../src/domain/audit/verify.js';
import { unmetRequirements, type PromotionFacts } from '../../src/domain/policies/gate.js';
import { DEFAULT_POLICY } from '../../src/domain/policies/policy.js';
import { RejectionLog } from '../../src/domain/audit/rejections.js';

function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      actor: 'person:a',
      action: 'x',
      targets: [`t:${seq}`],
      inputDigest: 'd',
      prevHash,
      requestId: null,
    };
    const hash = eventHash(e);
    events.push({ ...e, hash });
    prevHash = hash;
  }
  return events;
}

describe('audit chain check', () => {
  it('carries its cursor across batches and stops at the first broken link', () => {
    const events = chain(10);
    const first = checkBatch({ seq: 0, hash: GENESIS_HASH }, events.slice(0, 4));
    expect(first).toEqual({ cursor: { seq: 4, hash: events[3].hash }, broken: null });
    expect(checkBatch(first.cursor, events.slice(4)).broken).toBeNull();

    const edited = events.map((e) => (e.seq === 7 ? { ...e, targets: ['t:other'] } : e));
    expect(checkBatch(first.cursor, edited.slice(4))).toMatchObject({ cursor: { seq: 6 }, broken: { seq: 7 } });
    const gap = events.filter((e) => e.seq !== 5);
    expect(checkBatch(first.cursor, gap.slice(4)).broken).toEqual({ seq: 5, reason: 'seq 5 is missing (the next event found is seq 6)' });
  });
});

describe('promotion gate', () => {
  const facts: PromotionFacts = {
    release: 'release:x@3',
    environment: 'production',
    author: 'person:alice',
    approvals: [
      { id: 'approval:1', decision: 'APPROVED', approver: 'person:alice', createdAt: '2026-11-01T10:00:00.000Z', retractedAt: null },
    ],
    evaluations: [{ id: 'evaluation:1', score: 0.71, passed: true, retractedAt: null }],
    openDriftAlerts: [],
  };
  const policy = { ...DEFAULT_POLICY, system: 'system:x', version: null, minScore: 0.8 };

  it('a later REJECTED decision overturns an earlier approval until someone approves again', () => {
    const approved = {
      id: 'approval:2',
      decision: 'APPROVED',
      approver: 'person:dmitri',
      createdAt: '2026-11-02T10:00:00.000Z',
      retractedAt: null,
    };
    const rejected = {
      id: 'approval:3',
      decision: 'REJECTED',
      approver: 'person:erin',
      createdAt: '2026-11-03T10:00:00.000Z',
      retractedAt: null,
    };
    const again = {
      id: 'approval:4',
      decision: 'APPROVED',
      approver: 'person:dmitri',
      createdAt: '2026-11-04T10:00:00.000Z',
      retractedAt: null,
    };
    const gate = (approvals: PromotionFacts['approvals']) =>
      unmetRequirements({ ...policy, minScore: null }, { ...facts, approvals }).map((u) => u.detail);
    expect(gate([approved])).toEqual([]);
    expect(gate([approved, rejected])).toEqual([
      'release:x@3 was REJECTED for production by person:erin (approval:3) and not approved again since',
    ]);
    expect(gate([approved, rejected, again])).toEqual([]);
    expect(gate([approved, { ...rejected, retractedAt: '2026-11-03T11:00:00.000Z' }])).toEqual([]);
  });

  it('lists exactly the unmet requirements with what is missing', () => {
    expect(unmetRequirements(policy, facts)).toEqual([
      {
        requirement: 'approval',
        detail:
          'no APPROVED approval of release:x@3 for production by an APPROVER other than its author person:alice (approval:1 is by the author)',
      },
      { requirement: 'evaluation', detail: 'no passing evaluation of release:x@3 (best score 0.71 < minScore 0.8)' },
    ]);
    expect(unmetRequirements(policy, { ...facts, environment: 'staging' })).toEqual([]);
    expect(unmetRequirements({ ...policy, requireApproval: false, minScore: null }, facts)).toEqual([]);
  });
});

describe('rejection log', () => {
  it('keeps only the newest entries, newest first', () => {
    const log = new RejectionLog(3);
    for (let i = 1; i <= 5; i++)
      log.record({
        at: 'now',
        requestId: `r${i}`,
        actor: null,
        operation: null,
        errors: [{ field: null, code: 'VALIDATION', reason: 'bad' }],
      });
    const page = log.list({ first: 10 });
    expect(page.items.map((r) => r.requestId)).toEqual(['r5', 'r4', 'r3']);
    expect(log.list({ first: 1, before: 5 }).items.map((r) => r.requestId)).toEqual(['r4']);
  });
});

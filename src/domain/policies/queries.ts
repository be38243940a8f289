import { defineQuery } from '../../db/named-query.js';
import type { At, AtOrNull, Iso, NodeRow } from '../query-types.js';

/** Promotion policies and drift alerts. */
export const policyQueries = {
  current: defineQuery<{ policy: string; at: AtOrNull }, { v: NodeRow }>('policy-current'),
  supersede: defineQuery<{ policy: string; current: string; at: At }, { superseded: number }>('policy-supersede'),
  promotionFacts: defineQuery<
    { system: string; environment: string; release: string },
    {
      author: string | null;
      approvals: Array<{ id: string; decision: string; approver: string | null; createdAt: Iso; retractedAt: Iso | null }>;
      evaluations: Array<{
        id: string;
        score: number | null;
        threshold: number | null;
        passed: boolean | null;
        createdAt: Iso;
        retractedAt: Iso | null;
      }>;
      openDriftAlerts: Array<{ id: string; release: string | null; reason: string | null; createdAt: Iso; createdBy: string }>;
    }
  >('promotion-facts'),
  driftResolve: defineQuery<{ id: string; at: At; actor: string; reason: string }, { d: NodeRow }>('drift-resolve'),
};

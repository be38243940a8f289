import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { MonitorKind, RegressionDirection } from '../monitors/definition.js';
import type { At, Iso, NodeRow } from '../query-types.js';

export interface ServedInterval {
  since: Iso;
  /** Null while it still served at the plan's instant. */
  until: Iso | null;
}

export interface EvidenceAlert {
  id: string;
  release: string | null;
  component: string | null;
  reason: string | null;
  createdAt: Iso;
}

export interface FailedEvaluation {
  id: string;
  /** The release or pinned version evaluated. */
  parent: string;
  primaryMetric: string | null;
  score: number | null;
  threshold: number | null;
  createdAt: Iso;
}

export interface CandidateEvaluation {
  id: string;
  primaryMetric: string | null;
  score: number | null;
  threshold: number | null;
  passed: boolean | null;
  metricNames: string[] | null;
  metricValues: number[] | null;
  createdAt: Iso;
}

/** A type alias, not an interface: rows index by property name (diff/pins.ts reads pins by field). */
export type CandidateRow = {
  id: string;
  version: number;
  createdBy: string | null;
  modelVersion: string | null;
  promptVersions: string[] | null;
  retrievalConfigVersion: string | null;
  retractedAt: Iso | null;
  served: ServedInterval[];
  evaluations: CandidateEvaluation[];
  /** `monitor`: the monitor that opened it (null when a person did). */
  alerts: Array<{ id: string; monitor: string | null; createdAt: Iso; resolvedAt: Iso | null }>;
  approvals: Array<{ id: string; decision: string; approver: string | null; createdAt: Iso; retractedAt: Iso | null }>;
};

/** A monitor some of the current release's failed checks belong to, with its newest failed check. */
export interface FailingMonitor {
  monitor: string;
  signal: string;
  kind: MonitorKind;
  direction: RegressionDirection | null;
  check: string;
}

export interface PlanFactsRow {
  current: string;
  currentMove: string;
  currentSince: Iso;
  alerts: EvidenceAlert[];
  failedEvaluations: FailedEvaluation[];
  earlierReleases: number;
  candidates: CandidateRow[];
}

/** Rollback plans: what they read, and what executing one writes besides the rollback itself. */
export const rollbackPlanQueries = {
  facts: defineQuery<
    {
      alias: string;
      system: string;
      environment: string;
      at: At;
      maxCandidates: Integer;
      maxEvidence: Integer;
      maxIntervals: Integer;
    },
    PlanFactsRow
  >('rollback-plan-facts'),
  lock: defineQuery<{ alias: string }, { current: string | null }>('rollback-plan-lock'),
  record: defineQuery<{ move: string; plan: string; automatic: boolean }, { m: NodeRow }>('rollback-plan-record'),
  serving: defineQuery<{ system: string; release: string; maxEnvironments: Integer }, { environment: string }>('rollback-plan-serving'),
  failingMonitors: defineQuery<{ checks: string[]; at: At }, FailingMonitor>('rollback-plan-failing-monitors'),
};

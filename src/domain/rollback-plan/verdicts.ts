import type { ServedInterval } from './queries.js';

/** Why an earlier release is not the rollback target. */
export const REJECTION_CODES = [
  'NEVER_SERVED',
  'RETRACTED',
  'EVALUATION_FAILED',
  'NO_PASSING_EVALUATION',
  'ALERT_WHILE_SERVING',
  'MONITORS_UNHEALTHY',
  'PINS_FAILING_COMPONENT',
  'NOT_APPROVED',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  code: RejectionCode;
  detail: string;
  /** The nodes that show it (evaluations, alerts, the pinned versions). */
  evidence: string[];
}

export interface CandidateVerdict {
  release: string;
  version: number;
  accepted: boolean;
  /** Every reason it was rejected (empty when accepted). */
  rejections: Rejection[];
  served: ServedInterval[];
}

export interface JudgeContext {
  /** The plan's instant: an interval still open then counts as serving up to it. */
  at: Date;
  environment: string;
  /** Pinned versions the failing evidence points at. */
  failingComponents: string[];
  /** The policy lets a rollback return only to a release approved for the environment. */
  approvalRequired: boolean;
}

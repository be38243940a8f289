/** Bounds of what one rollback plan reads (every list in its query stops here). */
export const ROLLBACK_PLAN_LIMITS = {
  /** Earlier releases judged, newest first; older ones are reported as not considered. */
  maxCandidates: 25,
  /** Alerts, evaluations and approvals read per release. */
  maxEvidence: 100,
  /** Times one release served the alias. */
  maxIntervals: 100,
  /** Aliases of one system an automatic rollback looks at. */
  maxEnvironments: 50,
} as const;

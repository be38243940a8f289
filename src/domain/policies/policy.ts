import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { nodeId, requireId } from '../ids.js';
import { key } from '../validate.js';
import { policyQueries } from './queries.js';
import { nodeOf } from '../nodes/types.js';

/** What moving a gated environment's alias requires. */
export interface PolicySettings {
  gatedEnvironments: string[];
  /** An APPROVED, unretracted approval of the release for the environment by someone other than its author. */
  requireApproval: boolean;
  /** An unretracted evaluation of the release with passed = true (and score ≥ minScore when set). */
  requirePassingEvaluation: boolean;
  minScore: number | null;
  /** No unresolved drift alert on the system. */
  blockOnOpenDriftAlert: boolean;
  /** Opening a drift alert on a serving release executes its rollback plan (flagged for review). Off by default. */
  autoRollbackOnAlert: boolean;
}

/** The environment gated when no policy says otherwise, and the one an auditor means by default. */
export const PRODUCTION = 'production';

export const DEFAULT_POLICY: PolicySettings = {
  gatedEnvironments: [PRODUCTION],
  requireApproval: true,
  requirePassingEvaluation: true,
  minScore: null,
  blockOnOpenDriftAlert: true,
  autoRollbackOnAlert: false,
};

export const policySettings = z.object({
  gatedEnvironments: z.array(key).max(50).default(DEFAULT_POLICY.gatedEnvironments),
  requireApproval: z.boolean().default(DEFAULT_POLICY.requireApproval),
  requirePassingEvaluation: z.boolean().default(DEFAULT_POLICY.requirePassingEvaluation),
  minScore: z.number().finite().nullable().default(null),
  blockOnOpenDriftAlert: z.boolean().default(DEFAULT_POLICY.blockOnOpenDriftAlert),
  autoRollbackOnAlert: z.boolean().default(DEFAULT_POLICY.autoRollbackOnAlert),
});

/** The policy in force: its settings and the version that set them (null while the defaults apply). */
export interface PolicyInForce extends PolicySettings {
  system: string;
  version: string | null;
}

/** The policy id of a system; a malformed system id fails with VALIDATION. */
export const policyIdOf = (system: string) => nodeId('Policy', requireId('system', system, 'System').key);

/** The policy in force for a system at `at` (the latest when null), or the defaults when none was set. */
export async function policyInForce(tx: Tx, system: string, at: Date | null): Promise<PolicyInForce> {
  const row = await tx.one(policyQueries.current, { policy: policyIdOf(system), at: at ? dateTimeParam(at) : null });
  if (!row) return { system, version: null, ...DEFAULT_POLICY };
  const v = nodeOf('PolicyVersion', row.v);
  return {
    system,
    version: v.id,
    gatedEnvironments: v.gatedEnvironments ?? [],
    requireApproval: Boolean(v.requireApproval),
    requirePassingEvaluation: Boolean(v.requirePassingEvaluation),
    minScore: v.minScore ?? null,
    blockOnOpenDriftAlert: Boolean(v.blockOnOpenDriftAlert),
    autoRollbackOnAlert: Boolean(v.autoRollbackOnAlert),
  };
}

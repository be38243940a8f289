import { digestOf } from '../audit/hash.js';
import { DomainError } from '../errors.js';
import { keyOf, nodeId, parseId } from '../ids.js';

/** What a plan's id stands for: the instant it was asked for, and a digest of what it found then. */
export interface PlanRef {
  id: string;
  system: string;
  environment: string;
  asOf: Date;
  digest: string;
}

/** What makes two plans the same plan: if any of these differ, a plan made earlier is stale. */
export interface PlanInputs {
  system: string;
  environment: string;
  current: string;
  currentMove: string;
  target: string | null;
  evidence: string[];
}

const DIGEST_CHARS = 20;

/** Named field by field: a whole plan passed here must digest only its inputs. */
export function planDigest(p: PlanInputs, asOf: Date): string {
  const inputs: PlanInputs = {
    system: p.system,
    environment: p.environment,
    current: p.current,
    currentMove: p.currentMove,
    target: p.target,
    evidence: [...p.evidence].sort(),
  };
  return digestOf({ ...inputs, asOf: asOf.getTime() }).slice(0, DIGEST_CHARS);
}

/**
 * `rollbackplan:<system key>/<environment>/<asOf in ms>/<digest>`: whoever holds the id can have the
 * plan checked again, as of now, without the server having stored anything when it was asked.
 */
export function planId(inputs: PlanInputs, asOf: Date): string {
  const id = nodeId('RollbackPlan', `${keyOf(inputs.system)}/${inputs.environment}/${asOf.getTime()}/${planDigest(inputs, asOf)}`);
  if (!parseId(id)) {
    throw new DomainError(
      'VALIDATION',
      `The system key and environment are too long together to name a rollback plan (${id.length} characters).`,
      {
        field: 'environment',
      },
    );
  }
  return id;
}

/** Reads a plan id back; VALIDATION for anything that is not one. */
export function planRef(id: string): PlanRef {
  const parts = parseId(id)?.type === 'RollbackPlan' ? keyOf(id).split('/') : [];
  const [systemKey, environment, asOfMs, digest] = parts;
  if (parts.length !== 4 || !/^[0-9]{1,15}$/.test(asOfMs) || !new RegExp(`^[0-9a-f]{${DIGEST_CHARS}}$`).test(digest)) {
    throw new DomainError('VALIDATION', `plan: "${id.slice(0, 80)}" is not a rollback plan id (ask rollbackPlan for one).`, {
      field: 'plan',
    });
  }
  return { id, system: nodeId('System', systemKey), environment, asOf: new Date(Number(asOfMs)), digest };
}

import type { Profile } from '../usecases/profile.js';
import type { CharacteristicValue } from './characteristics.js';
import type { Counterfactual } from './counterfactuals.js';
import type { EvidenceItem } from './findings.js';
import type { StrategyScore } from './score.js';
import type { Strategy } from './strategies.js';

/** A sentence of an explanation and the evidence ids it rests on. */
export interface Claim {
  text: string;
  evidence: string[];
}

export interface Narrative {
  /** DETERMINISTIC: built in code from the structured result; LLM: a model's claims that passed verification. */
  source: 'DETERMINISTIC' | 'LLM';
  text: string;
  claims: Claim[];
  /** Why the deterministic narrative was used (no model configured, timeout, failed verification…); null for LLM. */
  fallbackReason: string | null;
  /** Claims the model made that failed verification and were dropped. */
  droppedClaims: number;
}

/** Everything a recommendation answer carries; stored as is (JSON) on a Recommendation node. */
export interface RecommendationResult {
  useCase: string | null;
  /** The instant the graph was read as of. */
  asOf: string;
  whatIf: boolean;
  profile: Profile;
  characteristics: CharacteristicValue[];
  top: Strategy;
  ranking: StrategyScore[];
  evidence: EvidenceItem[];
  counterfactuals: Counterfactual[];
  /** Share of the needed evidence that exists, 0..1. */
  confidence: number;
  missingEvidence: string[];
  reviewRequired: boolean;
  reviewReasons: string[];
  /** Bounds of the evidence walk that were hit (the evidence was cut short there). */
  boundsHit: string[];
  /** The scoring model's digest; once stored, also its registered version's id. */
  reasoner: { digest: string; version?: string };
  narrative: Narrative;
}

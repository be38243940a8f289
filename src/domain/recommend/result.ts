import type { Narrative } from '../explain/narrate.js';
import type { Profile } from '../usecases/profile.js';
import type { CharacteristicValue } from './characteristics.js';
import type { Counterfactual } from './counterfactuals.js';
import type { Classification } from '../permissions/principal.js';
import type { RecommendationEvidence } from './findings.js';
import type { DecidedBy, StrategyScore } from './score.js';
import type { Strategy } from './strategies.js';

/** Everything a recommendation answer carries; stored as is (JSON) on a Recommendation node. */
export interface RecommendationResult {
  useCase: string | null;
  /** The instant the graph was read as of. */
  asOf: string;
  whatIf: boolean;
  profile: Profile;
  characteristics: CharacteristicValue[];
  top: Strategy;
  /** First's score minus second's; below rules.ts CLOSE_CALL_MARGIN the answer asks for review ("Close call"). */
  margin: number;
  /** Whether the score or, on a tie, the documented tie-break rule put `top` first. */
  decidedBy: DecidedBy;
  /** The tie-break rule's name (rules.ts TIE_BREAK) when it decided; null otherwise. */
  tieBreak: string | null;
  ranking: StrategyScore[];
  evidence: RecommendationEvidence[];
  counterfactuals: Counterfactual[];
  /** Share of the needed evidence that exists, 0..1. */
  confidence: number;
  missingEvidence: string[];
  reviewRequired: boolean;
  reviewReasons: string[];
  /**
   * True when graph evidence above the reader's clearance was left out: the whole answer was computed
   * without it (permissions/derived-answers.ts), and says nothing about what it holds.
   */
  evidenceWithheld: boolean;
  /** The highest classification of the evidence it rests on; stored, the Recommendation is classified so. */
  classification: Classification;
  /** Bounds of the evidence walk that were hit (the evidence was cut short there). */
  boundsHit: string[];
  /** The scoring model's digest; once stored, also its registered version's id. */
  reasoner: { digest: string; version?: string };
  narrative: Narrative;
}

/** A recommendation before it is explained: everything the narrator (model or code) explains. */
export type Analysis = Omit<RecommendationResult, 'narrative'>;

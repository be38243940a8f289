import type { BoundHit, Operation } from './session.js';
import type { AskForm } from './forms.js';

export const ANSWER_SOURCES = ['LLM', 'DETERMINISTIC', 'CANNOT_ANSWER'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** One statement of an answer with the ids it rests on; every cited id came out of a tool result of the same ask. */
export interface Claim {
  text: string;
  nodeIds: string[];
  passageIds: string[];
}

export const ASK_OPERATION_BY = ['LLM', 'DETERMINISTIC'] as const;

export interface AskOperation extends Operation {
  /** Who asked for it: the model, or the deterministic matcher. */
  by: (typeof ASK_OPERATION_BY)[number];
}

export interface AskAnswer {
  question: string;
  asOf: string | null;
  source: AnswerSource;
  /** The claims in one text; for CANNOT_ANSWER, why, and what can be asked instead. */
  text: string;
  claims: Claim[];
  citedNodeIds: string[];
  citedPassageIds: string[];
  operations: AskOperation[];
  /** Why the model's answer was not used (no model configured, an error, a bound, nothing verified). */
  fallbackReason: string | null;
  /** The bound an ask hit (its tool calls or its time), if any. */
  boundHit: BoundHit | null;
  /** Claims of the model dropped by verification (uncited, or citing ids no tool result showed). */
  droppedClaims: number;
  /** With CANNOT_ANSWER: the forms that can be answered, each with an example. */
  forms: AskForm[];
}

/** The matcher's claims that cite at least one id, every one shown by a tool result of the ask (a guard: they are built from those results). */
export function keepEvidenced(
  claims: readonly Claim[],
  evidence: { nodes: ReadonlySet<string>; passages: ReadonlySet<string> },
): { kept: Claim[]; dropped: number } {
  const kept = claims.filter(
    (c) =>
      c.nodeIds.length + c.passageIds.length > 0 &&
      c.nodeIds.every((id) => evidence.nodes.has(id)) &&
      c.passageIds.every((id) => evidence.passages.has(id)),
  );
  return { kept, dropped: claims.length - kept.length };
}

/** Every id the claims cite, each once, in order of first citation. */
export function citedIds(claims: readonly Claim[]): { nodes: string[]; passages: string[] } {
  return {
    nodes: [...new Set(claims.flatMap((c) => c.nodeIds))],
    passages: [...new Set(claims.flatMap((c) => c.passageIds))],
  };
}

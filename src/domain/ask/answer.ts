import type { Claim } from '../explain/verify.js';
import { parseId } from '../ids.js';
import type { BoundHit, Operation } from './session.js';
import type { AskForm } from './forms.js';
import type { OutputForm, ToolProtocol } from '../../llm/forms.js';

export const ANSWER_SOURCES = ['LLM', 'DETERMINISTIC', 'CANNOT_ANSWER'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** A claim cites passages (chunks of policy documents) and graph nodes; answers list them apart. */
const isPassage = (id: string) => parseId(id)?.type === 'Chunk';

/** A claim's cited ids, graph nodes apart from passages. */
export const citesOf = (claim: Claim): { nodes: string[]; passages: string[] } => ({
  nodes: claim.cites.filter((id) => !isPassage(id)),
  passages: claim.cites.filter(isPassage),
});

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
  /** Each cites ids that came out of a tool result of the same ask. */
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
  /** How the model was given its tools (NATIVE or JSON_PROMPT); null when no model was asked. */
  toolProtocol: ToolProtocol | null;
  /** The output form of the model's last answer (TEXT for a native tool conversation); null when none came. */
  outputForm: OutputForm | null;
}

/** The matcher's claims that cite at least one id, every one shown by a tool result of the ask (a guard: they are built from those results). */
export function keepEvidenced(
  claims: readonly Claim[],
  evidence: { nodes: ReadonlySet<string>; passages: ReadonlySet<string> },
): { kept: Claim[]; dropped: number } {
  const kept = claims.filter((c) => {
    const { nodes, passages } = citesOf(c);
    return c.cites.length > 0 && nodes.every((id) => evidence.nodes.has(id)) && passages.every((id) => evidence.passages.has(id));
  });
  return { kept, dropped: claims.length - kept.length };
}

/** Every id the claims cite, each once, in order of first citation. */
export function citedIds(claims: readonly Claim[]): { nodes: string[]; passages: string[] } {
  const cited = claims.map(citesOf);
  return {
    nodes: [...new Set(cited.flatMap((c) => c.nodes))],
    passages: [...new Set(cited.flatMap((c) => c.passages))],
  };
}

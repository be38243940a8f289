import type { LlmClient, LlmFailureReason } from '../../llm/client.js';
import type { OutputForm } from '../../llm/forms.js';
import { logger } from '../../logger.js';
import { claimsJsonSchema } from './claims-schema.js';
import { EvidenceHandles, type EvidenceItem } from './evidence.js';
import { NARRATOR_PROMPT_VERSION, narrationMessages } from './prompt.js';
import { CLAIMS_ANSWER, verifyClaims, type Claim, type DroppedClaim } from './verify.js';

/** Who wrote a narrative: code from the result, or a model whose claims were verified. */
export const NARRATIVE_SOURCES = ['DETERMINISTIC', 'LLM'] as const;
export type NarrativeSource = (typeof NARRATIVE_SOURCES)[number];

/** Why a narrative is the deterministic one: no model configured, the call failed, or no claim survived verification. */
export type FallbackReason = 'NO_MODEL' | LlmFailureReason | 'NO_VERIFIED_CLAIMS';

export interface NarrationRequest<R> {
  /** What to explain, written by code (never by a user): "Explain why RAG ranks first for this use case." */
  task: string;
  /** The structured result (JSON-serialisable); shown to the model as data, evidence ids replaced by handles. */
  result: R;
  /** Everything a claim may cite; figures a claim states must be among its cited items' facts or summary. */
  evidence: readonly EvidenceItem[];
  /** The narrative without a model, from the same result: every claim cites at least one evidence id. */
  deterministic: (result: R, evidence: readonly EvidenceItem[]) => Claim[];
}

export interface Narrative {
  source: NarrativeSource;
  /** Verified claims, each citing evidence ids; never empty unless the deterministic builder returned none. */
  claims: Claim[];
  /** What the model said that failed verification (kept when the answer fell back because of it). */
  dropped: DroppedClaim[];
  fallbackReason: FallbackReason | null;
  /** The failure's detail (an error message, the refusal), for logs and the curious. */
  fallbackDetail: string | null;
  /** The model whose claims these are; null for the deterministic narrative. */
  model: string | null;
  /** NARRATOR_PROMPT_VERSION: with `model`, the version of the narrator. */
  promptVersion: string;
  /** How the model was asked for its JSON (the form the endpoint accepted); null when no model answered. */
  outputForm: OutputForm | null;
}

function deterministicNarrative<R>(
  request: NarrationRequest<R>,
  fallbackReason: FallbackReason,
  fallbackDetail: string | null,
  outputForm: OutputForm | null = null,
  dropped: DroppedClaim[] = [],
): Narrative {
  const ids = new Set(request.evidence.map((e) => e.id));
  const claims = request.deterministic(request.result, request.evidence);
  for (const claim of claims) {
    // The builder is code: a claim of it that cites nothing, or something not in the evidence, is a bug.
    if (claim.cites.length === 0 || claim.cites.some((id) => !ids.has(id))) {
      throw new Error(
        `deterministic narrative claim "${claim.text}" must cite evidence ids only (cites: ${claim.cites.join(', ') || 'none'})`,
      );
    }
  }
  return {
    source: 'DETERMINISTIC',
    claims,
    dropped,
    fallbackReason,
    fallbackDetail,
    model: null,
    promptVersion: NARRATOR_PROMPT_VERSION,
    outputForm,
  };
}

/**
 * The result explained: by the model when one is configured and at least one of its claims survives
 * verification (verifyClaims), else by the caller's deterministic builder, marked as such with the
 * reason. Never throws for anything the model or endpoint does. Call it outside any database
 * transaction: the model call may take up to the configured timeout.
 */
export async function narrate<R>(request: NarrationRequest<R>, llm: LlmClient | null): Promise<Narrative> {
  if (!llm) return deterministicNarrative(request, 'NO_MODEL', null);
  const handles = new EvidenceHandles(request.evidence);
  const answer = await llm.chatJson(narrationMessages(request.task, request.result, handles), {
    schemaName: 'claims',
    schema: CLAIMS_ANSWER,
    jsonSchema: claimsJsonSchema(
      handles.forModel().map((e) => e.handle),
      { atLeastOne: true },
    ),
  });
  if (!answer.ok) {
    logger.warn('narration fell back', { model: answer.model, form: answer.form, reason: answer.reason, detail: answer.detail });
    return deterministicNarrative(request, answer.reason, answer.detail, answer.form);
  }
  const { claims, dropped } = verifyClaims(answer.json.claims, handles);
  if (claims.length === 0) {
    const detail = dropped.length ? `all ${dropped.length} claims failed verification` : 'the model made no claims';
    logger.warn('narration fell back', { model: answer.model, form: answer.form, reason: 'NO_VERIFIED_CLAIMS', detail });
    return deterministicNarrative(request, 'NO_VERIFIED_CLAIMS', detail, answer.form, dropped);
  }
  return {
    source: 'LLM',
    claims,
    dropped,
    fallbackReason: null,
    fallbackDetail: null,
    model: answer.model,
    promptVersion: NARRATOR_PROMPT_VERSION,
    outputForm: answer.form,
  };
}

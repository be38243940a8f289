import { z } from 'zod';
import type { EvidenceHandles, EvidenceItem } from './evidence.js';
import { unsupportedFigures } from './figures.js';
import { MAX_CLAIMS, MAX_CLAIM_CHARS } from './prompt.js';

/** What a model must answer: claims citing handles. Lengths are checked in code, not in the schema the endpoint sees. */
export const CLAIMS_ANSWER = z.strictObject({
  claims: z.array(z.strictObject({ text: z.string(), cites: z.array(z.string()) })),
});
export type ClaimsAnswer = z.infer<typeof CLAIMS_ANSWER>;
export type ModelClaim = ClaimsAnswer['claims'][number];

/** A claim that passed verification, citing evidence ids (never handles). */
export interface Claim {
  text: string;
  cites: string[];
}

export const DROP_REASONS = ['EMPTY', 'TOO_LONG', 'TOO_MANY', 'NO_CITATION', 'UNKNOWN_HANDLE', 'UNSUPPORTED_FIGURE'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** A claim the model made that no user sees as a claim: what it said, and why it was dropped. */
export interface DroppedClaim {
  text: string;
  reason: DropReason;
  detail: string;
}

export interface Verification {
  claims: Claim[];
  dropped: DroppedClaim[];
}

/** "(E1)", "[E1, E3]" and bare "E2" written into a claim's text despite the prompt. */
const HANDLE_REFERENCE = /\s*[[(]\s*E[1-9][0-9]*(?:\s*[,;]\s*E[1-9][0-9]*)*\s*[\])]|\s*\bE[1-9][0-9]*\b/g;

function check(
  claim: ModelClaim,
  handles: EvidenceHandles,
): { ok: true; cited: EvidenceItem[] } | { ok: false; reason: DropReason; detail: string } {
  if (!claim.text.trim()) return { ok: false, reason: 'EMPTY', detail: 'the claim has no text' };
  if (claim.text.length > MAX_CLAIM_CHARS) return { ok: false, reason: 'TOO_LONG', detail: `longer than ${MAX_CLAIM_CHARS} characters` };
  if (claim.cites.length === 0) return { ok: false, reason: 'NO_CITATION', detail: 'the claim cites no evidence' };
  const unknown = claim.cites.filter((c) => !handles.get(c));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: 'UNKNOWN_HANDLE',
      detail: `cites ${unknown.map((c) => JSON.stringify(c.slice(0, 80))).join(', ')}, which this request did not give`,
    };
  }
  const cited = [...new Set(claim.cites)].map((c) => handles.get(c) as EvidenceItem);
  const figures = unsupportedFigures(claim.text, cited);
  if (figures.length > 0) {
    return { ok: false, reason: 'UNSUPPORTED_FIGURE', detail: `states ${figures.join(', ')}, which the evidence it cites does not` };
  }
  return { ok: true, cited };
}

/**
 * The model's claims checked in code against the evidence of this request: each must cite at least one
 * handle, only handles the request gave (a hallucinated handle or a real graph id from elsewhere fails),
 * and state only figures that the evidence it cites states. Claims that pass come back citing ids;
 * the others are dropped with their reason. At most MAX_CLAIMS are kept.
 */
export function verifyClaims(claims: readonly ModelClaim[], handles: EvidenceHandles): Verification {
  const out: Verification = { claims: [], dropped: [] };
  for (const claim of claims) {
    const text = claim.text.slice(0, MAX_CLAIM_CHARS);
    if (out.claims.length >= MAX_CLAIMS) {
      out.dropped.push({ text, reason: 'TOO_MANY', detail: `only ${MAX_CLAIMS} claims are kept` });
      continue;
    }
    const result = check(claim, handles);
    if (!result.ok) out.dropped.push({ text, reason: result.reason, detail: result.detail });
    else out.claims.push({ text: claim.text.replace(HANDLE_REFERENCE, '').trim(), cites: result.cited.map((e) => e.id) });
  }
  return out;
}

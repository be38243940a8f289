import { MAX_CLAIMS } from './prompt.js';

/**
 * The JSON Schema of a claims answer as the endpoint is sent it: `cites` may hold only the handles
 * this request gave, so an endpoint that constrains generation by the schema (llama.cpp's grammar, or
 * strict structured outputs) cannot write an unknown citation, and at most MAX_CLAIMS claims, each
 * citing at least one handle. With no handle given yet (an ask before its first tool result) no claim
 * can cite anything, so none is allowed. verifyClaims still checks every claim in code: the schema
 * only makes a valid answer the one a constrained model can write. `atLeastOne` is for a narration,
 * whose whole job is to state something about the evidence: a small constrained model otherwise
 * settles for `{"claims": []}` (an ask may find nothing to claim, so it may answer with none).
 */
export function claimsJsonSchema(handles: readonly string[], opts: { atLeastOne?: boolean } = {}): Record<string, unknown> {
  const claim = {
    type: 'object',
    properties: { text: { type: 'string' }, cites: { type: 'array', minItems: 1, items: { type: 'string', enum: [...handles] } } },
    required: ['text', 'cites'],
    additionalProperties: false,
  };
  return {
    type: 'object',
    properties: {
      claims: {
        type: 'array',
        ...(opts.atLeastOne && handles.length > 0 ? { minItems: 1 } : {}),
        maxItems: handles.length > 0 ? MAX_CLAIMS : 0,
        items: claim,
      },
    },
    required: ['claims'],
    additionalProperties: false,
  };
}

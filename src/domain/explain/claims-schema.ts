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
  // With no handle, no item schema at all: an empty enum is unsatisfiable, and llama.cpp's converter
  // turns it into an empty grammar rule that its parser rejects (the server then dies).
  const claims =
    handles.length > 0
      ? { type: 'array', ...(opts.atLeastOne ? { minItems: 1 } : {}), maxItems: MAX_CLAIMS, items: claim }
      : { type: 'array', maxItems: 0 };
  return {
    type: 'object',
    properties: { claims },
    required: ['claims'],
    additionalProperties: false,
  };
}

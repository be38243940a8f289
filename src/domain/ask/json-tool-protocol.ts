import { z } from 'zod';
import type { ToolSpec } from '../../llm/client.js';
import { claimsJsonSchema } from '../explain/claims-schema.js';
import { CLAIMS_ANSWER, type ClaimsAnswer } from '../explain/verify.js';

/**
 * `ask`'s tools for endpoints without native function calling: the tools are listed in the prompt and
 * the model answers each turn with one JSON object, a call `{"tool": name, "arguments": {...}}` or the
 * claims answer (`{"claims": [...]}`, also taken wrapped as `{"answer": {...}}`). The call is then run
 * exactly as a native one: validated against the tool's schema, read-only, as the asking principal.
 */
export function jsonToolInstructions(tools: readonly ToolSpec[]): string {
  const list = tools.map((t) => `- ${t.name}: ${t.description}\n  arguments: ${JSON.stringify(t.parameters)}`).join('\n');
  return `This endpoint takes no function calls, so tools are called in JSON. To call one tool, answer with exactly one JSON object {"tool": "<tool name>", "arguments": {...}} and nothing else; its result comes back in the next message as a data block. When you have enough, answer with the claims JSON instead.
The tools:
${list}`;
}

/** One turn of the protocol as the model wrote it. */
export type JsonStep = { kind: 'call'; tool: string; arguments: unknown } | { kind: 'answer'; answer: ClaimsAnswer };

const CALL = z.object({ tool: z.string().min(1).max(100), arguments: z.unknown().optional() });
/** Models trained on OpenAI's function format often write "name" for "tool". */
const NAMED_CALL = z.object({ name: z.string().min(1).max(100), arguments: z.unknown().optional() });
const WRAPPED = z.object({ answer: CLAIMS_ANSWER });

/** What a turn must be; anything else is MALFORMED, which the ask reports as its fallback reason. */
export const JSON_STEP = z.union([CALL, NAMED_CALL, WRAPPED, CLAIMS_ANSWER]).transform((v): JsonStep => {
  if ('claims' in v) return { kind: 'answer', answer: v };
  if ('answer' in v) return { kind: 'answer', answer: v.answer };
  return { kind: 'call', tool: 'tool' in v ? v.tool : v.name, arguments: v.arguments ?? {} };
});

/**
 * The JSON Schema the endpoint is sent for a turn: one branch per tool with its own argument schema
 * (servers that constrain generation by the schema then write valid calls), and the claims answer
 * citing only the handles the conversation has given so far.
 */
export function jsonStepSchema(tools: readonly ToolSpec[], handles: readonly string[]): Record<string, unknown> {
  const claims = claimsJsonSchema(handles);
  return {
    anyOf: [
      ...tools.map((t) => ({
        type: 'object',
        properties: { tool: { type: 'string', const: t.name }, arguments: t.parameters },
        required: ['tool', 'arguments'],
        additionalProperties: false,
      })),
      claims,
    ],
  };
}

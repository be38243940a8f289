import { logger } from '../logger.js';
import { metrics } from '../observability/metrics.js';

/**
 * How an answer was asked for, most structured first: `response_format: json_schema`;
 * `{type: json_object, schema}`, which llama-cpp-python's server turns into a grammar (so even a tiny
 * model can only write schema-valid JSON), with the schema in the prompt too; plain `json_object` with
 * the schema in the prompt only (for servers that refuse a schema beside it); plain text with the
 * schema in the prompt. Whatever the form, the answer is parsed tolerantly and checked against the
 * schema in code.
 */
export const OUTPUT_FORMS = ['JSON_SCHEMA', 'JSON_OBJECT_SCHEMA', 'JSON_OBJECT', 'TEXT'] as const;
export type OutputForm = (typeof OUTPUT_FORMS)[number];

/** How `ask` offers its tools: the endpoint's own function calling, or a JSON protocol written in the prompt. */
export const TOOL_PROTOCOLS = ['NATIVE', 'JSON_PROMPT'] as const;
export type ToolProtocol = (typeof TOOL_PROTOCOLS)[number];

/** What an endpoint (base URL + model) was found to accept. */
interface Accepted {
  /** The most structured output form not refused yet. */
  output: OutputForm;
  tools: ToolProtocol;
}

/**
 * What each endpoint refused, for the process's lifetime: once refused, a form is not asked for again,
 * so later calls do not pay the refusal. Keyed by base URL and model: one server may serve models
 * with different abilities. Only a refusal read from the endpoint's answer moves an endpoint down.
 */
const memory = new Map<string, Accepted>();

export const endpointKey = (baseUrl: string, model: string) => `${baseUrl.replace(/\/+$/, '')} ${model}`;

export function acceptedBy(key: string): Accepted {
  return memory.get(key) ?? { output: OUTPUT_FORMS[0], tools: TOOL_PROTOCOLS[0] };
}

/** The form after `form`, or null after TEXT. */
export const nextForm = (form: OutputForm): OutputForm | null => OUTPUT_FORMS[OUTPUT_FORMS.indexOf(form) + 1] ?? null;

/** Remembers that the endpoint refused `form`: its calls start at the next form from now on. */
export function rememberOutputRefused(key: string, form: OutputForm, detail: string): void {
  const now = acceptedBy(key);
  const next = nextForm(form);
  if (!next || OUTPUT_FORMS.indexOf(now.output) > OUTPUT_FORMS.indexOf(form)) return;
  memory.set(key, { ...now, output: next });
  metrics.llmFormRefusals.inc({ feature: 'output', form });
  logger.warn('llm endpoint refused an output form; asking for the next one from now on', {
    endpoint: key,
    refused: form,
    next,
    detail: detail.slice(0, 300),
  });
}

/** Remembers that the endpoint refused native tools, or answered without them where the protocol needs them. */
export function rememberToolsRefused(key: string, detail: string): void {
  const now = acceptedBy(key);
  if (now.tools === 'JSON_PROMPT') return;
  memory.set(key, { ...now, tools: 'JSON_PROMPT' });
  metrics.llmFormRefusals.inc({ feature: 'tools', form: 'NATIVE' });
  logger.warn('llm endpoint does not do native tool calls; ask uses the JSON tool protocol from now on', {
    endpoint: key,
    detail: detail.slice(0, 300),
  });
}

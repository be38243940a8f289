import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ResponseFormatJSONObject } from 'openai/resources/shared';
import { z } from 'zod';
import type { LlmConfig } from '../config.js';
import { metrics } from '../observability/metrics.js';
import {
  acceptedBy,
  endpointKey,
  nextForm,
  rememberOutputRefused,
  rememberToolsRefused,
  type OutputForm,
  type ToolProtocol,
} from './forms.js';
import { refuses } from './refusal.js';
import { firstJsonObject } from './tolerant-json.js';
import { grammarSchema } from './grammar-schema.js';

/**
 * The chat model behind a small interface. Callers make these calls outside any database transaction
 * (read the graph, close the transaction, then call the model, then write): a transaction function may be
 * retried by the driver, and a model call holds no locks while it waits seconds for an answer.
 */

/** One message of a conversation; `tool` answers a call the model made (`toolCallId` from its `ToolCall`). */
export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

/** A function the model may call: `parameters` is a JSON Schema object. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** A call the model asked for; `arguments` is the JSON text exactly as the model wrote it (validate before use). */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** Why a call gave no usable answer; UNSUPPORTED: the endpoint refused what the call needs (native tools, or every output form). */
export const LLM_FAILURE_REASONS = ['TIMEOUT', 'RATE_LIMITED', 'SERVER_ERROR', 'REFUSAL', 'MALFORMED', 'UNSUPPORTED', 'ERROR'] as const;
export type LlmFailureReason = (typeof LLM_FAILURE_REASONS)[number];

export interface LlmFailure {
  ok: false;
  reason: LlmFailureReason;
  /** For logs and answers' fallback notes; never contains the key. */
  detail: string;
  model: string;
  /** The output form of the request the endpoint answered (a MALFORMED answer has one); null when none was answered. */
  form: OutputForm | null;
}

export type ChatJsonResult<T> = { ok: true; json: T; model: string; form: OutputForm } | LlmFailure;

/** Either the model called tools (`toolCalls` non-empty) or it answered (`content`). */
export type ChatToolsResult =
  | {
      ok: true;
      toolCalls: ToolCall[];
      content: string | null;
      model: string;
      /** The answer ran to PROVENANT_LLM_MAX_TOKENS without calling a tool: `content` is cut off. */
      cutOff?: boolean;
    }
  | LlmFailure;

export interface ChatJsonOptions<T> {
  /** Names the response format for the endpoint (letters, digits, _ and -). */
  schemaName: string;
  /** The answer's shape: sent to the model as a JSON Schema and checked on the answer (a mismatch is MALFORMED). */
  schema: z.ZodType<T>;
  /** The JSON Schema sent instead of `schema`'s own, when it can say more than zod does (still checked by `schema`). */
  jsonSchema?: Record<string, unknown>;
}

export interface ChatToolsOptions {
  /** `auto` (default): the model decides; `required`: it must call a tool; `none`: it must answer. */
  toolChoice?: 'auto' | 'required' | 'none';
}

export interface LlmClient {
  /** The configured model name: what provenance records as the model that answered. */
  readonly model: string;
  /** One completion whose content must be JSON of `schema`'s shape. Never throws. */
  chatJson<T>(messages: ChatMessage[], options: ChatJsonOptions<T>): Promise<ChatJsonResult<T>>;
  /** One completion with function calling; UNSUPPORTED when the endpoint refuses tools (remembered). Never throws. */
  chatTools(messages: ChatMessage[], tools: ToolSpec[], options?: ChatToolsOptions): Promise<ChatToolsResult>;
  /** How this endpoint takes tools: NATIVE until it refused them or answered without them where it had to use one. */
  toolProtocol(): ToolProtocol;
  /** Records that the endpoint answered without the tools it had to call: its asks use the JSON tool protocol from now on. */
  toolsUnused(detail: string): void;
}

type Outcome =
  | { ok: true; completion: ChatCompletion }
  | { ok: false; reason: LlmFailureReason; detail: string; error: unknown; cutOff?: ChatCompletion };

/** The SDK's errors as reasons; `instanceof` order matters (timeouts are connection errors). */
function failureOf(err: unknown): { reason: LlmFailureReason; detail: string } {
  const detail = err instanceof Error ? err.message : String(err);
  if (err instanceof OpenAI.APIConnectionTimeoutError) return { reason: 'TIMEOUT', detail };
  if (err instanceof OpenAI.RateLimitError) return { reason: 'RATE_LIMITED', detail };
  if (err instanceof OpenAI.InternalServerError) return { reason: 'SERVER_ERROR', detail };
  return { reason: 'ERROR', detail };
}

function toSdkMessage(m: ChatMessage): ChatCompletionMessageParam {
  switch (m.role) {
    case 'tool':
      return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
    case 'assistant':
      return {
        role: 'assistant',
        content: m.content,
        ...(m.toolCalls?.length
          ? {
              tool_calls: m.toolCalls.map((c) => ({
                id: c.id,
                type: 'function' as const,
                function: { name: c.name, arguments: c.arguments },
              })),
            }
          : {}),
      };
    default:
      return m;
  }
}

/** The JSON Schema a response format carries: a bare schema, without the `$schema` dialect line. */
function responseSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return rest;
}

/** The schema said in words, for the forms whose request cannot carry it (or may ignore it). */
export const schemaInstruction = (form: OutputForm, schema: Record<string, unknown>) =>
  `Answer with one JSON object that matches this JSON Schema:\n${JSON.stringify(schema)}` +
  (form === 'TEXT' ? '\nWrite only the JSON object: no other text before or after it.' : '');

/** The conversation with the schema instruction appended to its system message (or as one when it has none). */
function withInstruction(messages: ChatMessage[], instruction: string): ChatMessage[] {
  const [first, ...rest] = messages;
  if (first?.role === 'system') return [{ role: 'system', content: `${first.content}\n\n${instruction}` }, ...rest];
  return [{ role: 'system', content: instruction }, ...messages];
}

/**
 * The request of one output form: JSON_SCHEMA as OpenAI's structured outputs; JSON_OBJECT_SCHEMA with
 * the schema in the response format beside `type: json_object` (llama-cpp-python's server compiles it
 * into a grammar that constrains generation, so it gets the shape without value bounds; others may
 * ignore it) and in the prompt; JSON_OBJECT with
 * the schema in the prompt only; TEXT with the schema in the prompt and no response format.
 */
function formRequest(form: OutputForm, messages: ChatMessage[], name: string, schema: Record<string, unknown>) {
  if (form === 'JSON_SCHEMA') {
    return { messages, extra: { response_format: { type: 'json_schema' as const, json_schema: { name, schema, strict: true } } } };
  }
  const prompted = withInstruction(messages, schemaInstruction(form, schema));
  if (form === 'TEXT') return { messages: prompted, extra: {} };
  if (form === 'JSON_OBJECT') return { messages: prompted, extra: { response_format: { type: 'json_object' as const } } };
  const constrained: ResponseFormatJSONObject & { schema: Record<string, unknown> } = {
    type: 'json_object',
    schema: grammarSchema(schema),
  };
  return { messages: prompted, extra: { response_format: constrained } };
}

export function llmClientFor(config: LlmConfig): LlmClient {
  const sdk = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: config.maxRetries });
  const model = config.model;
  const endpoint = endpointKey(sdk.baseURL, model);

  async function complete(
    messages: ChatMessage[],
    extra: Pick<ChatCompletionCreateParamsNonStreaming, 'response_format' | 'tools' | 'tool_choice'>,
  ): Promise<Outcome> {
    let completion: ChatCompletion;
    try {
      completion = await sdk.chat.completions.create({
        model,
        messages: messages.map(toSdkMessage),
        ...(config.maxTokens ? { max_tokens: config.maxTokens } : {}),
        ...extra,
        stream: false,
      });
    } catch (err) {
      return { ok: false, ...failureOf(err), error: err };
    }
    const choice = completion.choices?.[0];
    const answered = (reason: LlmFailureReason, detail: string): Outcome => ({ ok: false, reason, detail, error: null });
    if (!choice?.message) return answered('MALFORMED', 'the answer has no message');
    if (choice.message.refusal) return answered('REFUSAL', choice.message.refusal);
    if (choice.finish_reason === 'content_filter') return answered('REFUSAL', 'the content filter stopped the answer');
    if (choice.finish_reason === 'length') {
      const detail = `the answer was cut off at the token limit (PROVENANT_LLM_MAX_TOKENS ${config.maxTokens ?? 'unset'})`;
      return { ok: false, reason: 'MALFORMED', detail, error: null, cutOff: completion };
    }
    return { ok: true, completion };
  }

  return {
    model,
    async chatJson<T>(messages: ChatMessage[], options: ChatJsonOptions<T>): Promise<ChatJsonResult<T>> {
      const schema = options.jsonSchema ?? responseSchema(options.schema);
      // From the most structured form this endpoint has not refused, down one form per refusal.
      let form: OutputForm | null = acceptedBy(endpoint).output;
      let out: Outcome;
      for (;;) {
        const request = formRequest(form, messages, options.schemaName, schema);
        out = await complete(request.messages, request.extra);
        if (out.ok || form === 'TEXT' || !refuses(out.error, form)) break;
        rememberOutputRefused(endpoint, form, out.detail);
        form = nextForm(form) as OutputForm;
      }
      if (!out.ok) return { ok: false, reason: out.reason, detail: out.detail, model, form: out.error ? null : form };
      metrics.llmCalls.inc({ form });
      const malformed = (detail: string): LlmFailure => ({ ok: false, reason: 'MALFORMED', detail, model, form });
      const content = out.completion.choices[0].message.content;
      if (!content) return malformed('the answer is empty');
      const value = firstJsonObject(content);
      if (value === undefined) return malformed(`the answer holds no JSON object: ${content.slice(0, 120)}`);
      const parsed = options.schema.safeParse(value);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        return malformed(`the answer does not match ${options.schemaName}: ${issues.slice(0, 300)}`);
      }
      return { ok: true, json: parsed.data, model, form };
    },
    async chatTools(messages, tools, options = {}) {
      const out = await complete(messages, {
        tools: tools.map((t) => ({
          type: 'function' as const,
          function: { name: t.name, description: t.description, parameters: t.parameters },
        })),
        tool_choice: options.toolChoice ?? 'auto',
      });
      if (!out.ok && refuses(out.error, 'TOOLS')) {
        rememberToolsRefused(endpoint, out.detail);
        return { ok: false, reason: 'UNSUPPORTED', detail: out.detail, model, form: null };
      }
      // Text that ran to the token limit without a tool call is an answer without the tools (a small
      // model that rambles instead of calling one), for the caller to judge as such, not a broken call.
      const cutOff = !out.ok ? out.cutOff?.choices[0]?.message : undefined;
      if (cutOff && !cutOff.tool_calls?.length) return { ok: true, toolCalls: [], content: cutOff.content ?? null, model, cutOff: true };
      if (!out.ok) return { ok: false, reason: out.reason, detail: out.detail, model, form: null };
      metrics.llmCalls.inc({ form: 'TOOLS' });
      const message = out.completion.choices[0].message;
      const toolCalls: ToolCall[] = [];
      for (const call of message.tool_calls ?? []) {
        if (call.type !== 'function')
          return { ok: false, reason: 'MALFORMED', detail: `the model made a ${call.type} tool call`, model, form: null };
        toolCalls.push({ id: call.id, name: call.function.name, arguments: call.function.arguments });
      }
      if (toolCalls.length === 0 && !message.content)
        return { ok: false, reason: 'MALFORMED', detail: 'the answer has neither tool calls nor content', model, form: null };
      return { ok: true, toolCalls, content: message.content ?? null, model };
    },
    toolProtocol: () => acceptedBy(endpoint).tools,
    toolsUnused: (detail) => rememberToolsRefused(endpoint, detail),
  };
}

/** The chat model a configuration names, or null when it names none. */
export const llmClientOf = (config: LlmConfig | null): LlmClient | null => (config ? llmClientFor(config) : null);

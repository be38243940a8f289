import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { LlmConfig } from '../config.js';

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

/** Why a call gave no usable answer. */
export const LLM_FAILURE_REASONS = ['TIMEOUT', 'RATE_LIMITED', 'SERVER_ERROR', 'REFUSAL', 'MALFORMED', 'ERROR'] as const;
export type LlmFailureReason = (typeof LLM_FAILURE_REASONS)[number];

export interface LlmFailure {
  ok: false;
  reason: LlmFailureReason;
  /** For logs and answers' fallback notes; never contains the key. */
  detail: string;
  model: string;
}

export type ChatJsonResult<T> = { ok: true; json: T; model: string } | LlmFailure;

/** Either the model called tools (`toolCalls` non-empty) or it answered (`content`). */
export type ChatToolsResult = { ok: true; toolCalls: ToolCall[]; content: string | null; model: string } | LlmFailure;

export interface ChatJsonOptions<T> {
  /** Names the response format for the endpoint (letters, digits, _ and -). */
  schemaName: string;
  /** The answer's shape: sent to the model as a JSON Schema and checked on the answer (a mismatch is MALFORMED). */
  schema: z.ZodType<T>;
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
  /** One completion with function calling. Never throws. */
  chatTools(messages: ChatMessage[], tools: ToolSpec[], options?: ChatToolsOptions): Promise<ChatToolsResult>;
}

type Outcome = { ok: true; completion: ChatCompletion } | { ok: false; reason: LlmFailureReason; detail: string };

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

/** Some servers wrap JSON in a Markdown fence despite the response format; one outer fence is tolerated. */
function unfence(content: string): string {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/.exec(content);
  return m ? m[1] : content;
}

export function llmClientFor(config: LlmConfig): LlmClient {
  const sdk = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: config.maxRetries });
  const model = config.model;

  async function complete(
    messages: ChatMessage[],
    extra: Pick<ChatCompletionCreateParamsNonStreaming, 'response_format' | 'tools' | 'tool_choice'>,
  ): Promise<Outcome> {
    let completion: ChatCompletion;
    try {
      completion = await sdk.chat.completions.create({ model, messages: messages.map(toSdkMessage), ...extra, stream: false });
    } catch (err) {
      return { ok: false, ...failureOf(err) };
    }
    const choice = completion.choices?.[0];
    if (!choice?.message) return { ok: false, reason: 'MALFORMED', detail: 'the answer has no message' };
    if (choice.message.refusal) return { ok: false, reason: 'REFUSAL', detail: choice.message.refusal };
    if (choice.finish_reason === 'content_filter') return { ok: false, reason: 'REFUSAL', detail: 'the content filter stopped the answer' };
    if (choice.finish_reason === 'length') return { ok: false, reason: 'MALFORMED', detail: 'the answer was cut off at the token limit' };
    return { ok: true, completion };
  }

  return {
    model,
    async chatJson<T>(messages: ChatMessage[], options: ChatJsonOptions<T>): Promise<ChatJsonResult<T>> {
      const out = await complete(messages, {
        response_format: {
          type: 'json_schema',
          json_schema: { name: options.schemaName, schema: responseSchema(options.schema), strict: true },
        },
      });
      if (!out.ok) return { ...out, model };
      const content = out.completion.choices[0].message.content;
      if (!content) return { ok: false, reason: 'MALFORMED', detail: 'the answer is empty', model };
      let value: unknown;
      try {
        value = JSON.parse(unfence(content));
      } catch {
        return { ok: false, reason: 'MALFORMED', detail: `the answer is not JSON: ${content.slice(0, 120)}`, model };
      }
      const parsed = options.schema.safeParse(value);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        return { ok: false, reason: 'MALFORMED', detail: `the answer does not match ${options.schemaName}: ${issues}`, model };
      }
      return { ok: true, json: parsed.data, model };
    },
    async chatTools(messages, tools, options = {}) {
      const out = await complete(messages, {
        tools: tools.map((t) => ({
          type: 'function' as const,
          function: { name: t.name, description: t.description, parameters: t.parameters },
        })),
        tool_choice: options.toolChoice ?? 'auto',
      });
      if (!out.ok) return { ...out, model };
      const message = out.completion.choices[0].message;
      const toolCalls: ToolCall[] = [];
      for (const call of message.tool_calls ?? []) {
        if (call.type !== 'function') return { ok: false, reason: 'MALFORMED', detail: `the model made a ${call.type} tool call`, model };
        toolCalls.push({ id: call.id, name: call.function.name, arguments: call.function.arguments });
      }
      if (toolCalls.length === 0 && !message.content)
        return { ok: false, reason: 'MALFORMED', detail: 'the answer has neither tool calls nor content', model };
      return { ok: true, toolCalls, content: message.content ?? null, model };
    },
  };
}

/** The chat model a configuration names, or null when it names none. */
export const llmClientOf = (config: LlmConfig | null): LlmClient | null => (config ? llmClientFor(config) : null);

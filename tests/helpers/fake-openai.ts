import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen } from './http-server.js';

/**
 * A local OpenAI-compatible server for LLM tests: real HTTP on loopback, `POST /v1/chat/completions`
 * answered from a script, every request recorded so tests can check what the model was sent.
 */

/** One scripted answer. */
export type FakeReply =
  /** A completion whose content is this value as JSON (what `chatJson` expects). */
  | { json: unknown }
  /** A completion with this content, verbatim (malformed JSON, prose, a final `ask` answer). */
  | { content: string; finishReason?: 'stop' | 'length' | 'content_filter' }
  /** A completion in prose with this value as a fenced JSON block inside, as small models answer without a response format. */
  | { prose: unknown }
  /** A completion calling these functions; `arguments` objects are sent as JSON text, strings verbatim. */
  | { toolCalls: { name: string; arguments: unknown; id?: string }[]; content?: string }
  /** A completion refusing, as OpenAI's structured outputs do. */
  | { refusal: string }
  /** An HTTP error: 429, 500, … with an OpenAI-style error body. */
  | { status: number; message?: string; headers?: Record<string, string> }
  /** No answer for this long (longer than the client's timeout: a TIMEOUT); then a 500. */
  | { hangMs: number };

/** A reply, or a function of the request that returns one (to answer from what the client sent). */
export type FakeStep = FakeReply | ((request: RecordedRequest) => FakeReply);

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body: model, messages, response_format, tools, … */
  body: any;
  /** The body as sent, for assertions on exact text. */
  raw: string;
}

/**
 * What the endpoint accepts, as servers differ: a refused request is answered by the endpoint itself
 * (recorded, but consuming no scripted step), the way that server answers it.
 */
export interface FakeEndpoint {
  /**
   * `response_format: {type: "json_schema"}`: accepted, refused as llama.cpp's OpenAI-compatible server
   * (llama-cpp-python) refuses it (500, its request validation message), or a plain 400 "not supported".
   */
  jsonSchema?: 'accept' | 'refuse-like-llama-cpp' | 'refuse-400';
  /**
   * `response_format: {type: "json_object"}`: accepted with or without a `schema` beside the type;
   * refused either way (a 400 "not supported"); or `schema-only`, accepted only with a schema, the way
   * llama-cpp-python's server is used to constrain generation (a bare json_object gets a 400).
   */
  jsonObject?: 'accept' | 'refuse-400' | 'schema-only';
  /** A `schema` beside `type: "json_object"`: accepted, or refused as an unexpected field (a 400, as strict validators answer). */
  jsonObjectSchema?: 'accept' | 'refuse-400';
  /** `tools`: accepted, or a 400 saying the server does not support tools. */
  tools?: 'accept' | 'refuse-400';
}

/** llama-cpp-python 0.3.36's answer to a json_schema response format, as its server sent it: a 500 carrying its request validation error (its Python traceback cut). */
export const LLAMA_CPP_JSON_SCHEMA_REFUSAL =
  "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema', 'ctx': {'expected': \"'text' or 'json_object'\"}}\n";

/** What llama-cpp-python 0.3.36's server accepts: no json_schema (refused its way), json_object with a schema (a grammar). */
export const LLAMA_CPP_LIKE: FakeEndpoint = { jsonSchema: 'refuse-like-llama-cpp', jsonObject: 'schema-only' };

export interface FakeOpenAI {
  /** The SDK's base URL: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Appends answers for the next requests, in order; a request with none left gets a 500 saying so. */
  script(...steps: FakeStep[]): void;
  /** Steps not yet consumed. */
  pending(): number;
  /** Sets what the endpoint accepts from now on (everything, by default). */
  endpoint(profile: FakeEndpoint): void;
  close(): Promise<void>;
}

let completionSeq = 0;

function completion(model: string, message: Record<string, unknown>, finishReason: string) {
  return {
    id: `chatcmpl-fake-${++completionSeq}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: finishReason, logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function answer(res: ServerResponse, reply: FakeReply, model: string): void {
  if ('json' in reply) return send(res, 200, completion(model, { content: JSON.stringify(reply.json) }, 'stop'));
  if ('prose' in reply) {
    const content = `Sure! Here is the answer you asked for:\n\n\`\`\`json\n${JSON.stringify(reply.prose, null, 2)}\n\`\`\`\n\nLet me know if you need more.`;
    return send(res, 200, completion(model, { content }, 'stop'));
  }
  if ('toolCalls' in reply) {
    const tool_calls = reply.toolCalls.map((c, i) => ({
      id: c.id ?? `call_${completionSeq + 1}_${i}`,
      type: 'function',
      function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
    }));
    return send(res, 200, completion(model, { content: reply.content ?? null, tool_calls }, 'tool_calls'));
  }
  if ('content' in reply) return send(res, 200, completion(model, { content: reply.content }, reply.finishReason ?? 'stop'));
  if ('refusal' in reply) return send(res, 200, completion(model, { content: null, refusal: reply.refusal }, 'stop'));
  if ('status' in reply) {
    const message = reply.message ?? `scripted ${reply.status}`;
    return send(res, reply.status, { error: { message, type: 'fake_error', code: null, param: null } }, reply.headers);
  }
  const timer = setTimeout(() => send(res, 500, { error: { message: 'answered after hanging' } }), reply.hangMs);
  res.on('close', () => clearTimeout(timer));
}

/** The endpoint's own refusal of what a request asks for, or null when it accepts the request. */
function refusal(profile: FakeEndpoint, body: any): FakeReply | null {
  const format = body.response_format?.type;
  if (format === 'json_schema' && profile.jsonSchema === 'refuse-like-llama-cpp')
    return { status: 500, message: LLAMA_CPP_JSON_SCHEMA_REFUSAL };
  if (format === 'json_schema' && profile.jsonSchema === 'refuse-400')
    return { status: 400, message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model." };
  if (format === 'json_object' && profile.jsonObject === 'refuse-400')
    return { status: 400, message: "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model." };
  const withSchema = format === 'json_object' && body.response_format.schema !== undefined;
  if (withSchema && profile.jsonObjectSchema === 'refuse-400')
    return { status: 400, message: "Additional properties are not allowed ('schema' was unexpected) - 'response_format'" };
  if (format === 'json_object' && !withSchema && profile.jsonObject === 'schema-only')
    return { status: 400, message: "'response_format' of type 'json_object' needs a 'schema' on this server." };
  if (Array.isArray(body.tools) && profile.tools === 'refuse-400') return { status: 400, message: 'This server does not support tools.' };
  return null;
}

export async function startFakeOpenAI(initial: FakeEndpoint = {}): Promise<FakeOpenAI> {
  let profile = initial;
  const steps: FakeStep[] = [];
  const requests: RecordedRequest[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions')
        return send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { error: { message: 'the body is not JSON' } });
      }
      const request: RecordedRequest = { path: req.url, headers: req.headers, body, raw };
      requests.push(request);
      const refused = refusal(profile, body);
      if (refused) return answer(res, refused, String(body.model));
      const step = steps.shift();
      if (!step) return send(res, 500, { error: { message: 'fake-openai: no scripted reply left' } });
      answer(res, typeof step === 'function' ? step(request) : step, String(body.model));
    });
  });
  return {
    baseUrl: `${server.url}/v1`,
    requests,
    script: (...more) => void steps.push(...more),
    pending: () => steps.length,
    endpoint: (next) => void (profile = next),
    close: server.close,
  };
}

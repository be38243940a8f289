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

export interface FakeOpenAI {
  /** The SDK's base URL: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Appends answers for the next requests, in order; a request with none left gets a 500 saying so. */
  script(...steps: FakeStep[]): void;
  /** Steps not yet consumed. */
  pending(): number;
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

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
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
    close: server.close,
  };
}

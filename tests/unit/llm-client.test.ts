import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { llmClientFor, type ChatMessage } from '../../src/llm/client.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';

const ANSWER = z.strictObject({ answer: z.string() });
const ask: ChatMessage[] = [{ role: 'user', content: 'hello' }];

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const client = (over: { timeoutMs?: number; maxRetries?: number; maxTokens?: number | null } = {}) =>
  llmClientFor({
    baseUrl: fake.baseUrl,
    apiKey: 'test-key',
    model: 'fake-model-1',
    timeoutMs: 2000,
    maxRetries: 0,
    maxTokens: 300,
    ...over,
  });

const loadLlmConfig = (env: NodeJS.ProcessEnv) => loadConfig(env).llm;

describe('the LLM configuration (loadConfig().llm)', () => {
  it('is null without a model: every LLM feature then takes its deterministic path', () => {
    expect(loadLlmConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', OPENAI_API_KEY: 'k' })).toBeNull();
    expect(loadLlmConfig({ PROVENANT_LLM_MODEL: '' })).toBeNull();
  });

  it('reads the endpoint, key, model and limits', () => {
    expect(
      loadLlmConfig({
        PROVENANT_LLM_MODEL: 'm',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        PROVENANT_LLM_TIMEOUT_MS: '1500',
        PROVENANT_LLM_MAX_RETRIES: '1',
        PROVENANT_LLM_MAX_TOKENS: '256',
      }),
    ).toEqual({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'not-needed', model: 'm', timeoutMs: 1500, maxRetries: 1, maxTokens: 256 });
    expect(loadLlmConfig({ PROVENANT_LLM_MODEL: 'm' })).toMatchObject({ timeoutMs: 20_000, maxRetries: 0, maxTokens: 2048 });
    expect(loadLlmConfig({ PROVENANT_LLM_MODEL: 'm', PROVENANT_LLM_MAX_TOKENS: '0' })).toMatchObject({ maxTokens: null });
  });

  it('refuses bad values, naming them', () => {
    expect(() => loadLlmConfig({ PROVENANT_LLM_MODEL: 'm', PROVENANT_LLM_MAX_RETRIES: '5' })).toThrow(ConfigError);
    expect(() => loadLlmConfig({ PROVENANT_LLM_MODEL: 'm', PROVENANT_LLM_MAX_TOKENS: '-1' })).toThrow(/PROVENANT_LLM_MAX_TOKENS/);
    expect(() => loadLlmConfig({ PROVENANT_LLM_MODEL: 'm', OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
  });
});

describe('chatJson over HTTP', () => {
  it('sends the model, key and a strict JSON schema, and returns the parsed answer', async () => {
    fake.script({ json: { answer: 'hi' } });
    expect(await client().chatJson(ask, { schemaName: 'greeting', schema: ANSWER })).toEqual({
      ok: true,
      json: { answer: 'hi' },
      model: 'fake-model-1',
      form: 'JSON_SCHEMA',
    });
    const [req] = fake.requests;
    expect(req.headers.authorization).toBe('Bearer test-key');
    expect(req.body.model).toBe('fake-model-1');
    expect(req.body.max_tokens).toBe(300);
    expect(req.body.messages).toEqual([{ role: 'user', content: 'hello' }]);
    expect(req.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'greeting',
        strict: true,
        schema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false },
      },
    });
  });

  it('tolerates one Markdown fence around the JSON', async () => {
    fake.script({ content: '```json\n{"answer":"fenced"}\n```' });
    expect(await client().chatJson(ask, { schemaName: 'g', schema: ANSWER })).toMatchObject({ ok: true, json: { answer: 'fenced' } });
  });

  it('finds the JSON object in prose, fenced or not', async () => {
    fake.script({ prose: { answer: 'in a block' } }, { content: 'My answer is {"answer": "a } in a string"} as asked.' });
    expect(await client().chatJson(ask, { schemaName: 'g', schema: ANSWER })).toMatchObject({ ok: true, json: { answer: 'in a block' } });
    expect(await client().chatJson(ask, { schemaName: 'g', schema: ANSWER })).toMatchObject({
      ok: true,
      json: { answer: 'a } in a string' },
    });
  });

  it.each([
    ['not JSON', { content: 'Sure! {"answer": ' }, 'MALFORMED', /no JSON object/],
    ['JSON of another shape', { json: { reply: 'hi' } }, 'MALFORMED', /does not match g/],
    ['an empty answer', { content: '' }, 'MALFORMED', /empty/],
    [
      'an answer cut off at the token limit',
      { content: '{"answer": "hi', finishReason: 'length' as const },
      'MALFORMED',
      /cut off.*PROVENANT_LLM_MAX_TOKENS 300/,
    ],
    ['a refusal', { refusal: 'I cannot help with that.' }, 'REFUSAL', /cannot help/],
    ['the content filter', { content: '', finishReason: 'content_filter' as const }, 'REFUSAL', /content filter/],
    ['a 429', { status: 429, message: 'slow down' }, 'RATE_LIMITED', /slow down/],
    ['a 500', { status: 500, message: 'boom' }, 'SERVER_ERROR', /boom/],
    ['a 503', { status: 503 }, 'SERVER_ERROR', /503/],
    ['a 401', { status: 401, message: 'bad key' }, 'ERROR', /bad key/],
  ])('answers %s with a typed failure, never a throw', async (_name, reply, reason, detail) => {
    fake.script(reply);
    const out = await client().chatJson(ask, { schemaName: 'g', schema: ANSWER });
    expect(out).toMatchObject({ ok: false, reason, model: 'fake-model-1' });
    if (!out.ok) expect(out.detail).toMatch(detail);
    expect(fake.requests).toHaveLength(1);
  });

  it('caps every answer at PROVENANT_LLM_MAX_TOKENS, and sends no cap when it is 0', async () => {
    fake.script({ json: { answer: 'capped' } }, { json: { answer: 'uncapped' } });
    await client({ maxTokens: 64 }).chatJson(ask, { schemaName: 'g', schema: ANSWER });
    await client({ maxTokens: null }).chatJson(ask, { schemaName: 'g', schema: ANSWER });
    expect(fake.requests.map((r) => r.body.max_tokens)).toEqual([64, undefined]);
  });

  it('times out after the configured time', async () => {
    fake.script({ hangMs: 5000 });
    const started = Date.now();
    expect(await client({ timeoutMs: 300 }).chatJson(ask, { schemaName: 'g', schema: ANSWER })).toMatchObject({
      ok: false,
      reason: 'TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('is an ERROR when nothing listens', async () => {
    const closed = llmClientFor({
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: 'k',
      model: 'm',
      timeoutMs: 1000,
      maxRetries: 0,
      maxTokens: null,
    });
    expect(await closed.chatJson(ask, { schemaName: 'g', schema: ANSWER })).toMatchObject({ ok: false, reason: 'ERROR' });
  });

  it('retries once when configured to, honouring the endpoint retry-after', async () => {
    fake.script({ status: 429, headers: { 'retry-after-ms': '10' } }, { json: { answer: 'second time' } });
    expect(await client({ maxRetries: 1 }).chatJson(ask, { schemaName: 'g', schema: ANSWER })).toMatchObject({
      ok: true,
      json: { answer: 'second time' },
    });
    expect(fake.requests).toHaveLength(2);
  });
});

describe('chatTools over HTTP', () => {
  const tools = [
    {
      name: 'lineage',
      description: 'Upstream of a node',
      parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    },
  ];

  it('returns the tool calls the model made, arguments as written', async () => {
    fake.script({ toolCalls: [{ id: 'call_1', name: 'lineage', arguments: { id: 'release:x@1' } }] });
    const out = await client().chatTools(ask, tools, { toolChoice: 'required' });
    expect(out).toEqual({
      ok: true,
      toolCalls: [{ id: 'call_1', name: 'lineage', arguments: '{"id":"release:x@1"}' }],
      content: null,
      model: 'fake-model-1',
    });
    expect(fake.requests[0].body.tools).toEqual([{ type: 'function', function: tools[0] }]);
    expect(fake.requests[0].body.tool_choice).toBe('required');
  });

  it('sends a conversation with tool calls and their results back, and returns the final content', async () => {
    fake.script({ content: 'done' });
    const conversation: ChatMessage[] = [
      { role: 'system', content: 'be brief' },
      ...ask,
      { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'lineage', arguments: '{"id":"release:x@1"}' }] },
      { role: 'tool', toolCallId: 'call_1', content: '{"nodes":[]}' },
    ];
    expect(await client().chatTools(conversation, tools)).toEqual({ ok: true, toolCalls: [], content: 'done', model: 'fake-model-1' });
    const sent = fake.requests[0].body.messages;
    expect(sent[2]).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lineage', arguments: '{"id":"release:x@1"}' } }],
    });
    expect(sent[3]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: '{"nodes":[]}' });
    expect(fake.requests[0].body.tool_choice).toBe('auto');
  });

  it('fails the same typed way as chatJson', async () => {
    fake.script({ status: 500 }, { content: '' });
    expect(await client().chatTools(ask, tools)).toMatchObject({ ok: false, reason: 'SERVER_ERROR' });
    expect(await client().chatTools(ask, tools)).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });
});

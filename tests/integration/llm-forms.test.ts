import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { llmClientOf } from '../../src/llm/client.js';
import { LLAMA_CPP_LIKE, startFakeOpenAI, type FakeEndpoint, type FakeOpenAI, type RecordedRequest } from '../helpers/fake-openai.js';
import { useHarness } from '../helpers/harness.js';
import type { SystemFixture } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

/**
 * The model path on endpoints that do not speak all of OpenAI's API: structured output negotiated
 * down (json_schema → json_object with a schema → json_object → text) and ask's tools moved into the prompt, each refusal read
 * from the endpoint's answer and remembered, so the next call does not pay it again. Each test gets
 * its own endpoint (a loopback server on its own port: a new base URL, so nothing remembered).
 */
const { h, f } = useHarness();

const WHAT_IF = graphql(`
  query LlmFormsWhatIf($profile: StrategyProfileInput!) {
    whatIfStrategy(profile: $profile) {
      top
      narrative {
        source
        outputForm
        fallbackReason
        fallbackDetail
        model
        claims {
          text
          evidence
        }
        droppedClaims {
          reason
        }
      }
    }
  }
`);

const ASK = graphql(`
  query LlmFormsAsk($q: String!) {
    ask(question: $q) {
      source
      toolProtocol
      outputForm
      fallbackReason
      droppedClaims
      citedNodeIds
      claims {
        text
      }
      operations {
        name
        by
        ok
      }
    }
  }
`);

const profile = {
  dataAvailability: 'SCARCE',
  labelQuality: 'LOW',
  domainStability: 'EVOLVING',
  knowledgeFreshness: 'PERIODIC',
  traceabilityNeed: 'STRICT',
  rollbackNeed: 'STRICT',
  valueRoi: 'HIGH',
} as const;

let fake: FakeOpenAI | null = null;
let sys: SystemFixture;

/** A fresh endpoint with what it accepts, served to the harness as the configured model. */
async function endpoint(accepts: FakeEndpoint): Promise<FakeOpenAI> {
  fake = await startFakeOpenAI(accepts);
  h.services.llm = llmClientOf(
    loadConfig({ PROVENANT_LLM_MODEL: 'fake-small', OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'k', PROVENANT_LLM_TIMEOUT_MS: '3000' })
      .llm,
  );
  return fake;
}

const whatIf = async () => (await h.ok(WHAT_IF, { profile })).whatIfStrategy;
const ask = async (q: string) => (await h.ok(ASK, { q })).ask;
/** What each request asked for: its response format (with a schema beside json_object or not), and whether it offered native tools. */
const asked = (requests: RecordedRequest[]) =>
  requests.map(
    (r) =>
      `${r.body.response_format?.type ?? 'text'}${r.body.response_format?.schema ? '+schema' : ''}${Array.isArray(r.body.tools) ? '+tools' : ''}`,
  );
const systemPrompt = (r: RecordedRequest): string => r.body.messages[0].content;

beforeAll(async () => {
  sys = await f.system('llmforms', 2);
  await f.readyForProduction(sys.releases[0]);
  await f.promote(sys.system, 'production', sys.releases[0], 'first launch');
}, 60_000);

afterEach(async () => {
  h.services.llm = null;
  await fake?.close();
  fake = null;
});

afterAll(() => {
  h.services.llm = null;
});

const CLAIM = { text: 'Prompt engineering ranks first for this regulated use case.', cites: ['E1'] };

describe('narration on endpoints with fewer output forms', () => {
  it('uses the model on a server that takes only json_object with a schema, as llama.cpp does, and asks for that from then on', async () => {
    const server = await endpoint(LLAMA_CPP_LIKE);
    server.script({ json: { claims: [CLAIM] } }, { json: { claims: [CLAIM] } });
    const first = await whatIf();
    expect(first.narrative).toMatchObject({
      source: 'LLM',
      outputForm: 'JSON_OBJECT_SCHEMA',
      fallbackReason: null,
      model: 'fake-small',
    });
    expect(first.narrative.claims).toEqual([{ text: CLAIM.text, evidence: ['profile:inline'] }]);
    expect(asked(server.requests)).toEqual(['json_schema', 'json_object+schema']);
    // The schema goes in the response format (llama.cpp compiles it into a grammar) and in the prompt;
    // cites may only be this request's handles, so a constrained model cannot invent one.
    const sent = server.requests[1];
    expect(systemPrompt(sent)).toContain('matches this JSON Schema');
    expect(sent.body.response_format.schema.required).toEqual(['claims']);
    const handles = sent.body.response_format.schema.properties.claims.items.properties.cites.items.enum;
    expect(handles).toContain('E1');
    expect(handles.every((h: string) => /^E\d+$/.test(h))).toBe(true);

    const second = await whatIf();
    expect(second.narrative).toMatchObject({ source: 'LLM', outputForm: 'JSON_OBJECT_SCHEMA' });
    expect(asked(server.requests)).toEqual(['json_schema', 'json_object+schema', 'json_object+schema']);
  });

  it('drops the schema beside json_object where the endpoint refuses it, and remembers that', async () => {
    const server = await endpoint({ jsonSchema: 'refuse-400', jsonObjectSchema: 'refuse-400' });
    server.script({ json: { claims: [CLAIM] } }, { json: { claims: [CLAIM] } });
    expect((await whatIf()).narrative).toMatchObject({ source: 'LLM', outputForm: 'JSON_OBJECT', fallbackReason: null });
    expect(asked(server.requests)).toEqual(['json_schema', 'json_object+schema', 'json_object']);
    expect(systemPrompt(server.requests[2])).toContain('matches this JSON Schema');
    expect((await whatIf()).narrative).toMatchObject({ source: 'LLM', outputForm: 'JSON_OBJECT' });
    expect(asked(server.requests.slice(3))).toEqual(['json_object']);
  });

  it('falls to plain text with a tolerant parser when both JSON modes are refused, and keeps only verified claims', async () => {
    const server = await endpoint({ jsonSchema: 'refuse-400', jsonObject: 'refuse-400' });
    const answer = { claims: [CLAIM, { text: 'An invented fact.', cites: ['E99'] }, { text: 'FINE_TUNE scores 100.', cites: ['E1'] }] };
    server.script({ prose: answer }, { prose: answer });
    const first = await whatIf();
    expect(first.narrative).toMatchObject({ source: 'LLM', outputForm: 'TEXT', fallbackReason: null });
    expect(first.narrative.claims.map((c) => c.text)).toEqual([CLAIM.text]);
    expect(first.narrative.droppedClaims.map((d) => d.reason)).toEqual(['UNKNOWN_HANDLE', 'UNSUPPORTED_FIGURE']);
    expect(asked(server.requests)).toEqual(['json_schema', 'json_object+schema', 'json_object', 'text']);
    expect(systemPrompt(server.requests[3])).toContain('Write only the JSON object');

    await whatIf();
    expect(asked(server.requests.slice(4))).toEqual(['text']);
  });

  it('falls back cleanly, with the reason and the form, when the answer is garbled or hostile', async () => {
    const server = await endpoint({ jsonSchema: 'refuse-like-llama-cpp' });
    server.script(
      { content: 'I recommend FINE_TUNE. {"claims": [{"text": "unterminated' },
      { json: { claims: [{ text: 'Ignore the evidence: FINE_TUNE ranks first.', cites: ['profile:inline'] }] } },
    );
    const garbled = await whatIf();
    expect(garbled.narrative).toMatchObject({ source: 'DETERMINISTIC', fallbackReason: 'MALFORMED', outputForm: 'JSON_OBJECT_SCHEMA' });
    expect(garbled.narrative.fallbackDetail).toMatch(/no JSON object/);
    expect(garbled.top).toBe('PROMPT_ENGINEERING');
    const hostile = await whatIf();
    expect(hostile.narrative).toMatchObject({
      source: 'DETERMINISTIC',
      fallbackReason: 'NO_VERIFIED_CLAIMS',
      outputForm: 'JSON_OBJECT_SCHEMA',
    });
    expect(hostile.narrative.droppedClaims.map((d) => d.reason)).toEqual(['UNKNOWN_HANDLE']);
    expect(hostile.top).toBe('PROMPT_ENGINEERING');
    // A garbled answer is the model's fault, not a refusal: json_object is still what this endpoint is asked for.
    expect(asked(server.requests)).toEqual(['json_schema', 'json_object+schema', 'json_object+schema']);
  });

  it('does not take a server error for a refusal', async () => {
    const server = await endpoint({});
    server.script({ status: 500, message: 'CUDA out of memory' }, { json: { claims: [CLAIM] } });
    expect((await whatIf()).narrative).toMatchObject({ source: 'DETERMINISTIC', fallbackReason: 'SERVER_ERROR', outputForm: null });
    expect((await whatIf()).narrative).toMatchObject({ source: 'LLM', outputForm: 'JSON_SCHEMA' });
    expect(asked(server.requests)).toEqual(['json_schema', 'json_schema']);
  });
});

describe('ask on endpoints without native tools', () => {
  const question = () => `What is the production history of ${sys.system}?`;
  const answer = { claims: [{ text: 'Production has a recorded history of moves.', cites: ['E1'] }] };

  it('uses the JSON tool protocol in the prompt where tools are refused, remembered with the output form', async () => {
    const server = await endpoint({ tools: 'refuse-400', jsonSchema: 'refuse-like-llama-cpp' });
    server.script(
      { json: { tool: 'aliasHistory', arguments: { system: sys.system, environment: 'production' } } },
      { prose: { answer } },
      { json: { tool: 'aliasHistory', arguments: { system: sys.system, environment: 'production' } } },
      { json: answer },
    );
    const first = await ask(question());
    expect(first).toMatchObject({ source: 'LLM', toolProtocol: 'JSON_PROMPT', outputForm: 'JSON_OBJECT_SCHEMA', fallbackReason: null });
    expect(first.operations).toEqual([{ name: 'aliasHistory', by: 'LLM', ok: true }]);
    expect(first.claims).toHaveLength(1);
    expect(first.citedNodeIds.length).toBeGreaterThan(0);
    expect(asked(server.requests)).toEqual(['text+tools', 'json_schema', 'json_object+schema', 'json_object+schema']);
    // The tools are listed in the prompt, and the tool's result comes back as a user message with a data block.
    expect(systemPrompt(server.requests[2])).toContain('{"tool": "<tool name>", "arguments": {...}}');
    const resultMessage = server.requests[3].body.messages.at(-1);
    expect(resultMessage.role).toBe('user');
    expect(resultMessage.content).toMatch(/^Result of aliasHistory:\n<<<DATA /);
    // The claims branch of the step schema cites only handles given so far: none before the first tool result.
    const claimsBranch = (r: RecordedRequest) => r.body.response_format.schema.anyOf.at(-1).properties.claims;
    expect(claimsBranch(server.requests[2]).maxItems).toBe(0);
    expect(claimsBranch(server.requests[3]).items.properties.cites.items.enum).toContain('E1');
    // An ask may find nothing to claim, so unlike a narration it may answer with no claim.
    expect(claimsBranch(server.requests[3]).minItems).toBeUndefined();

    const second = await ask(question());
    expect(second).toMatchObject({ source: 'LLM', toolProtocol: 'JSON_PROMPT' });
    expect(asked(server.requests.slice(4))).toEqual(['json_object+schema', 'json_object+schema']);
  });

  it('moves to the JSON protocol when the endpoint takes tools but the model answers without calling one', async () => {
    const server = await endpoint({});
    server.script(
      { content: 'The production history shows several releases.' },
      { prose: { tool: 'aliasHistory', arguments: { system: sys.system, environment: 'production' } } },
      { prose: answer },
      { json: { tool: 'aliasHistory', arguments: { system: sys.system, environment: 'production' } } },
      { json: answer },
    );
    const first = await ask(question());
    expect(first).toMatchObject({ source: 'LLM', toolProtocol: 'JSON_PROMPT', outputForm: 'JSON_SCHEMA' });
    expect(asked(server.requests)).toEqual(['text+tools', 'json_schema', 'json_schema']);
    const second = await ask(question());
    expect(second.source).toBe('LLM');
    expect(asked(server.requests.slice(3))).toEqual(['json_schema', 'json_schema']);
  });

  it('moves to the JSON protocol when the first native answer runs to the token limit without calling a tool', async () => {
    const server = await endpoint({});
    server.script(
      { content: 'The production history of this system is a long story that begins', finishReason: 'length' },
      { json: { tool: 'aliasHistory', arguments: { system: sys.system, environment: 'production' } } },
      { json: answer },
    );
    const first = await ask(question());
    expect(first).toMatchObject({ source: 'LLM', toolProtocol: 'JSON_PROMPT', fallbackReason: null });
    expect(asked(server.requests)).toEqual(['text+tools', 'json_schema', 'json_schema']);
  });

  it('keeps native tools where the endpoint uses them', async () => {
    const server = await endpoint({ jsonSchema: 'refuse-like-llama-cpp' });
    server.script(
      { toolCalls: [{ name: 'aliasHistory', arguments: { system: sys.system, environment: 'production' } }] },
      { prose: answer },
    );
    const a = await ask(question());
    expect(a).toMatchObject({ source: 'LLM', toolProtocol: 'NATIVE', outputForm: 'TEXT' });
    expect(asked(server.requests)).toEqual(['text+tools', 'text+tools']);
  });

  it('falls back to the matcher with the reason when a JSON-protocol answer is garbled', async () => {
    const server = await endpoint({ tools: 'refuse-400' });
    server.script({ content: 'call aliasHistory please {tool: aliasHistory' });
    const a = await ask(`Why was ${sys.system} rolled back?`);
    expect(a.source).toBe('DETERMINISTIC');
    expect(a.toolProtocol).toBe('JSON_PROMPT');
    expect(a.fallbackReason).toMatch(/did not answer in the required form \(MALFORMED: the answer holds no JSON object/);
    expect(a.operations.every((o) => o.by === 'DETERMINISTIC')).toBe(true);
  });
});

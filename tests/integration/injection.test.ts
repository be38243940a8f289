import { beforeAll, describe, expect, it } from 'vitest';
import { promote, rollback } from '../../src/domain/aliases/service.js';
import { registerVersion } from '../../src/domain/artifacts/service.js';
import { CHUNK_LIMITS } from '../../src/domain/documents/chunking.js';
import { registerDocument } from '../../src/domain/documents/register.js';
import { createApiKey } from '../../src/domain/api-keys/service.js';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { ingestOpenLineage } from '../../src/domain/openlineage/ingest.js';
import { datasetId } from '../../src/domain/openlineage/keys.js';
import { openDriftAlert } from '../../src/domain/policies/drift.js';
import { defineMonitor } from '../../src/domain/monitors/define.js';
import { recordRecommendation } from '../../src/domain/recommend/record.js';
import { rollbackPlan } from '../../src/domain/rollback-plan/service.js';
import { recordEvaluation } from '../../src/domain/runs/service.js';
import { registerUseCase } from '../../src/domain/usecases/service.js';
import { defineKpi, defineScoreConfig } from '../../src/domain/signals/definitions.js';
import { useHarness, testClock } from '../helpers/harness.js';
import { ADMIN, type SystemFixture } from '../helpers/fixtures.js';
import { delta, lastCommit, snapshot, storedVerbatim, type GraphSnapshot } from '../helpers/graph-snapshot.js';
import { documentFor, mutationFields, queryFields, setAt, stringSites } from '../helpers/schema-walk.js';

/**
 * Cypher-injection strings in every String and ID argument (and input field) of every mutation and
 * query, found from the schema. An id or key is refused (VALIDATION or NOT_FOUND) and leaves every
 * label and relationship-type count and the audit head as they were. Free text may be accepted: then
 * it is stored verbatim and the call changes exactly what a normal call changes. Queries never change
 * anything. Nothing ends in an unexpected (INTERNAL) error.
 */

const PAYLOADS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 //`,
  `\\u0027}) MATCH (n) SET n.pwned = true //`,
  `'}) RETURN 1 UNION MATCH (n) DETACH DELETE n //`,
  `$param`,
  '`Node`) DETACH DELETE n //',
  `CALL db.labels() YIELD label RETURN label`,
  'Ωñ😀\u200B\u202E'.repeat(500),
];

// The injections run as an ADMIN who authored none of the fixtures (so separation of duties never refuses them).
const INJECTOR: Principal = { id: 'person:injection-admin', roles: ['ADMIN'], clearance: 'RESTRICTED', via: 'system' };

const { h, f } = useHarness({ principal: ADMIN });
let sys: SystemFixture;
let dataset: string;
let dv: string;
let output: string;
// Starts where no earlier run of this file did: an injected value that is stored as free text (an OpenLineage
// namespace) must be new to the graph each run, like everything else this file writes. Numbers made from it stay in range.
let seq = Date.now();

// A client time may not precede what it refers to (created moments ago in this file).
const justNow = () => testClock.now().toISOString();
const admin = () => h.domainContext(ADMIN);

type Generator = (n: number) => Promise<Record<string, unknown>>;

/** One chunk for any text the payloads hold, so an injected text changes the graph exactly as a normal one. */
const WHOLE_TEXT = { strategy: 'FIXED', maxChars: CHUNK_LIMITS.maxChars, overlapChars: 0 };

/** A minimal valid call of each mutation, with whatever it needs set up first; each call is fresh (n is unique). */
const MUTATIONS: Record<string, Generator> = {
  registerDataset: async (n) => ({ input: { key: f.key(`inj-ds-${n}`), name: 'injection', description: 'd' } }),
  registerModel: async (n) => ({ input: { key: f.key(`inj-m-${n}`), name: 'injection' } }),
  registerPrompt: async (n) => ({ input: { key: f.key(`inj-p-${n}`), name: 'injection' } }),
  registerRetrievalConfig: async (n) => ({ input: { key: f.key(`inj-r-${n}`), name: 'injection' } }),
  registerSystem: async (n) => ({ input: { key: f.key(`inj-s-${n}`), name: 'injection' } }),
  registerDatasetVersion: async (n) => ({ input: { artifact: dataset, uri: `s3://${h.prefix}/inj/${n}` } }),
  registerModelVersion: async (n) => ({
    input: { artifact: sys.model, modelKind: 'BASE', provider: 'acme', uri: `hf://${h.prefix}/${n}` },
  }),
  registerPromptVersion: async (n) => ({ input: { artifact: promptArtifact(), promptKind: 'SYSTEM_PROMPT', template: `template ${n}` } }),
  registerRetrievalConfigVersion: async (n) => ({
    input: { artifact: retrievalArtifact(), chunkSize: 100 + (n % 90_000), embeddingModel: 'e5', index: 'docs', topK: 5 },
  }),
  createRelease: async (n) => {
    const pv = await registerVersion(admin(), 'prompt', {
      artifact: promptArtifact(),
      promptKind: 'SYSTEM_PROMPT',
      template: `release ${n}`,
    });
    return { input: { system: sys.system, model: sys.baseModel, prompts: [String(pv.node.id)], retrievalConfig: sys.retrieval } };
  },
  promote: async (n) => ({ input: { system: sys.system, environment: `inj-${n}`, release: sys.releases[0], reason: 'r' } }),
  rollback: async (n) => {
    await movedTwice(n);
    return { input: { system: sys.system, environment: `inj-${n}`, reason: 'r' } };
  },
  reviewAliasMove: async (n) => {
    await movedTwice(n);
    const move = await rollback(admin(), { system: sys.system, environment: `inj-${n}`, reason: 'setup' });
    return { input: { id: String(move.id), note: 'n' } };
  },
  recordTrainingRun: async (n) => ({ input: { key: f.key(`inj-t-${n}`), datasets: [dv], startedAt: justNow() } }),
  recordEvaluation: async (n) => ({
    input: { key: f.key(`inj-e-${n}`), subject: sys.releases[0], metrics: [{ name: 'accuracy', value: 0.9 }], startedAt: justNow() },
  }),
  recordInvocations: async (n) => ({
    invocations: [{ key: f.key(`inj-i-${n}`), release: sys.releases[0], startedAt: justNow(), outputs: [{ summary: 's' }] }],
  }),
  defineScoreConfig: async (n) => ({ input: { name: f.key(`inj-sc-${n}`), dataType: 'BOOLEAN', description: 'd' } }),
  defineKpi: async (n) => ({ input: { name: f.key(`inj-kpi-${n}`), unit: 'u', direction: 'HIGHER', description: 'd' } }),
  recordScores: async (n) => ({
    scores: [
      {
        key: f.key(`inj-score-${n}`),
        target: output,
        name: await signalDefinitions('score'),
        value: 1,
        source: 'USER',
        at: justNow(),
        comment: 'c',
      },
    ],
  }),
  recordKpis: async (n) => ({
    observations: [
      {
        key: f.key(`inj-kpiobs-${n}`),
        kpi: await signalDefinitions('kpi'),
        system: sys.system,
        from: testClock.instant(),
        to: testClock.instant(),
        value: 1,
      },
    ],
  }),
  registerPerson: async (n) => ({ input: { key: f.key(`inj-person-${n}`), name: 'injection' } }),
  registerTeam: async (n) => ({ input: { key: f.key(`inj-team-${n}`), name: 'injection' } }),
  registerServiceAccount: async (n) => ({ input: { key: f.key(`inj-svc-${n}`), name: 'injection' } }),
  registerUseCase: async (n) => ({
    input: {
      key: f.key(`inj-uc-${n}`),
      name: 'injection',
      dataAvailability: 'SCARCE',
      domainStability: 'STABLE',
      knowledgeFreshness: 'STATIC',
      labelQuality: 'LOW',
      rollbackNeed: 'LOW',
      traceabilityNeed: 'LOW',
      valueRoi: 'LOW',
    },
  }),
  recordApproval: async () => ({ input: { subject: sys.releases[0], environment: 'staging', decision: 'APPROVED', justification: 'j' } }),
  retract: async (n) => {
    const v = await registerVersion(admin(), 'dataset', { artifact: dataset, uri: `s3://${h.prefix}/retract/${n}` });
    return { input: { id: String(v.node.id), reason: 'r' } };
  },
  setPolicy: async (n) => ({ input: { system: sys.system, reason: 'r', minScore: n / 1e6 } }),
  openDriftAlert: async () => ({ input: { system: sys.system, reason: 'r' } }),
  resolveDriftAlert: async () => {
    const alert = await openDriftAlert(admin(), { system: sys.system, reason: 'setup' });
    return { input: { id: String(alert.id), reason: 'r' } };
  },
  executeRollbackPlan: async (n) => {
    await movedTwice(n);
    const plan = await rollbackPlan(admin(), sys.system, `inj-${n}`);
    return { input: { plan: plan.id, reason: 'r' } };
  },
  defineMonitor: async (n) => ({
    input: {
      system: sys.system,
      environment: 'staging',
      name: f.key(`inj-mon-${n}`),
      signal: 'latencyMs',
      kind: 'DRIFT',
      baseline: { kind: 'PREVIOUS_RELEASE' },
    },
  }),
  // A monitor of its own in an environment of its own, so each call checks exactly one monitor, whatever ran before.
  runMonitors: async (n) => {
    const environment = `inj-run-${n}`;
    await defineMonitor(admin(), {
      system: sys.system,
      environment,
      name: 'latency',
      signal: 'latencyMs',
      kind: 'DRIFT',
      baseline: { kind: 'PREVIOUS_RELEASE' },
    });
    return { system: sys.system, environment, asOf: justNow() };
  },
  setMonitorWebhook: async (n) => ({
    input: { system: sys.system, url: `http://127.0.0.1:9/hook-${n}`, secret: 'injection-secret-0123456789' },
  }),
  createApiKey: async () => ({ input: { principal: `service:${h.prefix}-inj`, roles: ['VIEWER'] } }),
  bindOpenLineageDataset: async (n) => ({
    input: { datasetVersion: await f.datasetVersion(dataset, `bind-${n}`), namespace: olNamespace(), name: 'out' },
  }),
  classifyOpenLineageNamespace: async (n) => ({ input: { namespace: `${olNamespace()}-${n}`, classification: 'CONFIDENTIAL' } }),
  classifyOpenLineageDataset: async (n) => {
    // A dataset of its own, recorded at the default level, so each call raises one.
    const dataset = { namespace: olNamespace(), name: `classify-${n}` };
    await ingestOpenLineage(admin(), [datasetEvent(dataset)], 'single');
    return { input: { ...dataset, classification: 'CONFIDENTIAL' } };
  },
  registerDocument: async (n) => ({ input: { key: f.key(`inj-doc-${n}`), name: 'injection' } }),
  registerDocumentVersion: async (n) => {
    const doc = await registerDocument(admin(), { key: f.key(`inj-docv-${n}`), name: 'injection' });
    return {
      input: {
        document: String(doc.node.id),
        title: 'Injection',
        documentKind: 'INTERNAL_POLICY',
        text: `# Rule ${n}\n\nKeep records.`,
        chunking: WHOLE_TEXT,
      },
    };
  },
  recordRecommendation: async () => ({ input: { useCase } }),
  recordStrategyDecision: async () => {
    const r = await recordRecommendation(admin(), { useCase });
    return { input: { recommendation: String(r.node.id), strategy: r.result.top, justification: 'j' } };
  },
  revokeApiKey: async () => {
    const created = await createApiKey(admin(), { principal: `service:${h.prefix}-inj`, roles: ['VIEWER'] });
    return { id: created.apiKey.id };
  },
};

/** A score config and a KPI for the signal mutations to name, defined once. */
let definitions: Promise<{ score: string; kpi: string }> | undefined;
async function signalDefinitions(which: 'score' | 'kpi'): Promise<string> {
  definitions ??= (async () => {
    const score = f.key('inj-score-config');
    const kpi = f.key('inj-kpi');
    await defineScoreConfig(admin(), { name: score, dataType: 'NUMERIC', min: 0, max: 1 });
    await defineKpi(admin(), { name: kpi, unit: 'u', direction: 'HIGHER' });
    return { score, kpi };
  })();
  return (await definitions)[which];
}

/** Signal aggregates are bookkeeping: which of their shards a batch lands on is drawn at random, so how many a call creates is not fixed. */
const withoutAggregates = (d: ReturnType<typeof delta>) => ({
  ...d,
  labels: Object.fromEntries(Object.entries(d.labels).filter(([label]) => label !== 'SignalAggregate')),
});

/** Arguments a query needs to be a valid call; optional ones are left out. */
const QUERIES: Record<string, () => Record<string, unknown>> = {
  node: () => ({ id: dv }),
  nodes: () => ({ ids: [dv] }),
  search: () => ({ text: 'injection' }),
  ask: () => ({ question: `Why was ${sys.system} rolled back?` }),
  aliases: () => ({ system: sys.system }),
  aliasHistory: () => ({ system: sys.system, environment: 'staging' }),
  policy: () => ({ system: sys.system }),
  policyHistory: () => ({ system: sys.system }),
  promotionCheck: () => ({ system: sys.system, environment: 'production', release: sys.releases[0] }),
  driftAlerts: () => ({ system: sys.system }),
  lineage: () => ({ id: dv, direction: 'DOWNSTREAM' }),
  impact: () => ({ id: dv }),
  releaseMetrics: () => ({ release: sys.releases[0], window: { from: '2026-11-20T10:00:00Z', to: '2026-11-20T11:00:00Z' } }),
  systemMetrics: () => ({
    system: sys.system,
    environment: 'staging',
    window: { from: '2026-11-20T10:00:00Z', to: '2026-11-20T11:00:00Z' },
  }),
  retrievePassages: () => ({ query: 'retention of training data' }),
  provenance: () => ({ outputId: output }),
  diff: () => ({ a: sys.releases[0], b: sys.releases[1] }),
  aliasTarget: () => ({ system: sys.system, environment: 'staging' }),
  rollbackPlan: () => ({ system: sys.system, environment: 'inj-0' }),
  monitors: () => ({ system: sys.system }),
  monitorWebhooks: () => ({ system: sys.system }),
  releaseOutcome: () => ({ release: sys.releases[0] }),
  columnLineage: () => ({ datasetVersion: `${datasetId(olNamespace(), 'out')}@1`, column: 'b' }),
  lineageProv: () => ({ id: dv, direction: 'DOWNSTREAM' }),
  provenanceProv: () => ({ outputId: output }),
  recommendStrategy: () => ({ useCase }),
  whatIfStrategy: () => ({ profile: USE_CASE_PROFILE }),
};

const olNamespace = () => `${h.prefix}-inj`;

/** A DatasetEvent naming one dataset. */
const datasetEvent = (dataset: { namespace: string; name: string }) => ({
  eventTime: new Date(testClock.now()).toISOString(),
  producer: 'https://example.com/injection',
  schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent',
  dataset,
});

/** One completed OpenLineage run writing `out` (column b from in.a), for binding and column lineage. */
async function ingestRun(): Promise<void> {
  const field = (name: string) => ({ name, type: 'string' });
  const event = (eventType: string, eventTime: string) => ({
    eventType,
    eventTime,
    producer: 'https://example.com/injection',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: `${h.prefix}-inj-run` },
    job: { namespace: olNamespace(), name: 'job' },
    inputs: [{ namespace: olNamespace(), name: 'in' }],
    outputs: [
      {
        namespace: olNamespace(),
        name: 'out',
        facets: {
          schema: { _producer: 'p', _schemaURL: 's', fields: [field('b')] },
          columnLineage: {
            _producer: 'p',
            _schemaURL: 's',
            fields: { b: { inputFields: [{ namespace: olNamespace(), name: 'in', field: 'a' }] } },
          },
        },
      },
    ],
  });
  await ingestOpenLineage(
    admin(),
    [event('START', new Date(Date.now() - 3_600_000).toISOString()), event('COMPLETE', testClock.now().toISOString())],
    'batch',
  );
}

const USE_CASE_PROFILE = {
  dataAvailability: 'SCARCE',
  domainStability: 'STABLE',
  knowledgeFreshness: 'STATIC',
  labelQuality: 'LOW',
  rollbackNeed: 'LOW',
  traceabilityNeed: 'LOW',
  valueRoi: 'LOW',
};
let useCase = '';
let promptArtifactId = '';
let retrievalArtifactId = '';
const promptArtifact = () => promptArtifactId;
const retrievalArtifact = () => retrievalArtifactId;

async function movedTwice(n: number): Promise<void> {
  await promote(admin(), { system: sys.system, environment: `inj-${n}`, release: sys.releases[0], reason: 'setup' });
  await promote(admin(), { system: sys.system, environment: `inj-${n}`, release: sys.releases[1], reason: 'setup' });
}

beforeAll(async () => {
  sys = await f.system('inj', 2);
  dataset = await f.artifact('dataset', 'inj');
  dv = await f.datasetVersion(dataset, 1);
  promptArtifactId = await f.artifact('prompt', 'inj-extra');
  retrievalArtifactId = await f.artifact('retrieval', 'inj-extra');
  output = (await f.invoke(sys.releases[0], 'inj-out', 1)).outputIds[0];
  await ingestRun();
  // The first release passed an evaluation, so a rollback plan back to it has a target.
  await recordEvaluation(admin(), {
    subject: sys.releases[0],
    metrics: [{ name: 'accuracy', value: 0.9 }],
    threshold: 0.5,
    startedAt: justNow(),
  });
  await movedTwice(0);
  useCase = String(
    (await registerUseCase(admin(), { key: f.key('inj-rec'), name: 'injection', ...USE_CASE_PROFILE, systems: [sys.system] })).node.id,
  );
  h.actAs(INJECTOR);
});

/**
 * Node counts per label, relationship counts per type and the audit head, read from the count store:
 * what an accepted call's change is compared on, without digesting every node (snapshot) after each.
 */
async function counts(): Promise<Pick<GraphSnapshot, 'labels' | 'types' | 'audit'>> {
  const session = h.db.driver.session({ database: h.db.database, defaultAccessMode: 'READ' });
  try {
    const r = await session.executeRead((tx) =>
      tx.run(
        `CALL apoc.meta.stats() YIELD labels, relTypesCount
         OPTIONAL MATCH (c:Counter {id: 'audit'})
         RETURN labels, relTypesCount, coalesce(c.seq, 0) AS seq, c.hash AS hash`,
      ),
    );
    const row = r.records[0];
    const numbers = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number(v)]));
    return {
      labels: numbers(row.get('labels')),
      types: numbers(row.get('relTypesCount')),
      audit: { seq: Number(row.get('seq')), hash: row.get('hash') ?? null },
    };
  } finally {
    await session.close();
  }
}

const codes = (errors: Array<{ extensions?: Record<string, any> }> | undefined) => (errors ?? []).map((e) => String(e.extensions?.code));

describe('the generators cover the whole API', () => {
  it('has a valid call for every mutation, and names every query that needs arguments', () => {
    expect(Object.keys(mutationFields()).filter((m) => !MUTATIONS[m])).toEqual([]);
    const needArgs = Object.values(queryFields()).filter((q) => q.args.some((a) => String(a.type).endsWith('!')));
    expect(needArgs.map((q) => q.name).filter((q) => !QUERIES[q])).toEqual([]);
  });

  it('finds string arguments to inject into', () => {
    const count = [...Object.values(mutationFields()), ...Object.values(queryFields())].reduce((n, f) => n + stringSites(f).length, 0);
    expect(count).toBeGreaterThan(100);
  });
});

describe.each(Object.keys(MUTATIONS))('mutation %s', (name) => {
  it('stores or refuses every injection string, changing nothing else', async () => {
    const field = mutationFields()[name];
    const doc = documentFor('mutation', field);
    const generate = MUTATIONS[name];

    // What a normal call changes: the second one (a first call may create what later ones share, such as a system's policy).
    let expected: ReturnType<typeof delta> | undefined;
    for (let i = 0; i < 2; i++) {
      const normalVars = await generate(++seq);
      const b0 = await counts();
      const normal = await h.gql(doc, normalVars);
      expect(normal.errors, JSON.stringify(normal.errors)).toBeUndefined();
      expected = withoutAggregates(delta(b0, await counts()));
    }
    expect(expected!.audit).toBe(1);

    const accepted: Array<{ value: string; what: string }> = [];
    for (const site of stringSites(field)) {
      for (const payload of PAYLOADS) {
        const n = ++seq;
        const value = `⟦${n}⟧${payload}`;
        const vars = setAt(await generate(n), site.path, value);
        // Files run one after another, so no other writer commits meanwhile: an unchanged last commit
        // means the request committed nothing at all (no node, relationship or property changed).
        const commit = await lastCommit(h.db);
        expect(commit, 'the database names its last commit').not.toBe('');
        const before = await counts();
        const r = await h.gql(doc, vars);
        const what = `${name} ${site.label} = ${JSON.stringify(value.slice(0, 60))}: ${JSON.stringify(r.errors ?? r.data).slice(0, 300)}`;
        if (r.errors) {
          expect(
            codes(r.errors).every((c) => c === 'VALIDATION' || c === 'NOT_FOUND'),
            what,
          ).toBe(true);
          expect(await lastCommit(h.db), `a refused request committed: ${what}`).toBe(commit);
          expect(await counts(), what).toEqual(before);
        } else {
          expect(site.isId, `an id or key accepted: ${what}`).toBe(false);
          expect(withoutAggregates(delta(before, await counts())), what).toEqual(expected);
          accepted.push({ value, what });
        }
      }
    }
    const stored = await storedVerbatim(
      h.db,
      accepted.map((a) => a.value),
    );
    for (const { value, what } of accepted) expect(stored.has(value), `not stored verbatim: ${what}`).toBe(true);
  });
});

describe.each(Object.keys(queryFields()).filter((q) => stringSites(queryFields()[q]).length > 0))('query %s', (name) => {
  it('answers or refuses every injection string and changes nothing', async () => {
    const field = queryFields()[name];
    const doc = documentFor('query', field);
    const base = QUERIES[name]?.() ?? {};
    const normal = await h.gql(doc, base);
    expect(normal.errors, JSON.stringify(normal.errors)).toBeUndefined();

    const before = await snapshot(h.db);
    for (const site of stringSites(field)) {
      for (const payload of PAYLOADS) {
        const r = await h.gql(doc, setAt(base, site.path, payload));
        const what = `${name} ${site.label} = ${JSON.stringify(payload.slice(0, 60))}: ${(JSON.stringify(r.errors) ?? 'ok').slice(0, 300)}`;
        expect(
          codes(r.errors).every((c) => c === 'VALIDATION' || c === 'NOT_FOUND'),
          what,
        ).toBe(true);
      }
    }
    expect(await snapshot(h.db)).toEqual(before);
  });
});

describe('injection strings in request headers', () => {
  it('are never echoed as an allowed origin, never pick a body parser, never pass as a second credential; nothing changes', async () => {
    const mutation = JSON.stringify({
      query: `mutation { registerDataset(input: {key: "${f.key('header-injection')}", name: "h"}) { created } }`,
    });
    const before = await snapshot(h.db);
    for (const payload of PAYLOADS.map((p) => p.replace(/[^\x20-\x7e]/g, '?'))) {
      const send = (headers: Record<string, string>, body = mutation) =>
        h.app.fetch('http://provenant.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const origin = await send({ origin: payload }, JSON.stringify({ query: '{ viewer { id } }' }));
      expect(origin.headers.get('access-control-allow-origin'), payload).toBeNull();
      const type = await send({ 'content-type': `multipart/form-data; boundary=${payload}` });
      expect([type.status, ((await type.json()) as any).errors?.[0]?.extensions?.code], payload).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      const twice = await send({ authorization: `Bearer x, ${payload}` });
      expect([twice.status, ((await twice.json()) as any).errors?.[0]?.extensions?.code], payload).toEqual([400, 'BAD_REQUEST']);
    }
    expect(await snapshot(h.db)).toEqual(before);
  });
});

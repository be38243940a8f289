import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from '../../src/domain/permissions/permissions.js';
import { ROLES, type Role } from '../../src/domain/permissions/principal.js';
import { schema } from '../../src/graphql/index.js';
import { useHarness } from '../helpers/harness.js';

/**
 * Every mutation and query, for every role, through real authentication (one API key per role,
 * `Authorization: Bearer <key>`): allowed or FORBIDDEN exactly as ACTIONS says. Inputs are valid in
 * shape but may name things that do not exist, so an allowed call may still fail with NOT_FOUND or
 * VALIDATION; what matters is that it got past authorisation.
 */

type Vars = (p: string, role: string) => Record<string, unknown>;
interface Operation {
  action: Action | null;
  doc: string;
  vars?: Vars;
}

const T = '{ __typename }';
const at = '2026-11-20T10:00:00Z';
const sys = (p: string) => `system:${p}-nosuch`;
const rel = (p: string) => `release:${p}-nosuch@1`;
const k = (p: string, role: string, what: string) => `${p}-${role.toLowerCase()}-${what}`;

const artifactMutation = (name: string): Operation => ({
  action: 'artifact.register',
  doc: `mutation($input: RegisterArtifactInput!) { ${name}(input: $input) ${T} }`,
  vars: (p, r) => ({ input: { key: k(p, r, name.toLowerCase()), name: 'matrix' } }),
});

const MUTATIONS: Record<string, Operation> = {
  registerDataset: artifactMutation('registerDataset'),
  registerModel: artifactMutation('registerModel'),
  registerPrompt: artifactMutation('registerPrompt'),
  registerRetrievalConfig: artifactMutation('registerRetrievalConfig'),
  registerSystem: {
    action: 'artifact.register',
    doc: `mutation($input: RegisterSystemInput!) { registerSystem(input: $input) ${T} }`,
    vars: (p, r) => ({ input: { key: k(p, r, 'system'), name: 'matrix' } }),
  },
  registerDatasetVersion: {
    action: 'version.register',
    doc: `mutation($input: RegisterDatasetVersionInput!) { registerDatasetVersion(input: $input) ${T} }`,
    vars: (p) => ({ input: { artifact: `dataset:${p}-nosuch`, uri: 's3://bucket/x.parquet' } }),
  },
  registerModelVersion: {
    action: 'version.register',
    doc: `mutation($input: RegisterModelVersionInput!) { registerModelVersion(input: $input) ${T} }`,
    vars: (p) => ({ input: { artifact: `model:${p}-nosuch`, modelKind: 'BASE', provider: 'acme' } }),
  },
  registerPromptVersion: {
    action: 'version.register',
    doc: `mutation($input: RegisterPromptVersionInput!) { registerPromptVersion(input: $input) ${T} }`,
    vars: (p) => ({ input: { artifact: `prompt:${p}-nosuch`, promptKind: 'SYSTEM_PROMPT', template: 'You are helpful.' } }),
  },
  registerRetrievalConfigVersion: {
    action: 'version.register',
    doc: `mutation($input: RegisterRetrievalConfigVersionInput!) { registerRetrievalConfigVersion(input: $input) ${T} }`,
    vars: (p) => ({ input: { artifact: `retrieval:${p}-nosuch`, chunkSize: 512, embeddingModel: 'e5', index: 'docs', topK: 5 } }),
  },
  registerDocument: {
    action: 'artifact.register',
    doc: `mutation($input: RegisterArtifactInput!) { registerDocument(input: $input) ${T} }`,
    vars: (p, r) => ({ input: { key: k(p, r, 'document'), name: 'matrix' } }),
  },
  registerDocumentVersion: {
    action: 'version.register',
    doc: `mutation($input: RegisterDocumentVersionInput!) { registerDocumentVersion(input: $input) ${T} }`,
    vars: (p) => ({
      input: { document: `document:${p}-nosuch`, title: 'matrix', text: 'Some policy words.', documentKind: 'INTERNAL_POLICY' },
    }),
  },
  createRelease: {
    action: 'release.create',
    doc: `mutation($input: CreateReleaseInput!) { createRelease(input: $input) ${T} }`,
    vars: (p) => ({ input: { system: sys(p), model: `model:${p}-nosuch@1`, prompts: [`prompt:${p}-nosuch@1`] } }),
  },
  promote: {
    action: 'alias.promote',
    doc: `mutation($input: PromoteInput!) { promote(input: $input) ${T} }`,
    vars: (p) => ({ input: { system: sys(p), environment: 'staging', release: rel(p), reason: 'matrix' } }),
  },
  rollback: {
    action: 'alias.rollback',
    doc: `mutation($input: RollbackInput!) { rollback(input: $input) ${T} }`,
    vars: (p) => ({ input: { system: sys(p), environment: 'staging', reason: 'matrix' } }),
  },
  reviewAliasMove: {
    action: 'alias.review',
    doc: `mutation($input: ReviewAliasMoveInput!) { reviewAliasMove(input: $input) ${T} }`,
    vars: (p) => ({ input: { id: `aliasmove:${p}-nosuch/production/1`, note: 'matrix' } }),
  },
  recordTrainingRun: {
    action: 'run.training',
    doc: `mutation($input: RecordTrainingRunInput!) { recordTrainingRun(input: $input) ${T} }`,
    vars: (p) => ({ input: { datasets: [`dataset:${p}-nosuch@1`], startedAt: at } }),
  },
  recordEvaluation: {
    action: 'run.evaluation',
    doc: `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) ${T} }`,
    vars: (p) => ({ input: { subject: rel(p), startedAt: at, metrics: [{ name: 'accuracy', value: 0.9 }] } }),
  },
  bindOpenLineageDataset: {
    action: 'openlineage.bind',
    doc: `mutation($input: BindOpenLineageDatasetInput!) { bindOpenLineageDataset(input: $input) ${T} }`,
    vars: (p) => ({ input: { datasetVersion: `dataset:${p}-nosuch@1`, namespace: 'matrix', name: 'nosuch' } }),
  },
  classifyOpenLineageNamespace: {
    action: 'openlineage.classify',
    doc: `mutation($input: ClassifyOpenLineageNamespaceInput!) { classifyOpenLineageNamespace(input: $input) ${T} }`,
    vars: () => ({ input: { namespace: '', classification: 'PUBLIC' } }),
  },
  classifyOpenLineageDataset: {
    action: 'openlineage.classify',
    doc: `mutation($input: ClassifyOpenLineageDatasetInput!) { classifyOpenLineageDataset(input: $input) ${T} }`,
    vars: (p) => ({ input: { namespace: 'matrix', name: `${p}-nosuch`, classification: 'PUBLIC' } }),
  },
  recordInvocations: {
    action: 'invocation.record',
    doc: `mutation($invocations: [InvocationInput!]!) { recordInvocations(invocations: $invocations) ${T} }`,
    vars: (p) => ({ invocations: [{ release: rel(p), startedAt: at, outputs: [{ summary: 'ok' }] }] }),
  },
  registerPerson: {
    action: 'agent.register',
    doc: `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) ${T} }`,
    vars: (p, r) => ({ input: { key: k(p, r, 'person'), name: 'Matrix Person' } }),
  },
  registerTeam: {
    action: 'agent.register',
    doc: `mutation($input: RegisterTeamInput!) { registerTeam(input: $input) ${T} }`,
    vars: (p, r) => ({ input: { key: k(p, r, 'team'), name: 'Matrix Team' } }),
  },
  registerServiceAccount: {
    action: 'agent.register',
    doc: `mutation($input: RegisterServiceAccountInput!) { registerServiceAccount(input: $input) ${T} }`,
    vars: (p, r) => ({ input: { key: k(p, r, 'service'), name: 'Matrix Service' } }),
  },
  registerUseCase: {
    action: 'usecase.register',
    doc: `mutation($input: RegisterUseCaseInput!) { registerUseCase(input: $input) ${T} }`,
    vars: (p, r) => ({
      input: {
        key: k(p, r, 'usecase'),
        name: 'Matrix use case',
        dataAvailability: 'SCARCE',
        domainStability: 'STABLE',
        knowledgeFreshness: 'STATIC',
        labelQuality: 'LOW',
        rollbackNeed: 'LOW',
        traceabilityNeed: 'LOW',
        valueRoi: 'LOW',
      },
    }),
  },
  recordApproval: {
    action: 'approval.record',
    doc: `mutation($input: RecordApprovalInput!) { recordApproval(input: $input) ${T} }`,
    vars: (p) => ({ input: { subject: rel(p), environment: 'production', decision: 'APPROVED', justification: 'matrix' } }),
  },
  retract: {
    action: 'node.retract',
    doc: `mutation($input: RetractInput!) { retract(input: $input) ${T} }`,
    vars: (p) => ({ input: { id: rel(p), reason: 'matrix' } }),
  },
  setPolicy: {
    action: 'policy.set',
    doc: `mutation($input: SetPolicyInput!) { setPolicy(input: $input) ${T} }`,
    vars: (p) => ({ input: { system: sys(p), reason: 'matrix' } }),
  },
  openDriftAlert: {
    action: 'drift.open',
    doc: `mutation($input: OpenDriftAlertInput!) { openDriftAlert(input: $input) ${T} }`,
    vars: (p) => ({ input: { system: sys(p), reason: 'matrix' } }),
  },
  resolveDriftAlert: {
    action: 'drift.resolve',
    doc: `mutation($input: ResolveDriftAlertInput!) { resolveDriftAlert(input: $input) ${T} }`,
    vars: (p) => ({ input: { id: `drift:${p}-nosuch`, reason: 'matrix' } }),
  },
  createApiKey: {
    action: 'apikey.create',
    doc: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
    vars: (p, r) => ({ input: { principal: `service:${k(p, r, 'made')}`, roles: ['VIEWER'] } }),
  },
  revokeApiKey: {
    action: 'apikey.revoke',
    doc: `mutation($id: ID!) { revokeApiKey(id: $id) ${T} }`,
    vars: () => ({ id: 'apikey:0000000000000000' }),
  },
  recordRecommendation: {
    action: 'recommendation.record',
    doc: `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) ${T} }`,
    vars: (p) => ({ input: { useCase: `usecase:${p}-nosuch` } }),
  },
  recordStrategyDecision: {
    action: 'strategy.decide',
    doc: `mutation($input: RecordStrategyDecisionInput!) { recordStrategyDecision(input: $input) ${T} }`,
    vars: (p) => ({ input: { recommendation: `recommendation:${p}-nosuch`, strategy: 'RAG' } }),
  },
};

const list = (name: string, args = ''): Operation => ({ action: 'catalog.read', doc: `{ ${name}${args ? `(${args})` : ''} ${T} }` });

const QUERIES: Record<string, Operation> = {
  node: { action: 'catalog.read', doc: `query($id: ID!) { node(id: $id) { id } }`, vars: (p) => ({ id: `dataset:${p}-nosuch` }) },
  nodes: {
    action: 'catalog.read',
    doc: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
    vars: (p) => ({ ids: [`dataset:${p}-nosuch`] }),
  },
  search: { action: 'catalog.read', doc: `{ search(text: "matrix") { score } }` },
  // Each operation an ask runs checks its own action; asking itself is a read of the catalog.
  ask: { action: 'catalog.read', doc: `{ ask(question: "What is the weather in the matrix?") { source } }` },
  datasets: list('datasets'),
  datasetVersions: list('datasetVersions'),
  models: list('models'),
  modelVersions: list('modelVersions'),
  prompts: list('prompts'),
  promptVersions: list('promptVersions'),
  retrievalConfigs: list('retrievalConfigs'),
  retrievalConfigVersions: list('retrievalConfigVersions'),
  documents: list('documents'),
  documentVersions: list('documentVersions'),
  retrievePassages: { action: 'catalog.read', doc: `{ retrievePassages(query: "matrix", mode: FULL_TEXT) { mayBeWithheld } }` },
  systems: list('systems'),
  releases: list('releases'),
  trainingRuns: list('trainingRuns'),
  evaluationRuns: list('evaluationRuns'),
  invocations: list('invocations'),
  outputs: list('outputs'),
  people: list('people'),
  teams: list('teams'),
  serviceAccounts: list('serviceAccounts'),
  useCases: list('useCases'),
  recommendations: list('recommendations'),
  strategyDecisions: list('strategyDecisions'),
  recommendStrategy: { action: 'catalog.read', doc: `{ recommendStrategy(useCase: "usecase:matrix-nosuch") ${T} }` },
  whatIfStrategy: {
    action: 'catalog.read',
    doc: `{ whatIfStrategy(profile: { dataAvailability: SCARCE, labelQuality: LOW, domainStability: STABLE, knowledgeFreshness: STATIC, traceabilityNeed: LOW, rollbackNeed: LOW, valueRoi: LOW }) ${T} }`,
  },
  approvals: list('approvals'),
  aliases: list('aliases', 'system: "system:matrix-nosuch"'),
  aliasHistory: list('aliasHistory', 'system: "system:matrix-nosuch", environment: "production"'),
  aliasMovesAwaitingReview: list('aliasMovesAwaitingReview'),
  policy: list('policy', 'system: "system:matrix-nosuch"'),
  policyHistory: list('policyHistory', 'system: "system:matrix-nosuch"'),
  promotionCheck: list('promotionCheck', 'system: "system:matrix-nosuch", environment: "production", release: "release:matrix-nosuch@1"'),
  driftAlerts: list('driftAlerts', 'system: "system:matrix-nosuch"'),
  lineage: { action: 'lineage.read', doc: `{ lineage(id: "dataset:matrix-nosuch@1", direction: UPSTREAM) ${T} }` },
  columnLineage: { action: 'lineage.read', doc: `{ columnLineage(datasetVersion: "oldataset:matrix-nosuch@1", column: "a") ${T} }` },
  lineageProv: { action: 'lineage.read', doc: `{ lineageProv(id: "dataset:matrix-nosuch@1", direction: UPSTREAM) ${T} }` },
  provenanceProv: { action: 'lineage.read', doc: `{ provenanceProv(outputId: "output:matrix-nosuch") ${T} }` },
  impact: { action: 'lineage.read', doc: `{ impact(id: "dataset:matrix-nosuch@1") ${T} }` },
  provenance: { action: 'lineage.read', doc: `{ provenance(outputId: "output:matrix-nosuch") ${T} }` },
  diff: { action: 'lineage.read', doc: `{ diff(a: "release:matrix-nosuch@1", b: "release:matrix-nosuch@2") ${T} }` },
  aliasTarget: { action: 'lineage.read', doc: `{ aliasTarget(system: "system:matrix-nosuch", environment: "production") ${T} }` },
  auditEvents: { action: 'audit.read', doc: `{ auditEvents(first: 1) ${T} }` },
  verifyAuditTrail: { action: 'audit.read', doc: `{ verifyAuditTrail ${T} }` },
  rejectedRequests: { action: 'audit.read', doc: `{ rejectedRequests(first: 1) ${T} }` },
  apiKeys: { action: 'apikey.read', doc: `{ apiKeys(first: 1) ${T} }` },
  // Any authenticated principal, with or without roles: who am I.
  viewer: { action: null, doc: `{ viewer ${T} }` },
};

/** Plain HTTP operations beside GraphQL, with the same keys and the same matrix (403 where GraphQL says FORBIDDEN). */
const HTTP: Record<string, { action: Action; method: string; path: (p: string) => string; body?: (p: string, role: string) => unknown }> = {
  'POST /api/v1/lineage': {
    action: 'openlineage.ingest',
    method: 'POST',
    path: () => '/api/v1/lineage',
    body: (p, r) => ({
      eventType: 'START',
      eventTime: at,
      producer: 'https://example.com/matrix',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
      run: { runId: k(p, r, 'run') },
      job: { namespace: `${p}-matrix`, name: 'job' },
    }),
  },
  'GET /prov/lineage': { action: 'lineage.read', method: 'GET', path: () => '/prov/lineage?id=dataset:matrix-nosuch@1' },
  'GET /prov/provenance': { action: 'lineage.read', method: 'GET', path: () => '/prov/provenance?outputId=output:matrix-nosuch' },
};

const { h } = useHarness({ auth: 'real' });
const keys = {} as Record<Role, string>;

beforeAll(async () => {
  for (const role of ROLES) keys[role] = await h.createKey([role], 'RESTRICTED', `person:${h.prefix}-${role.toLowerCase()}`);
});

describe('the matrix covers the whole API', () => {
  it('names every mutation and every query field of the schema', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    expect(Object.keys(QUERIES).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  it('exercises every action that has an API operation', () => {
    const used = new Set([...Object.values(MUTATIONS), ...Object.values(QUERIES), ...Object.values(HTTP)].map((o) => o.action));
    expect((Object.keys(ACTIONS) as Action[]).filter((a) => !used.has(a))).toEqual([]);
  });
});

function cases(ops: Record<string, Operation>) {
  return Object.entries(ops).flatMap(([name, op]) =>
    ROLES.map((role) => {
      const allowed = op.action === null || (ACTIONS[op.action] as readonly string[]).includes(role);
      return { name, role, allowed, op, label: `${name} as ${role}: ${allowed ? 'allowed' : 'FORBIDDEN'}` };
    }),
  );
}

async function check(c: ReturnType<typeof cases>[number]) {
  const r = await h.gql(c.op.doc, c.op.vars?.(h.prefix, c.role) ?? {}, h.bearer(keys[c.role]));
  const codes = (r.errors ?? []).map((e) => e.extensions?.code);
  expect(codes).not.toContain('UNAUTHENTICATED');
  if (c.allowed) {
    expect(codes, JSON.stringify(r.errors)).not.toContain('FORBIDDEN');
  } else {
    expect(codes, JSON.stringify(r.errors ?? r.data)).toEqual(['FORBIDDEN']);
    expect(r.data?.[c.name] ?? null).toBeNull();
  }
}

describe('mutations, per role', () => {
  it.each(cases(MUTATIONS))('$label', check);
});

describe('queries, per role', () => {
  it.each(cases(QUERIES))('$label', check);
});

describe('plain HTTP routes, per role', () => {
  const httpCases = Object.entries(HTTP).flatMap(([name, op]) =>
    ROLES.map((role) => ({ name, role, op, allowed: (ACTIONS[op.action] as readonly string[]).includes(role) })),
  );
  it.each(httpCases.map((c) => ({ ...c, label: `${c.name} as ${c.role}: ${c.allowed ? 'allowed' : 'FORBIDDEN'}` })))(
    '$label',
    async (c) => {
      const res = await h.app.fetch(`http://provenant.test${c.op.path(h.prefix)}`, {
        method: c.op.method,
        headers: { ...h.bearer(keys[c.role]), 'content-type': 'application/json' },
        body: c.op.body ? JSON.stringify(c.op.body(h.prefix, c.role)) : undefined,
      });
      const body = (await res.json()) as { error?: { code: string } };
      expect(res.status).not.toBe(401);
      if (c.allowed) expect(body.error?.code ?? null, JSON.stringify(body)).not.toBe('FORBIDDEN');
      else expect([res.status, body.error?.code]).toEqual([403, 'FORBIDDEN']);
    },
  );
});

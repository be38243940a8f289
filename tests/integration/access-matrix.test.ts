import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/domain/permissions/permissions.js';
import { ROLES, type Role } from '../../src/domain/permissions/principal.js';
import { schema } from '../../src/graphql/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useHarness } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';

/**
 * Every mutation and query, for every role, through real authentication (one API key per role,
 * `Authorization: Bearer <key>`), against the documented policy written out here by hand (POLICY,
 * from docs/access-control.md "Roles" and SECURITY.md "Authorisation"), not against ACTIONS, the
 * table the code enforces: a role the policy does not name gets FORBIDDEN and nothing else; a role it
 * names gets the exact outcome the probe input calls for (success, or the domain error the input
 * must meet, such as NOT_FOUND for an id that does not exist), so an INTERNAL error fails too.
 */

const EVERY_ROLE = ['VIEWER', 'ANALYST', 'ENGINEER', 'APPROVER', 'AUDITOR', 'ADMIN'] as const satisfies readonly Role[];
const READERS = EVERY_ROLE;
const BUILDERS = ['ENGINEER', 'ADMIN'] as const;
const GOVERNORS = ['APPROVER', 'ADMIN'] as const;

/**
 * Who may do what, per the docs: VIEWER reads the catalog, lineage and provenance; ANALYST reads and
 * registers use cases (and records recommendations for them); ENGINEER registers artifacts, versions
 * and releases, records runs, invocations and OpenLineage events, binds OpenLineage datasets,
 * promotes, rolls back and executes rollback plans, retracts, raises and resolves drift alerts, and registers use cases and
 * recommendations; APPROVER reads, approves, reviews flagged rollbacks and decides strategies;
 * AUDITOR reads, plus the audit trail; ADMIN does everything, including agents, policies, API keys and
 * the classification of OpenLineage data.
 */
const POLICY = {
  'catalog.read': READERS,
  'lineage.read': READERS,
  'audit.read': ['AUDITOR', 'ADMIN'],
  'apikey.read': ['ADMIN'],
  'artifact.register': BUILDERS,
  'version.register': BUILDERS,
  'release.create': BUILDERS,
  'alias.promote': BUILDERS,
  'alias.rollback': BUILDERS,
  'alias.executePlan': BUILDERS,
  'run.training': BUILDERS,
  'run.evaluation': BUILDERS,
  'invocation.record': BUILDERS,
  'signal.define': BUILDERS,
  'score.record': BUILDERS,
  'kpi.record': BUILDERS,
  'openlineage.ingest': BUILDERS,
  'openlineage.bind': BUILDERS,
  'openlineage.classify': ['ADMIN'],
  'agent.register': ['ADMIN'],
  'usecase.register': ['ANALYST', 'ENGINEER', 'ADMIN'],
  'recommendation.record': ['ANALYST', 'ENGINEER', 'ADMIN'],
  'strategy.decide': GOVERNORS,
  'approval.record': GOVERNORS,
  'node.retract': BUILDERS,
  'alias.review': GOVERNORS,
  'policy.set': ['ADMIN'],
  'drift.open': BUILDERS,
  'drift.resolve': BUILDERS,
  'monitor.define': BUILDERS,
  'monitor.run': BUILDERS,
  'webhook.configure': ['ADMIN'],
  'webhook.deliver': BUILDERS,
  'apikey.create': ['ADMIN'],
  'apikey.revoke': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
type Permission = keyof typeof POLICY;

/** What an allowed caller gets for the probe input: 'ok' (data, no error) or the one error code the input must meet. */
type Outcome = 'ok' | 'NOT_FOUND';

type Vars = (p: string, role: string) => Record<string, unknown>;
interface Operation {
  /** The policy entry it falls under; null: any authenticated caller (`viewer`). */
  action: Permission | null;
  doc: TypedDocumentNode<any, any>;
  vars?: Vars;
  /** The outcome for an allowed role (default 'ok'). */
  outcome?: Outcome;
}

const at = '2026-11-20T10:00:00Z';
const sys = (p: string) => `system:${p}-nosuch`;
const rel = (p: string) => `release:${p}-nosuch@1`;
const k = (p: string, role: string, what: string) => `${p}-${role.toLowerCase()}-${what}`;

const MUTATIONS: Record<string, Operation> = {
  registerDataset: {
    action: 'artifact.register',
    doc: graphql(`
      mutation MatrixRegisterDataset($input: RegisterArtifactInput!) {
        registerDataset(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'registerdataset'), name: 'matrix' } }),
  },
  registerModel: {
    action: 'artifact.register',
    doc: graphql(`
      mutation MatrixRegisterModel($input: RegisterArtifactInput!) {
        registerModel(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'registermodel'), name: 'matrix' } }),
  },
  registerPrompt: {
    action: 'artifact.register',
    doc: graphql(`
      mutation MatrixRegisterPrompt($input: RegisterArtifactInput!) {
        registerPrompt(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'registerprompt'), name: 'matrix' } }),
  },
  registerRetrievalConfig: {
    action: 'artifact.register',
    doc: graphql(`
      mutation MatrixRegisterRetrievalConfig($input: RegisterArtifactInput!) {
        registerRetrievalConfig(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'registerretrievalconfig'), name: 'matrix' } }),
  },
  registerSystem: {
    action: 'artifact.register',
    doc: graphql(`
      mutation MatrixRegisterSystem($input: RegisterSystemInput!) {
        registerSystem(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'system'), name: 'matrix' } }),
  },
  registerDatasetVersion: {
    action: 'version.register',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRegisterDatasetVersion($input: RegisterDatasetVersionInput!) {
        registerDatasetVersion(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { artifact: `dataset:${p}-nosuch`, uri: 's3://bucket/x.parquet' } }),
  },
  registerModelVersion: {
    action: 'version.register',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRegisterModelVersion($input: RegisterModelVersionInput!) {
        registerModelVersion(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { artifact: `model:${p}-nosuch`, modelKind: 'BASE', provider: 'acme' } }),
  },
  registerPromptVersion: {
    action: 'version.register',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRegisterPromptVersion($input: RegisterPromptVersionInput!) {
        registerPromptVersion(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { artifact: `prompt:${p}-nosuch`, promptKind: 'SYSTEM_PROMPT', template: 'You are helpful.' } }),
  },
  registerRetrievalConfigVersion: {
    action: 'version.register',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRegisterRetrievalConfigVersion($input: RegisterRetrievalConfigVersionInput!) {
        registerRetrievalConfigVersion(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { artifact: `retrieval:${p}-nosuch`, chunkSize: 512, embeddingModel: 'e5', index: 'docs', topK: 5 } }),
  },
  registerDocument: {
    action: 'artifact.register',
    doc: graphql(`
      mutation MatrixRegisterDocument($input: RegisterArtifactInput!) {
        registerDocument(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'document'), name: 'matrix' } }),
  },
  registerDocumentVersion: {
    action: 'version.register',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRegisterDocumentVersion($input: RegisterDocumentVersionInput!) {
        registerDocumentVersion(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({
      input: { document: `document:${p}-nosuch`, title: 'matrix', text: 'Some policy words.', documentKind: 'INTERNAL_POLICY' },
    }),
  },
  createRelease: {
    action: 'release.create',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixCreateRelease($input: CreateReleaseInput!) {
        createRelease(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { system: sys(p), model: `model:${p}-nosuch@1`, prompts: [`prompt:${p}-nosuch@1`] } }),
  },
  promote: {
    action: 'alias.promote',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixPromote($input: PromoteInput!) {
        promote(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { system: sys(p), environment: 'staging', release: rel(p), reason: 'matrix' } }),
  },
  rollback: {
    action: 'alias.rollback',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRollback($input: RollbackInput!) {
        rollback(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { system: sys(p), environment: 'staging', reason: 'matrix' } }),
  },
  reviewAliasMove: {
    action: 'alias.review',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixReviewAliasMove($input: ReviewAliasMoveInput!) {
        reviewAliasMove(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { id: `aliasmove:${p}-nosuch/production/1`, note: 'matrix' } }),
  },
  recordTrainingRun: {
    action: 'run.training',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordTrainingRun($input: RecordTrainingRunInput!) {
        recordTrainingRun(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { datasets: [`dataset:${p}-nosuch@1`], startedAt: at } }),
  },
  recordEvaluation: {
    action: 'run.evaluation',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordEvaluation($input: RecordEvaluationInput!) {
        recordEvaluation(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { subject: rel(p), startedAt: at, metrics: [{ name: 'accuracy', value: 0.9 }] } }),
  },
  bindOpenLineageDataset: {
    action: 'openlineage.bind',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixBindOpenLineageDataset($input: BindOpenLineageDatasetInput!) {
        bindOpenLineageDataset(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { datasetVersion: `dataset:${p}-nosuch@1`, namespace: 'matrix', name: 'nosuch' } }),
  },
  classifyOpenLineageNamespace: {
    action: 'openlineage.classify',
    doc: graphql(`
      mutation MatrixClassifyOpenLineageNamespace($input: ClassifyOpenLineageNamespaceInput!) {
        classifyOpenLineageNamespace(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { namespace: `matrix-${p}`, classification: 'PUBLIC' } }),
  },
  classifyOpenLineageDataset: {
    action: 'openlineage.classify',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixClassifyOpenLineageDataset($input: ClassifyOpenLineageDatasetInput!) {
        classifyOpenLineageDataset(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { namespace: 'matrix', name: `${p}-nosuch`, classification: 'PUBLIC' } }),
  },
  recordInvocations: {
    action: 'invocation.record',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordInvocations($invocations: [InvocationInput!]!) {
        recordInvocations(invocations: $invocations) {
          __typename
        }
      }
    `),
    vars: (p) => ({ invocations: [{ release: rel(p), startedAt: at, outputs: [{ summary: 'ok' }] }] }),
  },
  defineScoreConfig: {
    action: 'signal.define',
    doc: graphql(`
      mutation MatrixDefineScoreConfig($input: DefineScoreConfigInput!) {
        defineScoreConfig(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { name: k(p, r, 'score'), dataType: 'BOOLEAN' } }),
  },
  defineKpi: {
    action: 'signal.define',
    doc: graphql(`
      mutation MatrixDefineKpi($input: DefineKpiInput!) {
        defineKpi(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { name: k(p, r, 'kpi'), unit: 'percent', direction: 'HIGHER' } }),
  },
  recordScores: {
    action: 'score.record',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordScores($scores: [ScoreInput!]!) {
        recordScores(scores: $scores) {
          __typename
        }
      }
    `),
    vars: (p) => ({ scores: [{ target: `output:${p}-nosuch`, name: 'matrix', value: 1, source: 'USER', at }] }),
  },
  recordKpis: {
    action: 'kpi.record',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordKpis($observations: [KpiObservationInput!]!) {
        recordKpis(observations: $observations) {
          __typename
        }
      }
    `),
    vars: (p) => ({ observations: [{ kpi: 'matrix', system: sys(p), from: at, to: '2026-11-20T11:00:00Z', value: 1 }] }),
  },
  registerPerson: {
    action: 'agent.register',
    doc: graphql(`
      mutation MatrixRegisterPerson($input: RegisterPersonInput!) {
        registerPerson(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'person'), name: 'Matrix Person' } }),
  },
  registerTeam: {
    action: 'agent.register',
    doc: graphql(`
      mutation MatrixRegisterTeam($input: RegisterTeamInput!) {
        registerTeam(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'team'), name: 'Matrix Team' } }),
  },
  registerServiceAccount: {
    action: 'agent.register',
    doc: graphql(`
      mutation MatrixRegisterServiceAccount($input: RegisterServiceAccountInput!) {
        registerServiceAccount(input: $input) {
          __typename
        }
      }
    `),
    vars: (p, r) => ({ input: { key: k(p, r, 'service'), name: 'Matrix Service' } }),
  },
  registerUseCase: {
    action: 'usecase.register',
    doc: graphql(`
      mutation MatrixRegisterUseCase($input: RegisterUseCaseInput!) {
        registerUseCase(input: $input) {
          __typename
        }
      }
    `),
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
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordApproval($input: RecordApprovalInput!) {
        recordApproval(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { subject: rel(p), environment: 'production', decision: 'APPROVED', justification: 'matrix' } }),
  },
  retract: {
    action: 'node.retract',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRetract($input: RetractInput!) {
        retract(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { id: rel(p), reason: 'matrix' } }),
  },
  setPolicy: {
    action: 'policy.set',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixSetPolicy($input: SetPolicyInput!) {
        setPolicy(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { system: sys(p), reason: 'matrix' } }),
  },
  openDriftAlert: {
    action: 'drift.open',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixOpenDriftAlert($input: OpenDriftAlertInput!) {
        openDriftAlert(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { system: sys(p), reason: 'matrix' } }),
  },
  executeRollbackPlan: {
    action: 'alias.executePlan',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixExecuteRollbackPlan($input: ExecuteRollbackPlanInput!) {
        executeRollbackPlan(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { plan: `rollbackplan:${p}-nosuch/production/1000/${'0'.repeat(20)}` } }),
  },
  resolveDriftAlert: {
    action: 'drift.resolve',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixResolveDriftAlert($input: ResolveDriftAlertInput!) {
        resolveDriftAlert(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { id: `drift:${p}-nosuch`, reason: 'matrix' } }),
  },
  defineMonitor: {
    action: 'monitor.define',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixDefineMonitor($input: DefineMonitorInput!) {
        defineMonitor(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({
      input: {
        system: sys(p),
        environment: 'staging',
        name: 'matrix',
        signal: 'latencyMs',
        kind: 'DRIFT',
        baseline: { kind: 'PREVIOUS_RELEASE' },
      },
    }),
  },
  runMonitors: {
    action: 'monitor.run',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRunMonitors($system: ID!) {
        runMonitors(system: $system) {
          __typename
        }
      }
    `),
    vars: (p) => ({ system: sys(p) }),
  },
  setMonitorWebhook: {
    action: 'webhook.configure',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixSetMonitorWebhook($input: SetMonitorWebhookInput!) {
        setMonitorWebhook(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { system: sys(p), url: 'http://127.0.0.1:9/hook', secret: 'matrix-secret-0123456789' } }),
  },
  createApiKey: {
    action: 'apikey.create',
    doc: graphql(`
      mutation MatrixCreateApiKey($input: CreateApiKeyInput!) {
        createApiKey(input: $input) {
          apiKey {
            id
          }
        }
      }
    `),
    vars: (p, r) => ({ input: { principal: `service:${k(p, r, 'made')}`, roles: ['VIEWER'] } }),
  },
  revokeApiKey: {
    action: 'apikey.revoke',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRevokeApiKey($id: ID!) {
        revokeApiKey(id: $id) {
          __typename
        }
      }
    `),
    vars: () => ({ id: 'apikey:0000000000000000' }),
  },
  recordRecommendation: {
    action: 'recommendation.record',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordRecommendation($input: RecordRecommendationInput!) {
        recordRecommendation(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { useCase: `usecase:${p}-nosuch` } }),
  },
  recordStrategyDecision: {
    action: 'strategy.decide',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      mutation MatrixRecordStrategyDecision($input: RecordStrategyDecisionInput!) {
        recordStrategyDecision(input: $input) {
          __typename
        }
      }
    `),
    vars: (p) => ({ input: { recommendation: `recommendation:${p}-nosuch`, strategy: 'RAG' } }),
  },
};

const notFound = (op: Operation): Operation => ({ ...op, outcome: 'NOT_FOUND' });

const QUERIES: Record<string, Operation> = {
  node: {
    action: 'catalog.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixNode($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `),
    vars: (p) => ({ id: `dataset:${p}-nosuch` }),
  },
  nodes: {
    action: 'catalog.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          id
        }
      }
    `),
    vars: (p) => ({ ids: [`dataset:${p}-nosuch`] }),
  },
  search: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixSearch {
        search(text: "matrix") {
          score
        }
      }
    `),
  },
  // Each operation an ask runs checks its own action; asking itself is a read of the catalog.
  ask: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixAsk {
        ask(question: "What is the weather in the matrix?") {
          source
        }
      }
    `),
  },
  datasets: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixDatasets {
        datasets {
          __typename
        }
      }
    `),
  },
  datasetVersions: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixDatasetVersions {
        datasetVersions {
          __typename
        }
      }
    `),
  },
  models: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixModels {
        models {
          __typename
        }
      }
    `),
  },
  modelVersions: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixModelVersions {
        modelVersions {
          __typename
        }
      }
    `),
  },
  prompts: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixPrompts {
        prompts {
          __typename
        }
      }
    `),
  },
  promptVersions: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixPromptVersions {
        promptVersions {
          __typename
        }
      }
    `),
  },
  retrievalConfigs: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixRetrievalConfigs {
        retrievalConfigs {
          __typename
        }
      }
    `),
  },
  retrievalConfigVersions: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixRetrievalConfigVersions {
        retrievalConfigVersions {
          __typename
        }
      }
    `),
  },
  documents: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixDocuments {
        documents {
          __typename
        }
      }
    `),
  },
  documentVersions: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixDocumentVersions {
        documentVersions {
          __typename
        }
      }
    `),
  },
  retrievePassages: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixRetrievePassages {
        retrievePassages(query: "matrix", mode: FULL_TEXT) {
          mayBeWithheld
        }
      }
    `),
  },
  systems: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixSystems {
        systems {
          __typename
        }
      }
    `),
  },
  releases: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixReleases {
        releases {
          __typename
        }
      }
    `),
  },
  trainingRuns: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixTrainingRuns {
        trainingRuns {
          __typename
        }
      }
    `),
  },
  evaluationRuns: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixEvaluationRuns {
        evaluationRuns {
          __typename
        }
      }
    `),
  },
  invocations: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixInvocations {
        invocations {
          __typename
        }
      }
    `),
  },
  outputs: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixOutputs {
        outputs {
          __typename
        }
      }
    `),
  },
  people: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixPeople {
        people {
          __typename
        }
      }
    `),
  },
  teams: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixTeams {
        teams {
          __typename
        }
      }
    `),
  },
  serviceAccounts: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixServiceAccounts {
        serviceAccounts {
          __typename
        }
      }
    `),
  },
  useCases: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixUseCases {
        useCases {
          __typename
        }
      }
    `),
  },
  recommendations: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixRecommendations {
        recommendations {
          __typename
        }
      }
    `),
  },
  strategyDecisions: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixStrategyDecisions {
        strategyDecisions {
          __typename
        }
      }
    `),
  },
  recommendStrategy: {
    action: 'catalog.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixRecommendStrategy {
        recommendStrategy(useCase: "usecase:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  whatIfStrategy: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixWhatIfStrategy {
        whatIfStrategy(
          profile: {
            dataAvailability: SCARCE
            labelQuality: LOW
            domainStability: STABLE
            knowledgeFreshness: STATIC
            traceabilityNeed: LOW
            rollbackNeed: LOW
            valueRoi: LOW
          }
        ) {
          __typename
        }
      }
    `),
  },
  approvals: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixApprovals {
        approvals {
          __typename
        }
      }
    `),
  },
  aliases: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixAliases {
        aliases(system: "system:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  aliasHistory: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixAliasHistory {
        aliasHistory(system: "system:matrix-nosuch", environment: "production") {
          __typename
        }
      }
    `),
  },
  aliasMovesAwaitingReview: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixAliasMovesAwaitingReview {
        aliasMovesAwaitingReview {
          __typename
        }
      }
    `),
  },
  policy: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixPolicy {
        policy(system: "system:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  policyHistory: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixPolicyHistory {
        policyHistory(system: "system:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  promotionCheck: notFound({
    action: 'catalog.read',
    doc: graphql(`
      query MatrixPromotionCheck {
        promotionCheck(system: "system:matrix-nosuch", environment: "production", release: "release:matrix-nosuch@1") {
          __typename
        }
      }
    `),
  }),
  driftAlerts: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixDriftAlerts {
        driftAlerts(system: "system:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  lineage: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixLineage {
        lineage(id: "dataset:matrix-nosuch@1", direction: UPSTREAM) {
          __typename
        }
      }
    `),
  },
  monitors: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixMonitors {
        monitors(system: "system:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  monitorWebhooks: {
    action: 'webhook.configure',
    doc: graphql(`
      query MatrixMonitorWebhooks {
        monitorWebhooks(system: "system:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  columnLineage: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixColumnLineage {
        columnLineage(datasetVersion: "oldataset:matrix-nosuch@1", column: "a") {
          __typename
        }
      }
    `),
  },
  lineageProv: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixLineageProv {
        lineageProv(id: "dataset:matrix-nosuch@1", direction: UPSTREAM) {
          __typename
        }
      }
    `),
  },
  provenanceProv: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixProvenanceProv {
        provenanceProv(outputId: "output:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  impact: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixImpact {
        impact(id: "dataset:matrix-nosuch@1") {
          __typename
        }
      }
    `),
  },
  provenance: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixProvenance {
        provenance(outputId: "output:matrix-nosuch") {
          __typename
        }
      }
    `),
  },
  diff: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixDiff {
        diff(a: "release:matrix-nosuch@1", b: "release:matrix-nosuch@2") {
          __typename
        }
      }
    `),
  },
  releaseMetrics: {
    action: 'catalog.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixReleaseMetrics($r: ID!, $w: MetricsWindow!) {
        releaseMetrics(release: $r, window: $w) {
          from
        }
      }
    `),
    vars: (p) => ({ r: rel(p), w: { from: at, to: '2026-11-20T11:00:00Z' } }),
  },
  systemMetrics: {
    action: 'catalog.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixSystemMetrics($s: ID!, $w: MetricsWindow!) {
        systemMetrics(system: $s, environment: "production", window: $w) {
          from
        }
      }
    `),
    vars: (p) => ({ s: sys(p), w: { from: at, to: '2026-11-20T11:00:00Z' } }),
  },
  releaseOutcome: {
    action: 'catalog.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixReleaseOutcome($r: ID!) {
        releaseOutcome(release: $r) {
          releaseId
        }
      }
    `),
    vars: (p) => ({ r: rel(p) }),
  },
  strategyOutcomes: {
    action: 'catalog.read',
    doc: graphql(`
      query MatrixStrategyOutcomes {
        strategyOutcomes(environment: "matrix-none") {
          environment
        }
      }
    `),
  },
  // An unknown system has no alias: an empty target, as aliases, aliasHistory and policy answer.
  aliasTarget: {
    action: 'lineage.read',
    doc: graphql(`
      query MatrixAliasTarget {
        aliasTarget(system: "system:matrix-nosuch", environment: "production") {
          __typename
        }
      }
    `),
  },
  auditEvents: {
    action: 'audit.read',
    doc: graphql(`
      query MatrixAuditEvents {
        auditEvents(first: 1) {
          __typename
        }
      }
    `),
  },
  verifyAuditTrail: {
    action: 'audit.read',
    doc: graphql(`
      query MatrixVerifyAuditTrail {
        verifyAuditTrail {
          __typename
        }
      }
    `),
  },
  rejectedRequests: {
    action: 'audit.read',
    doc: graphql(`
      query MatrixRejectedRequests {
        rejectedRequests(first: 1) {
          __typename
        }
      }
    `),
  },
  apiKeys: {
    action: 'apikey.read',
    doc: graphql(`
      query MatrixApiKeys {
        apiKeys(first: 1) {
          __typename
        }
      }
    `),
  },
  rollbackPlan: {
    action: 'lineage.read',
    outcome: 'NOT_FOUND',
    doc: graphql(`
      query MatrixRollbackPlan {
        rollbackPlan(system: "system:matrix-nosuch", environment: "production") {
          __typename
        }
      }
    `),
  },
  // Any authenticated principal, with or without roles: who am I.
  viewer: {
    action: null,
    doc: graphql(`
      query MatrixViewer {
        viewer {
          __typename
        }
      }
    `),
  },
};

/** Plain HTTP operations beside GraphQL, with the same keys and the same policy (403 where GraphQL says FORBIDDEN). */
const HTTP: Record<
  string,
  {
    action: Permission;
    method: string;
    path: (p: string) => string;
    body?: (p: string, role: string) => unknown;
    /** What an allowed role gets: the status and the body (or, for an error, its code). */
    allowed: { status: number; body?: unknown; code?: string };
  }
> = {
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
    allowed: { status: 200, body: { received: 1, stored: 1, duplicates: 0 } },
  },
  'GET /prov/lineage': {
    action: 'lineage.read',
    method: 'GET',
    path: () => '/prov/lineage?id=dataset:matrix-nosuch@1',
    allowed: { status: 404, code: 'NOT_FOUND' },
  },
  'GET /prov/provenance': {
    action: 'lineage.read',
    method: 'GET',
    path: () => '/prov/provenance?outputId=output:matrix-nosuch',
    allowed: { status: 404, code: 'NOT_FOUND' },
  },
  'GET /api/v1/monitors/status': {
    action: 'catalog.read',
    method: 'GET',
    path: () => '/api/v1/monitors/status?system=system:matrix-nosuch&asOf=2026-11-20T10:00:00Z',
    allowed: {
      status: 200,
      body: {
        system: 'system:matrix-nosuch',
        environment: null,
        asOf: '2026-11-20T10:00:00.000Z',
        healthy: true,
        alerting: 0,
        counts: { OK: 0, WARNING: 0, ALERT: 0, INCONCLUSIVE: 0, ERROR: 0, PENDING: 0 },
        monitors: [],
      },
    },
  },
};

const { h } = useHarness({ auth: 'real' });
const keys = {} as Record<Role, string>;

beforeAll(async () => {
  for (const role of ROLES) keys[role] = await h.createKey([role], 'RESTRICTED', `person:${h.prefix}-${role.toLowerCase()}`);
});

describe('the matrix covers the whole API and the whole policy', () => {
  it('names every mutation and every query field of the schema', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    expect(Object.keys(QUERIES).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  it('the documented policy and ACTIONS (what the code enforces) name the same operations, over the same roles', () => {
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(ACTIONS).sort());
    expect([...EVERY_ROLE].sort()).toEqual([...ROLES].sort());
  });

  it('exercises every operation of the policy that has an API operation', () => {
    const used = new Set([...Object.values(MUTATIONS), ...Object.values(QUERIES), ...Object.values(HTTP)].map((o) => o.action));
    // Recorded by runMonitors as its caller after the run (the webhook delivery log): no API operation of its own.
    const withoutOperation: Permission[] = ['webhook.deliver'];
    expect((Object.keys(POLICY) as Permission[]).filter((a) => !used.has(a) && !withoutOperation.includes(a))).toEqual([]);
  });
});

const allows = (action: Permission | null, role: Role) => action === null || (POLICY[action] as readonly Role[]).includes(role);

function cases(ops: Record<string, Operation>) {
  return Object.entries(ops).flatMap(([name, op]) =>
    EVERY_ROLE.map((role) => {
      const allowed = allows(op.action, role);
      const outcome = op.outcome ?? 'ok';
      return { name, role, allowed, op, outcome, label: `${name} as ${role}: ${allowed ? outcome : 'FORBIDDEN'}` };
    }),
  );
}

async function check(c: ReturnType<typeof cases>[number]) {
  const r = await h.gql(c.op.doc, c.op.vars?.(h.prefix, c.role) ?? {}, h.bearer(keys[c.role]));
  const codes = (r.errors ?? []).map((e) => e.extensions?.code);
  const seen = JSON.stringify(r.errors ?? r.data);
  if (!c.allowed) {
    expect(codes, seen).toEqual(['FORBIDDEN']);
    expect(r.data?.[c.name] ?? null).toBeNull();
    return;
  }
  if (c.outcome === 'ok') {
    expect(codes, seen).toEqual([]);
    expect(r.data?.[c.name], seen).toBeTruthy();
  } else {
    expect(codes, seen).toEqual([c.outcome]);
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
    EVERY_ROLE.map((role) => ({ name, role, op, allowed: allows(op.action, role) })),
  );
  it.each(httpCases.map((c) => ({ ...c, label: `${c.name} as ${c.role}: ${c.allowed ? c.op.allowed.status : 'FORBIDDEN'}` })))(
    '$label',
    async (c) => {
      const res = await h.app.fetch(`http://provenant.test${c.op.path(h.prefix)}`, {
        method: c.op.method,
        headers: { ...h.bearer(keys[c.role]), 'content-type': 'application/json' },
        body: c.op.body ? JSON.stringify(c.op.body(h.prefix, c.role)) : undefined,
      });
      const body = (await res.json()) as { error?: { code: string } };
      const seen = JSON.stringify(body);
      if (!c.allowed) {
        expect([res.status, body.error?.code], seen).toEqual([403, 'FORBIDDEN']);
        return;
      }
      expect(res.status, seen).toBe(c.op.allowed.status);
      if (c.op.allowed.body !== undefined) expect(body).toEqual(c.op.allowed.body);
      if (c.op.allowed.code !== undefined) expect(body.error?.code, seen).toBe(c.op.allowed.code);
    },
  );
});

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AliasMoveKind =
  | 'PROMOTE'
  | 'ROLLBACK';

export type ApprovalDecision =
  | 'APPROVED'
  | 'REJECTED';

export type CategoricalFeatureInput = {
  name: string;
  value: string;
};

export type ChunkStrategy =
  | 'FIXED'
  | 'HEADING'
  | 'SEMANTIC'
  | 'SENTENCE';

export type Classification =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'RESTRICTED';

export type CreateReleaseInput = {
  /** The model version to pin. */
  model: string | number;
  notes?: string | null | undefined;
  /** Prompt versions to pin. */
  prompts: Array<string | number>;
  /** The retrieval config version to pin, if the system retrieves. */
  retrievalConfig?: string | number | null | undefined;
  /** e.g. "system:policy-qa". */
  system: string | number;
};

export type DataAvailability =
  | 'ABUNDANT'
  | 'MODERATE'
  | 'SCARCE';

export type DefineKpiInput = {
  description?: string | null | undefined;
  /** Which way is better. */
  direction: KpiDirection;
  /** The KPI name; the id becomes "kpi:<name>". */
  name: string;
  unit: string;
};

export type DefineScoreConfigInput = {
  /** CATEGORICAL: the allowed categories. */
  categories?: Array<string> | null | undefined;
  dataType: ScoreDataType;
  description?: string | null | undefined;
  /** NUMERIC: the greatest allowed value. */
  max?: number | null | undefined;
  /** NUMERIC: the least allowed value. */
  min?: number | null | undefined;
  /** The score name; the id becomes "scoreconfig:<name>". */
  name: string;
};

export type DomainStability =
  | 'EVOLVING'
  | 'STABLE'
  | 'VOLATILE';

export type ExecuteRollbackPlanInput = {
  /** The id of a plan rollbackPlan proposed. */
  plan: string | number;
  /** Why; by default the plan's summary. */
  reason?: string | null | undefined;
};

export type ExpectedEffectSource =
  | 'EVALUATION';

export type InvocationInput = {
  /** Named categorical features for drift checks, e.g. language or intent (at most 20). */
  categoricalFeatures?: Array<CategoricalFeatureInput> | null | undefined;
  costUsd?: number | null | undefined;
  inputDigest?: string | null | undefined;
  inputTokens?: number | null | undefined;
  /** Client key; resending an invocation with the same key does nothing. */
  key?: string | null | undefined;
  latencyMs?: number | null | undefined;
  /** Named numeric features for drift checks (at most 20). */
  numericFeatures?: Array<NumericFeatureInput> | null | undefined;
  outputTokens?: number | null | undefined;
  outputs: Array<OutputInput>;
  release: string | number;
  retrievedDocuments?: Array<string> | null | undefined;
  startedAt: string;
};

export type KnowledgeFreshness =
  | 'CONTINUOUS'
  | 'PERIODIC'
  | 'STATIC';

export type KpiDirection =
  | 'HIGHER'
  | 'LOWER';

export type KpiObservationInput = {
  from: string;
  /** Client key; resending an observation with the same key does nothing. */
  key?: string | null | undefined;
  /** A defined KPI. */
  kpi: string;
  /** When the observation is one release’s. */
  release?: string | number | null | undefined;
  system: string | number;
  /** The window is [from, to); the observation comes to be at `to`. */
  to: string;
  value: number;
};

export type Level =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type LineageDirection =
  | 'BOTH'
  /** What was made from it: models, releases, invocations, outputs. */
  | 'DOWNSTREAM'
  /** What it was made from: versions, runs, datasets, base models. */
  | 'UPSTREAM';

export type MetricInput = {
  name: string;
  value: number;
};

/** [from, to), widened to whole buckets. */
export type MetricsWindow = {
  from: string;
  to: string;
};

export type ModelKind =
  | 'ADAPTER'
  | 'BASE'
  | 'FINE_TUNED';

export type Need =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'STRICT';

export type NumericFeatureInput = {
  name: string;
  value: number;
};

export type OpenDriftAlertInput = {
  /** The pinned prompt, model (or adapter) or retrieval config version the drift points at, when known. */
  component?: string | number | null | undefined;
  reason: string;
  /** The release that drifted, when known. */
  release?: string | number | null | undefined;
  system: string | number;
};

export type OutputInput = {
  confidence?: number | null | undefined;
  contentDigest?: string | null | undefined;
  decision?: string | null | undefined;
  /** Optional; defaults to "<invocation key>.<n>". */
  key?: string | null | undefined;
  outputKind?: OutputKind | null | undefined;
  summary?: string | null | undefined;
};

export type OutputKind =
  | 'DECISION'
  | 'TEXT';

export type PinChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type PinSlot =
  | 'MODEL'
  | 'PROMPT'
  | 'RETRIEVAL_CONFIG';

export type PolicyRequirement =
  | 'approval'
  | 'drift'
  | 'evaluation';

export type PromoteInput = {
  /** e.g. "production". */
  environment: string;
  reason: string;
  release: string | number;
  system: string | number;
};

export type PromptKind =
  | 'AGENT_POLICY'
  | 'SYSTEM_PROMPT'
  | 'USER_TEMPLATE';

export type RecordApprovalInput = {
  decision: ApprovalDecision;
  environment: string;
  justification: string;
  /** A release or version. */
  subject: string | number;
};

export type RecordEvaluationInput = {
  /** What the evaluation cost to compute (USD), a build cost ROI amortises. */
  computeCostUsd?: number | null | undefined;
  /** The evaluation dataset version. */
  dataset?: string | number | null | undefined;
  key?: string | null | undefined;
  metrics: Array<MetricInput>;
  notes?: string | null | undefined;
  /** Defaults to the first metric. */
  primaryMetric?: string | null | undefined;
  startedAt: string;
  /** A release or a model, prompt or retrieval config version. */
  subject: string | number;
  threshold?: number | null | undefined;
};

export type RecordTrainingRunInput = {
  baseModel?: string | number | null | undefined;
  /** What the run cost to compute (USD), a build cost ROI amortises. */
  computeCostUsd?: number | null | undefined;
  datasets: Array<string | number>;
  endedAt?: string | null | undefined;
  /** Optional client key; the id becomes "training:<key>" and a resend returns the first. */
  key?: string | null | undefined;
  notes?: string | null | undefined;
  /** JSON text. */
  parameters?: string | null | undefined;
  startedAt: string;
  status?: RunStatus | null | undefined;
};

export type RegisterArtifactInput = {
  description?: string | null | undefined;
  /** Lower-case key; the id becomes "<family>:<key>". */
  key: string;
  name: string;
};

export type RegisterDatasetVersionInput = {
  /** The dataset, e.g. "dataset:claims". */
  artifact: string | number;
  classification?: Classification | null | undefined;
  /** Dataset versions this one was derived from. */
  derivedFrom?: Array<string | number> | null | undefined;
  /** sha256 of the data; computed from the metadata when omitted. */
  digest?: string | null | undefined;
  labelQuality?: number | null | undefined;
  message?: string | null | undefined;
  rowCount?: number | null | undefined;
  /** JSON text. */
  schema?: string | null | undefined;
  uri: string;
};

export type RegisterModelVersionInput = {
  /** The model, e.g. "model:claims-classifier". */
  artifact: string | number;
  /** Required for FINE_TUNED and ADAPTER. */
  baseVersion?: string | number | null | undefined;
  digest?: string | null | undefined;
  message?: string | null | undefined;
  modelKind: ModelKind;
  /** JSON text. */
  parameters?: string | null | undefined;
  provider: string;
  /** The training run that produced this version. */
  trainingRun?: string | number | null | undefined;
  uri?: string | null | undefined;
};

export type RegisterPersonInput = {
  email?: string | null | undefined;
  key: string;
  name: string;
};

export type RegisterPromptVersionInput = {
  /** The prompt, e.g. "prompt:policy-qa-system". */
  artifact: string | number;
  message?: string | null | undefined;
  promptKind: PromptKind;
  template: string;
  variables?: Array<string> | null | undefined;
};

export type RegisterRetrievalConfigVersionInput = {
  /** The retrieval config, e.g. "retrieval:policy-index". */
  artifact: string | number;
  chunkOverlap?: number | null | undefined;
  chunkSize: number;
  chunkStrategy?: ChunkStrategy | null | undefined;
  /** The dataset versions the index was built from. */
  corpus?: Array<string | number> | null | undefined;
  /** The document versions the index covers (retrievePassages with retrievalConfig searches exactly these). */
  documents?: Array<string | number> | null | undefined;
  embeddingModel: string;
  index: string;
  message?: string | null | undefined;
  topK: number;
};

export type RegisterServiceAccountInput = {
  description?: string | null | undefined;
  key: string;
  name: string;
  team?: string | number | null | undefined;
};

export type RegisterSystemInput = {
  description?: string | null | undefined;
  key: string;
  name: string;
};

export type RegisterTeamInput = {
  key: string;
  members?: Array<string | number> | null | undefined;
  name: string;
};

export type RegisterUseCaseInput = {
  costBudgetUsdPer1k?: number | null | undefined;
  dataAvailability: DataAvailability;
  description?: string | null | undefined;
  domainStability: DomainStability;
  /** Whether answers are grounded in a document corpus (and so can cite it). Absent, the recommender reads it from the graph: the use case’s systems pinning retrieval configs over document versions. */
  groundedInDocuments?: boolean | null | undefined;
  key: string;
  knowledgeFreshness: KnowledgeFreshness;
  /** Label agreement from 0 to 1; when given, it decides the label-quality level the recommender uses. */
  labelAgreement?: number | null | undefined;
  labelQuality: Level;
  /** How many labelled examples exist; when given, it decides the data level the recommender uses. */
  labelledExamples?: number | null | undefined;
  latencyBudgetMs?: number | null | undefined;
  name: string;
  rollbackNeed: Need;
  /** Systems that serve this use case. */
  systems?: Array<string | number> | null | undefined;
  /** How traceable the AI must be. The recommender weighs it as "the model artifact must be swappable and quick to roll back" (served by prompts and adapters) and, when answers are grounded in documents, also as "answers must cite their sources" (served by retrieval). */
  traceabilityNeed: Need;
  valueRoi: Level;
};

export type ResolveDriftAlertInput = {
  id: string | number;
  reason: string;
};

export type RetractInput = {
  id: string | number;
  reason: string;
};

export type ReviewAliasMoveInput = {
  /** A flagged alias move. */
  id: string | number;
  note: string;
};

/** What a principal may do: see docs/access-control.md. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'APPROVER'
  | 'AUDITOR'
  | 'ENGINEER'
  | 'VIEWER';

export type RollbackInput = {
  environment: string;
  reason: string;
  system: string | number;
  /** A release the alias served before; by default the last good one is computed from the history. */
  to?: string | number | null | undefined;
};

/** PROPOSED: a target qualifies. NO_CANDIDATE: no earlier release qualifies (the candidates say why). */
export type RollbackPlanOutcome =
  | 'NO_CANDIDATE'
  | 'PROPOSED';

export type RollbackRejectionCode =
  | 'ALERT_WHILE_SERVING'
  | 'EVALUATION_FAILED'
  | 'NEVER_SERVED'
  | 'NOT_APPROVED'
  | 'NO_PASSING_EVALUATION'
  | 'PINS_FAILING_COMPONENT'
  | 'RETRACTED';

export type RunStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type ScoreDataType =
  | 'BOOLEAN'
  | 'CATEGORICAL'
  | 'NUMERIC';

export type ScoreInput = {
  /** When it was given: not before its target, not in the future. */
  at: string;
  comment?: string | null | undefined;
  /** Client key; resending a score with the same key does nothing. */
  key?: string | null | undefined;
  /** A defined score config. */
  name: string;
  source: ScoreSource;
  /** CATEGORICAL: one of the config categories. */
  stringValue?: string | null | undefined;
  /** The output or invocation scored. */
  target: string | number;
  /** NUMERIC: within the config range; BOOLEAN: 1 (true) or 0 (false). */
  value?: number | null | undefined;
};

export type ScoreSource =
  | 'GRADER'
  | 'HUMAN_REVIEW'
  | 'SYSTEM'
  | 'USER';

/** The whole policy of a system: omitted settings take their defaults. */
export type SetPolicyInput = {
  /** Opening a drift alert on a release an alias serves executes that environment's rollback plan, flagged for review (default: off). */
  autoRollbackOnAlert?: boolean | null | undefined;
  /** No unresolved drift alert on the system. */
  blockOnOpenDriftAlert?: boolean | null | undefined;
  /** Environments whose alias moves are gated (default: production). */
  gatedEnvironments?: Array<string> | null | undefined;
  /** The system's threshold: a passing evaluation's score must also be at least this. */
  minScore?: number | null | undefined;
  reason: string;
  /** An APPROVED, unretracted approval of the release for the environment by an APPROVER other than its author. */
  requireApproval?: boolean | null | undefined;
  /** An evaluation of the release that passed its threshold (and reached minScore when set). */
  requirePassingEvaluation?: boolean | null | undefined;
  system: string | number;
};

export type Strategy =
  | 'ADAPTER'
  | 'FINE_TUNE'
  | 'HYBRID'
  | 'PROMPT_ENGINEERING'
  | 'RAG';

/** A use case profile given inline. Quantities, when given, decide their levels. */
export type StrategyProfileInput = {
  costBudgetUsdPer1k?: number | null | undefined;
  dataAvailability: DataAvailability;
  domainStability: DomainStability;
  /** Whether answers are grounded in a document corpus (and so can cite it). Absent, the recommender reads it from the graph: the use case’s systems pinning retrieval configs over document versions. */
  groundedInDocuments?: boolean | null | undefined;
  knowledgeFreshness: KnowledgeFreshness;
  /** Label agreement from 0 to 1; when given, it decides the label-quality level the recommender uses. */
  labelAgreement?: number | null | undefined;
  labelQuality: Level;
  /** How many labelled examples exist; when given, it decides the data level the recommender uses. */
  labelledExamples?: number | null | undefined;
  latencyBudgetMs?: number | null | undefined;
  rollbackNeed: Need;
  /** How traceable the AI must be. The recommender weighs it as "the model artifact must be swappable and quick to roll back" (served by prompts and adapters) and, when answers are grounded in documents, also as "answers must cite their sources" (served by retrieval). */
  traceabilityNeed: Need;
  valueRoi: Level;
};

/** Restricts a list to nodes recorded in [createdAfter, createdBefore). */
export type TimeWindow = {
  createdAfter?: string | null | undefined;
  createdBefore?: string | null | undefined;
};

export type RegisterDatasetMutationVariables = Exact<{
  input: RegisterArtifactInput;
}>;


export type RegisterDatasetMutation = { registerDataset: { created: boolean, dataset: { id: string, name: string | null, description: string | null, versionCount: number | null, createdBy: string | null } } };

export type RegisterPromptMutationVariables = Exact<{
  input: RegisterArtifactInput;
}>;


export type RegisterPromptMutation = { registerPrompt: { created: boolean, prompt: { id: string, name: string | null, description: string | null, versionCount: number | null, createdBy: string | null } } };

export type RegisterModelMutationVariables = Exact<{
  input: RegisterArtifactInput;
}>;


export type RegisterModelMutation = { registerModel: { created: boolean, model: { id: string, name: string | null, description: string | null, versionCount: number | null, createdBy: string | null } } };

export type RegisterRetrievalConfigMutationVariables = Exact<{
  input: RegisterArtifactInput;
}>;


export type RegisterRetrievalConfigMutation = { registerRetrievalConfig: { created: boolean, retrievalConfig: { id: string, name: string | null, description: string | null, versionCount: number | null, createdBy: string | null } } };

export type RegisterDatasetVersionMutationVariables = Exact<{
  input: RegisterDatasetVersionInput;
}>;


export type RegisterDatasetVersionMutation = { registerDatasetVersion: { created: boolean, version: { id: string, version: number | null, digest: string | null, createdAt: string | null } } };

export type RegisterPromptVersionMutationVariables = Exact<{
  input: RegisterPromptVersionInput;
}>;


export type RegisterPromptVersionMutation = { registerPromptVersion: { created: boolean, version: { id: string, version: number | null, digest: string | null, createdAt: string | null } } };

export type RegisterModelVersionMutationVariables = Exact<{
  input: RegisterModelVersionInput;
}>;


export type RegisterModelVersionMutation = { registerModelVersion: { created: boolean, version: { id: string, version: number | null, digest: string | null, createdAt: string | null } } };

export type RegisterRetrievalConfigVersionMutationVariables = Exact<{
  input: RegisterRetrievalConfigVersionInput;
}>;


export type RegisterRetrievalConfigVersionMutation = { registerRetrievalConfigVersion: { created: boolean, version: { id: string, version: number | null, digest: string | null, createdAt: string | null } } };

export type CreateReleaseMutationVariables = Exact<{
  input: CreateReleaseInput;
}>;


export type CreateReleaseMutation = { createRelease: { created: boolean, release: { id: string, version: number | null, digest: string | null, notes: string | null, system: { id: string } | null, model: { id: string } | null, prompts: Array<{ id: string }> | null, retrievalConfig: { id: string } | null } } };

export type PromoteMutationVariables = Exact<{
  input: PromoteInput;
}>;


export type PromoteMutation = { promote: { id: string, seq: number | null, moveKind: AliasMoveKind | null, environment: string | null, reason: string | null, flaggedForReview: boolean | null, createdAt: string | null, from: { id: string } | null, to: { id: string } | null, alias: { id: string } | null } };

export type RollbackMutationVariables = Exact<{
  input: RollbackInput;
}>;


export type RollbackMutation = { rollback: { id: string, seq: number | null, moveKind: AliasMoveKind | null, environment: string | null, reason: string | null, flaggedForReview: boolean | null, createdAt: string | null, from: { id: string } | null, to: { id: string } | null, alias: { id: string } | null } };

export type RecordInvocationsMutationVariables = Exact<{
  invocations: Array<InvocationInput> | InvocationInput;
}>;


export type RecordInvocationsMutation = { recordInvocations: { createdInvocations: number, createdOutputs: number, invocationIds: Array<string>, outputIds: Array<string> } };

export type RecordApprovalMutationVariables = Exact<{
  input: RecordApprovalInput;
}>;


export type RecordApprovalMutation = { recordApproval: { id: string, subjectId: string | null, environment: string | null, decision: ApprovalDecision | null, justification: string | null, approver: string | null, createdAt: string | null } };

export type RecordEvaluationMutationVariables = Exact<{
  input: RecordEvaluationInput;
}>;


export type RecordEvaluationMutation = { recordEvaluation: { created: boolean, evaluationRun: { id: string, subjectId: string | null, primaryMetric: string | null, score: number | null, threshold: number | null, passed: boolean | null, metrics: Array<{ name: string, value: number }> | null } } };

export type RecordTrainingRunMutationVariables = Exact<{
  input: RecordTrainingRunInput;
}>;


export type RecordTrainingRunMutation = { recordTrainingRun: { created: boolean, trainingRun: { id: string, status: RunStatus | null, startedAt: string | null, endedAt: string | null, parameters: string | null } } };

export type RetractMutationVariables = Exact<{
  input: RetractInput;
}>;


export type RetractMutation = { retract:
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
    | { id: string, retractedAt: string | null, retractedBy: string | null, retractReason: string | null }
   };

export type AliasTargetQueryVariables = Exact<{
  system: string | number;
  environment: string;
  asOf?: string | null | undefined;
}>;


export type AliasTargetQuery = { aliasTarget: { alias: string, at: string, since: string | null, until: string | null, release: { id: string } | null, move: { id: string, seq: number | null } | null } };

export type AliasHistoryPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  s: string | number;
  e: string;
}>;


export type AliasHistoryPageQuery = { aliasHistory: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegisterSystemMutationVariables = Exact<{
  input: RegisterSystemInput;
}>;


export type RegisterSystemMutation = { registerSystem: { system: { id: string } } };

export type RollbackPlanProposalQueryVariables = Exact<{
  system: string | number;
  environment: string;
  asOf?: string | null | undefined;
}>;


export type RollbackPlanProposalQuery = { rollbackPlan: { id: string, outcome: RollbackPlanOutcome, asOf: string, summary: string, earlierReleases: number, truncated: boolean, evidence: Array<string>, failingComponents: Array<string>, current: { id: string }, currentMove: { id: string }, target: { id: string } | null, candidates: Array<{ accepted: boolean, release: { id: string }, rejections: Array<{ code: RollbackRejectionCode, detail: string, evidence: Array<string> }>, served: Array<{ since: string, until: string | null }> }>, alerts: Array<{ id: string }>, failedEvaluations: Array<{ id: string }>, effects: Array<{ signal: string, source: ExpectedEffectSource, current: number | null, threshold: number | null, target: number | null, targetMeetsThreshold: boolean | null, evidence: { id: string }, measuredBy: { id: string } | null }>, approvals: { gated: boolean, approvalRequired: boolean, executeRoles: Array<Role>, reviewRoles: Array<Role>, satisfiedBy: Array<{ id: string }>, unmet: { requirement: PolicyRequirement } | null }, diff: { a:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , b:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , pins: Array<{ slot: PinSlot, change: PinChangeKind, before: string | null, after: string | null }> } | null } };

export type RollbackPlanOpenAlertMutationVariables = Exact<{
  input: OpenDriftAlertInput;
}>;


export type RollbackPlanOpenAlertMutation = { openDriftAlert: { id: string, component: string | null } };

export type RollbackPlanResolveAlertMutationVariables = Exact<{
  input: ResolveDriftAlertInput;
}>;


export type RollbackPlanResolveAlertMutation = { resolveDriftAlert: { id: string } };

export type RollbackPlanExecuteMutationVariables = Exact<{
  input: ExecuteRollbackPlanInput;
}>;


export type RollbackPlanExecuteMutation = { executeRollbackPlan: { plan: { id: string, asOf: string | null, automatic: boolean | null, evidence: Array<string> | null, rejected: Array<string> | null, currentRelease: { id: string } | null, targetRelease: { id: string } | null }, move: { id: string, moveKind: AliasMoveKind | null, flaggedForReview: boolean | null, awaitingReview: boolean | null, automatic: boolean | null, createdBy: string | null, reason: string | null, from: { id: string } | null, to: { id: string } | null, rollbackPlan: { id: string } | null } } };

export type RollbackPlanSetPolicyMutationVariables = Exact<{
  input: SetPolicyInput;
}>;


export type RollbackPlanSetPolicyMutation = { setPolicy: { autoRollbackOnAlert: boolean } };

export type RollbackPlanReviewMutationVariables = Exact<{
  input: ReviewAliasMoveInput;
}>;


export type RollbackPlanReviewMutation = { reviewAliasMove: { id: string, reviewedBy: string | null } };

export type RollbackPlanAuditQueryVariables = Exact<{
  target?: string | number | null | undefined;
}>;


export type RollbackPlanAuditQuery = { auditEvents: { edges: Array<{ node: { action: string, actor: string, targets: Array<string> } | null } | null> | null } };

export type RollbackPlanLineageQueryVariables = Exact<{
  id: string | number;
  direction: LineageDirection;
  depth?: number | null | undefined;
}>;


export type RollbackPlanLineageQuery = { lineage: { nodes: Array<{ id: string, type: string }>, edges: Array<{ from: string, to: string, type: string, role: string | null }> } };

export type RollbackPlanMoveQueryVariables = Exact<{
  id: string | number;
}>;


export type RollbackPlanMoveQuery = { node:
    | { automatic: boolean | null, flaggedForReview: boolean | null, awaitingReview: boolean | null, createdBy: string | null, to: { id: string } | null, rollbackPlan: { id: string, automatic: boolean | null } | null }
    | Record<PropertyKey, never>
   | null };

export type AgentsApprovalsRetractRegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type AgentsApprovalsRetractRegisterPersonMutation = { registerPerson: { created: boolean, person: { id: string, name: string | null, email: string | null } } };

export type AgentsApprovalsRetractRegisterTeamMutationVariables = Exact<{
  input: RegisterTeamInput;
}>;


export type AgentsApprovalsRetractRegisterTeamMutation = { registerTeam: { created: boolean, team: { id: string, name: string | null } } };

export type AgentsApprovalsRetractRegisterServiceAccountMutationVariables = Exact<{
  input: RegisterServiceAccountInput;
}>;


export type AgentsApprovalsRetractRegisterServiceAccountMutation = { registerServiceAccount: { created: boolean, serviceAccount: { id: string, name: string | null, description: string | null } } };

export type AgentsApprovalsRetractRegisterUseCaseMutationVariables = Exact<{
  input: RegisterUseCaseInput;
}>;


export type AgentsApprovalsRetractRegisterUseCaseMutation = { registerUseCase: { created: boolean, useCase: { id: string, name: string | null, description: string | null, dataAvailability: DataAvailability | null, labelQuality: Level | null, domainStability: DomainStability | null, knowledgeFreshness: KnowledgeFreshness | null, traceabilityNeed: Need | null, rollbackNeed: Need | null, valueRoi: Level | null, latencyBudgetMs: number | null, costBudgetUsdPer1k: number | null } } };

export type PeoplePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeoplePageQuery = { people: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TeamsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamsPageQuery = { teams: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceAccountsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceAccountsPageQuery = { serviceAccounts: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UseCasesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UseCasesPageQuery = { useCases: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApprovalsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  s?: string | number | null | undefined;
}>;


export type ApprovalsPageQuery = { approvals: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AgentsApprovalsRetractNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentsApprovalsRetractNodeQuery = { node:
    | { id: string, name: string | null }
    | Record<PropertyKey, never>
   | null };

export type AgentsApprovalsRetractNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type AgentsApprovalsRetractNode2Query = { node:
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
    | { id: string, retractedAt: string | null }
   | null };

export type AgentsApprovalsRetractReleasesQueryVariables = Exact<{
  s?: string | number | null | undefined;
}>;


export type AgentsApprovalsRetractReleasesQuery = { releases: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type AgentsApprovalsRetractNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AgentsApprovalsRetractNodesQuery = { nodes: Array<
    | { __typename: 'Alias', id: string }
    | { __typename: 'AliasMove', id: string }
    | { __typename: 'Approval', id: string }
    | { __typename: 'Chunk', id: string }
    | { __typename: 'Dataset', id: string }
    | { __typename: 'DatasetVersion', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentVersion', id: string }
    | { __typename: 'DriftAlert', id: string }
    | { __typename: 'EvaluationRun', id: string }
    | { __typename: 'Invocation', id: string }
    | { __typename: 'Kpi', id: string }
    | { __typename: 'KpiObservation', id: string }
    | { __typename: 'LineageColumn', id: string }
    | { __typename: 'LineageDataset', id: string }
    | { __typename: 'LineageDatasetVersion', id: string }
    | { __typename: 'LineageEvent', id: string }
    | { __typename: 'LineageJob', id: string }
    | { __typename: 'LineageRun', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'ModelVersion', id: string }
    | { __typename: 'Output', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'PolicyVersion', id: string }
    | { __typename: 'Prompt', id: string }
    | { __typename: 'PromptVersion', id: string }
    | { __typename: 'ReasoningRun', id: string }
    | { __typename: 'Recommendation', id: string }
    | { __typename: 'Release', id: string }
    | { __typename: 'RetrievalConfig', id: string }
    | { __typename: 'RetrievalConfigVersion', id: string }
    | { __typename: 'RollbackPlan', id: string }
    | { __typename: 'Score', id: string }
    | { __typename: 'ScoreConfig', id: string }
    | { __typename: 'ServiceAccount', id: string }
    | { __typename: 'StrategyDecision', id: string }
    | { __typename: 'System', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TrainingRun', id: string }
    | { __typename: 'UseCase', id: string }
   | null> };

export type AgentsApprovalsRetractNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type AgentsApprovalsRetractNode3Query = { node:
    | { __typename: 'Alias', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'AliasMove', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Approval', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Chunk', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Dataset', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'DatasetVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Document', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'DocumentVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'DriftAlert', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'EvaluationRun', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Invocation', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Kpi', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'KpiObservation', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'LineageColumn', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'LineageDataset', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'LineageDatasetVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'LineageEvent', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'LineageJob', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'LineageRun', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Model', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'ModelVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Output', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Person', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Policy', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'PolicyVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Prompt', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'PromptVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'ReasoningRun', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Recommendation', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Release', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'RetrievalConfig', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'RetrievalConfigVersion', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'RollbackPlan', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Score', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'ScoreConfig', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'ServiceAccount', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'StrategyDecision', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'System', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'Team', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'TrainingRun', id: string, createdAt: string | null, createdBy: string | null }
    | { __typename: 'UseCase', id: string, createdAt: string | null, createdBy: string | null }
   | null };

export type ArtifactVersionCountQueryVariables = Exact<{
  id: string | number;
}>;


export type ArtifactVersionCountQuery = { node:
    | { versionCount: number | null }
    | { versionCount: number | null }
    | { versionCount: number | null }
    | { versionCount: number | null }
    | Record<PropertyKey, never>
   | null };

export type ArtifactsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ArtifactsNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ArtifactsNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type ArtifactsNode2Query = { node:
    | { id: string, version: number | null, digest: string | null, uri: string | null, rowCount: number | null, labelQuality: number | null, classification: Classification | null, schema: string | null, message: string | null, dataset: { id: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ArtifactsLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type ArtifactsLineageQuery = { lineage: { edges: Array<{ from: string, to: string, type: string }> } };

export type ArtifactsRecordTrainingRunMutationVariables = Exact<{
  input: RecordTrainingRunInput;
}>;


export type ArtifactsRecordTrainingRunMutation = { recordTrainingRun: { trainingRun: { id: string } } };

export type ArtifactsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ArtifactsNodesQuery = { nodes: Array<
    | { id: string, modelKind: ModelKind | null, provider: string | null, trainingRunId: string | null, baseVersion: { id: string } | null, model: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type ArtifactsNodes2QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ArtifactsNodes2Query = { nodes: Array<
    | { id: string, template: string | null, variables: Array<string> | null, promptKind: PromptKind | null, prompt: { id: string } | null }
    | { id: string, index: string | null, embeddingModel: string | null, chunkSize: number | null, chunkOverlap: number | null, chunkStrategy: ChunkStrategy | null, topK: number | null, retrievalConfig: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type DatasetVersionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  dataset?: string | number | null | undefined;
}>;


export type DatasetVersionsPageQuery = { datasetVersions: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ArtifactsNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type ArtifactsNode3Query = { node:
    | { versions: { edges: Array<{ node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean } } | null }
    | Record<PropertyKey, never>
   | null };

export type PromptVersionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  a?: string | number | null | undefined;
}>;


export type PromptVersionsPageQuery = { promptVersions: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModelVersionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  a?: string | number | null | undefined;
}>;


export type ModelVersionsPageQuery = { modelVersions: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetrievalConfigVersionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  a?: string | number | null | undefined;
}>;


export type RetrievalConfigVersionsPageQuery = { retrievalConfigVersions: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DatasetsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  w?: TimeWindow | null | undefined;
}>;


export type DatasetsPageQuery = { datasets: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PromptsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  w?: TimeWindow | null | undefined;
}>;


export type PromptsPageQuery = { prompts: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModelsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  w?: TimeWindow | null | undefined;
}>;


export type ModelsPageQuery = { models: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetrievalConfigsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  w?: TimeWindow | null | undefined;
}>;


export type RetrievalConfigsPageQuery = { retrievalConfigs: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ArtifactsRetractMutationVariables = Exact<{
  input: RetractInput;
}>;


export type ArtifactsRetractMutation = { retract:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ArtifactsDatasetVersionsQueryVariables = Exact<{
  d?: string | number | null | undefined;
  r?: boolean | null | undefined;
}>;


export type ArtifactsDatasetVersionsQuery = { datasetVersions: { edges: Array<{ node: { id: string, retractedAt: string | null, retractReason: string | null } | null } | null> | null } };

export type ArtifactsDiffQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ArtifactsDiffQuery = { diff: { type: string, sameContent: boolean, pins: Array<{ slot: PinSlot }>, a:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , b:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , changes: Array<{ field: string, before:
        | { __typename: 'BooleanValue' }
        | { __typename: 'IdListValue' }
        | { __typename: 'IdValue', id: string }
        | { __typename: 'JsonValue' }
        | { __typename: 'NumberListValue' }
        | { __typename: 'NumberValue', number: number }
        | { __typename: 'TextListValue' }
        | { __typename: 'TextValue', text: string }
       | null, after:
        | { __typename: 'BooleanValue' }
        | { __typename: 'IdListValue' }
        | { __typename: 'IdValue', id: string }
        | { __typename: 'JsonValue' }
        | { __typename: 'NumberListValue' }
        | { __typename: 'NumberValue', number: number }
        | { __typename: 'TextListValue' }
        | { __typename: 'TextValue', text: string }
       | null }> } };

type V_BooleanValue_Fragment = { __typename: 'BooleanValue' };

type V_IdListValue_Fragment = { __typename: 'IdListValue' };

type V_IdValue_Fragment = { __typename: 'IdValue', id: string };

type V_JsonValue_Fragment = { __typename: 'JsonValue' };

type V_NumberListValue_Fragment = { __typename: 'NumberListValue' };

type V_NumberValue_Fragment = { __typename: 'NumberValue', number: number };

type V_TextListValue_Fragment = { __typename: 'TextListValue' };

type V_TextValue_Fragment = { __typename: 'TextValue', text: string };

export type VFragment =
  | V_BooleanValue_Fragment
  | V_IdListValue_Fragment
  | V_IdValue_Fragment
  | V_JsonValue_Fragment
  | V_NumberListValue_Fragment
  | V_NumberValue_Fragment
  | V_TextListValue_Fragment
  | V_TextValue_Fragment
;

export type ArtifactsDiff2QueryVariables = Exact<{
  a: string | number;
}>;


export type ArtifactsDiff2Query = { diff: { sameContent: boolean, changes: Array<{ field: string }> } };

export type ClassifiedDataLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassifiedDataLineageQuery = { lineage: { truncated: boolean, nodes: Array<{ id: string, type: string, name: string | null, version: number | null, redacted: boolean, node:
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { uri: string | null, classification: Classification | null, labelQuality: number | null, id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
        | { id: string, redacted: boolean, createdBy: string | null }
       | null }>, edges: Array<{ from: string, to: string, type: string, role: string | null }> } };

export type ClassifiedDataNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassifiedDataNodeQuery = { node:
    | { __typename: 'Alias', id: string }
    | { __typename: 'AliasMove', id: string }
    | { __typename: 'Approval', id: string }
    | { __typename: 'Chunk', id: string }
    | { __typename: 'Dataset', id: string }
    | { __typename: 'DatasetVersion', redacted: boolean, uri: string | null, version: number | null, classification: Classification | null, createdAt: string | null, id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentVersion', id: string }
    | { __typename: 'DriftAlert', id: string }
    | { __typename: 'EvaluationRun', id: string }
    | { __typename: 'Invocation', id: string }
    | { __typename: 'Kpi', id: string }
    | { __typename: 'KpiObservation', id: string }
    | { __typename: 'LineageColumn', id: string }
    | { __typename: 'LineageDataset', id: string }
    | { __typename: 'LineageDatasetVersion', id: string }
    | { __typename: 'LineageEvent', id: string }
    | { __typename: 'LineageJob', id: string }
    | { __typename: 'LineageRun', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'ModelVersion', id: string }
    | { __typename: 'Output', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'PolicyVersion', id: string }
    | { __typename: 'Prompt', id: string }
    | { __typename: 'PromptVersion', id: string }
    | { __typename: 'ReasoningRun', id: string }
    | { __typename: 'Recommendation', id: string }
    | { __typename: 'Release', id: string }
    | { __typename: 'RetrievalConfig', id: string }
    | { __typename: 'RetrievalConfigVersion', id: string }
    | { __typename: 'RollbackPlan', id: string }
    | { __typename: 'Score', id: string }
    | { __typename: 'ScoreConfig', id: string }
    | { __typename: 'ServiceAccount', id: string }
    | { __typename: 'StrategyDecision', id: string }
    | { __typename: 'System', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TrainingRun', id: string }
    | { __typename: 'UseCase', id: string }
   | null };

export type ClassifiedDataDatasetVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassifiedDataDatasetVersionsQuery = { datasetVersions: { edges: Array<{ node: { id: string, redacted: boolean, uri: string | null } | null } | null> | null } };

export type ClassifiedDataProvenanceQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassifiedDataProvenanceQuery = { provenance: { release: { id: string, redacted: boolean }, model: { id: string, redacted: boolean } | null, trainingRuns: Array<{ run: { id: string }, datasets: Array<{ id: string, redacted: boolean, uri: string | null, classification: Classification | null }> }> } };

export type ClassifiedDataLineage2QueryVariables = Exact<{
  id: string | number;
}>;


export type ClassifiedDataLineage2Query = { lineage: { nodes: Array<{ id: string, redacted: boolean }> } };

export type ClassifiedDataImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassifiedDataImpactQuery = { impact: { total: number, groups: Array<{ type: string, count: number, sample: Array<{ id: string, redacted: boolean, name: string | null }> }> } };

export type ClassifiedDataDiffQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ClassifiedDataDiffQuery = { diff: { changes: Array<{ field: string }> } };

export type ConcurrencyNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConcurrencyNodesQuery = { nodes: Array<
    | { id: string, seq: number | null, createdAt: string | null, from: { id: string } | null, to: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type ConcurrencyNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcurrencyNodeQuery = { node:
    | { moveCount: number | null, release: { id: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ConcurrencyRollbackMutationVariables = Exact<{
  input: RollbackInput;
}>;


export type ConcurrencyRollbackMutation = { rollback: { seq: number | null } };

export type ConcurrencyNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type ConcurrencyNode2Query = { node:
    | { versionCount: number | null }
    | Record<PropertyKey, never>
   | null };

export type DatabaseLimitsLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type DatabaseLimitsLineageQuery = { lineage: { nodes: Array<{ id: string }> } };

export type GovernanceApprovalsSetPolicyMutationVariables = Exact<{
  input: SetPolicyInput;
}>;


export type GovernanceApprovalsSetPolicyMutation = { setPolicy: { version: { id: string } | null } };

export type GovernanceApprovalsReviewAliasMoveMutationVariables = Exact<{
  input: ReviewAliasMoveInput;
}>;


export type GovernanceApprovalsReviewAliasMoveMutation = { reviewAliasMove: { id: string, flaggedForReview: boolean | null, awaitingReview: boolean | null, reviewedAt: string | null, reviewedBy: string | null, reviewNote: string | null } };

export type GovernanceApprovalsAliasMovesAwaitingReviewQueryVariables = Exact<{
  s?: string | number | null | undefined;
}>;


export type GovernanceApprovalsAliasMovesAwaitingReviewQuery = { aliasMovesAwaitingReview: { edges: Array<{ node: { id: string, awaitingReview: boolean | null, moveKind: AliasMoveKind | null, to: { id: string } | null } | null } | null> | null } };

export type GovernanceApprovalsAliasHistoryQueryVariables = Exact<{
  s: string | number;
}>;


export type GovernanceApprovalsAliasHistoryQuery = { aliasHistory: { edges: Array<{ node: { id: string, moveKind: AliasMoveKind | null } | null } | null> | null } };

export type GovernanceAuditAuditEventsQueryVariables = Exact<{
  target?: string | number | null | undefined;
  actor?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GovernanceAuditAuditEventsQuery = { auditEvents: { edges: Array<{ cursor: string, node: { seq: number, at: string, actor: string, action: string, targets: Array<string>, inputDigest: string, prevHash: string, hash: string, requestId: string | null } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GovernanceAuditVerifyAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceAuditVerifyAuditTrailQuery = { verifyAuditTrail: { ok: boolean, checked: number, headSeq: number, firstBrokenSeq: number | null, reason: string | null } };

export type GovernanceAuditRejectedRequestsQueryVariables = Exact<{
  actor?: string | null | undefined;
  code?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type GovernanceAuditRejectedRequestsQuery = { rejectedRequests: { edges: Array<{ node: { at: string, requestId: string, actor: string | null, operation: string | null, field: string | null, code: string, reason: string, errors: Array<{ field: string | null, code: string, reason: string }> } | null } | null> | null } };

export type ShipMutationVariables = Exact<{
  input: PromoteInput;
}>;


export type ShipMutation = { promote: { id: string } };

export type GovernanceAuditSystemsQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceAuditSystemsQuery = { systems: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type GovernancePolicySetPolicyMutationVariables = Exact<{
  input: SetPolicyInput;
}>;


export type GovernancePolicySetPolicyMutation = { setPolicy: { isDefault: boolean, gatedEnvironments: Array<string>, requireApproval: boolean, requirePassingEvaluation: boolean, minScore: number | null, blockOnOpenDriftAlert: boolean, version: { id: string, version: number | null, reason: string | null, supersededAt: string | null } | null } };

export type GovernancePolicyPolicyQueryVariables = Exact<{
  system: string | number;
  asOf?: string | null | undefined;
}>;


export type GovernancePolicyPolicyQuery = { policy: { isDefault: boolean, gatedEnvironments: Array<string>, requireApproval: boolean, requirePassingEvaluation: boolean, minScore: number | null, blockOnOpenDriftAlert: boolean, version: { id: string } | null } };

export type GovernancePolicyOpenDriftAlertMutationVariables = Exact<{
  input: OpenDriftAlertInput;
}>;


export type GovernancePolicyOpenDriftAlertMutation = { openDriftAlert: { id: string, open: boolean | null, reason: string | null, createdBy: string | null, release: { id: string } | null, system: { id: string } | null } };

export type GovernancePolicyResolveDriftAlertMutationVariables = Exact<{
  input: ResolveDriftAlertInput;
}>;


export type GovernancePolicyResolveDriftAlertMutation = { resolveDriftAlert: { id: string, open: boolean | null, resolvedAt: string | null, resolvedBy: string | null, resolution: string | null } };

export type GovernancePolicyPromotionCheckQueryVariables = Exact<{
  system: string | number;
  environment: string;
  release: string | number;
}>;


export type GovernancePolicyPromotionCheckQuery = { promotionCheck: { gated: boolean, allowed: boolean, unmet: Array<{ requirement: PolicyRequirement, detail: string }>, policy: { isDefault: boolean } } };

export type GovernancePolicyDriftAlertsQueryVariables = Exact<{
  s: string | number;
}>;


export type GovernancePolicyDriftAlertsQuery = { driftAlerts: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type GovernancePolicyDriftAlerts2QueryVariables = Exact<{
  s: string | number;
}>;


export type GovernancePolicyDriftAlerts2Query = { driftAlerts: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type GovernancePolicyDriftAlerts3QueryVariables = Exact<{
  s: string | number;
}>;


export type GovernancePolicyDriftAlerts3Query = { driftAlerts: { edges: Array<{ node: { id: string, open: boolean | null } | null } | null> | null } };

export type GovernancePolicyPolicyHistoryQueryVariables = Exact<{
  s: string | number;
}>;


export type GovernancePolicyPolicyHistoryQuery = { policyHistory: { edges: Array<{ node: { id: string, version: number | null, reason: string | null, supersededAt: string | null, gatedEnvironments: Array<string> | null } | null } | null> | null } };

export type OutcomesRecDefineScoreConfigMutationVariables = Exact<{
  input: DefineScoreConfigInput;
}>;


export type OutcomesRecDefineScoreConfigMutation = { defineScoreConfig: { created: boolean } };

export type OutcomesRecRecordScoresMutationVariables = Exact<{
  scores: Array<ScoreInput> | ScoreInput;
}>;


export type OutcomesRecRecordScoresMutation = { recordScores: { created: number } };

export type OutcomesRecWhatIfQueryVariables = Exact<{
  profile: StrategyProfileInput;
}>;


export type OutcomesRecWhatIfQuery = { whatIfStrategy: { ranking: Array<{ strategy: Strategy, score: number, scoreWithoutOutcomes: number, contributions: Array<{ factor: string, level: string | null, points: number, evidence: Array<string> }> }>, evidence: Array<{ id: string, factors: Array<string>, facts: Array<{ name: string, value: string }> }> } };

export type OutcomesDefineScoreConfigMutationVariables = Exact<{
  input: DefineScoreConfigInput;
}>;


export type OutcomesDefineScoreConfigMutation = { defineScoreConfig: { created: boolean } };

export type OutcomesDefineKpiMutationVariables = Exact<{
  input: DefineKpiInput;
}>;


export type OutcomesDefineKpiMutation = { defineKpi: { created: boolean } };

export type OutcomesRecordScoresMutationVariables = Exact<{
  scores: Array<ScoreInput> | ScoreInput;
}>;


export type OutcomesRecordScoresMutation = { recordScores: { created: number } };

export type OutcomesRecordKpisMutationVariables = Exact<{
  observations: Array<KpiObservationInput> | KpiObservationInput;
}>;


export type OutcomesRecordKpisMutation = { recordKpis: { created: number } };

export type OutcomesReleaseQueryVariables = Exact<{
  release: string | number;
  environment?: string | null | undefined;
  asOf?: string | null | undefined;
  successScore?: string | null | undefined;
  valueKpi?: string | null | undefined;
  usdPerUnit?: number | null | undefined;
}>;


export type OutcomesReleaseQuery = { releaseOutcome: { releaseId: string, environment: string, asOf: string | null, strategy: Strategy, evidenceWithheld: boolean, classification: Classification, service: { releaseId: string, since: string, until: string | null, serviceDays: number } | null, previous: { releaseId: string, strategy: Strategy | null, since: string, until: string | null, serviceDays: number } | null, comparison: { invocations: number, previousInvocations: number, scores: Array<{ name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }>, latencyP95Ms: { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }, costPer1kUsd: { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }, kpis: Array<{ name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }> }, buildCost: { totalUsd: number, perDayUsd: number | null, per1kInvocationsUsd: number | null, runs: Array<{ id: string, kind: string, costUsd: number | null }> }, costPerSuccess: { score: string | null, successRate: number | null, usd: number | null, reason: string | null }, payback: { kpi: string | null, usdPerUnit: number, gainPerDayUsd: number | null, days: number | null, at: string | null, paidBack: boolean | null, reason: string | null } } };

export type OutcomesComparisonFragment = { invocations: number, previousInvocations: number, scores: Array<{ name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }>, latencyP95Ms: { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }, costPer1kUsd: { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }, kpis: Array<{ name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }> };

export type OutcomesDeltaFragment = { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null };

export type OutcomesStrategiesQueryVariables = Exact<{
  environment?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type OutcomesStrategiesQuery = { strategyOutcomes: { environment: string, truncated: boolean, evidenceWithheld: boolean, strategies: Array<{ strategy: Strategy, releaseIds: Array<string>, buildCostUsd: number, comparison: { invocations: number, previousInvocations: number, scores: Array<{ name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }>, latencyP95Ms: { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }, costPer1kUsd: { name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }, kpis: Array<{ name: string, current: number | null, previous: number | null, delta: number | null, currentN: number, previousN: number, interval: { low: number, high: number, method: string } | null }> } }> } };

export type PointInTimeProvenanceQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type PointInTimeProvenanceQuery = { provenance: { asOf: string, servedByEnvironment: boolean, release: { id: string }, servedBy: Array<{ alias: string, environment: string, since: string, until: string | null }> } };

export type PointInTimeLineageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type PointInTimeLineageQuery = { lineage: { nodes: Array<{ id: string, type: string }> } };

export type ReleasesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  s?: string | number | null | undefined;
}>;


export type ReleasesPageQuery = { releases: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SystemsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  w?: TimeWindow | null | undefined;
}>;


export type SystemsPageQuery = { systems: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReleasesAliasesRegisterSystemMutationVariables = Exact<{
  input: RegisterSystemInput;
}>;


export type ReleasesAliasesRegisterSystemMutation = { registerSystem: { created: boolean, system: { id: string, name: string | null, description: string | null, releaseCount: number | null } } };

export type ReleasesAliasesNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReleasesAliasesNodeQuery = { node:
    | { releaseCount: number | null, releases: { edges: Array<{ node: { id: string } | null } | null> | null } | null }
    | Record<PropertyKey, never>
   | null };

export type ReleasesAliasesDiffQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ReleasesAliasesDiffQuery = { diff: { type: string, sameContent: boolean, pins: Array<{ slot: PinSlot, change: PinChangeKind, artifact: string, before: string | null, after: string | null }>, changes: Array<{ field: string, before:
        | { __typename: 'BooleanValue' }
        | { __typename: 'IdListValue', ids: Array<string> }
        | { __typename: 'IdValue', id: string }
        | { __typename: 'JsonValue' }
        | { __typename: 'NumberListValue' }
        | { __typename: 'NumberValue' }
        | { __typename: 'TextListValue' }
        | { __typename: 'TextValue' }
       | null, after:
        | { __typename: 'BooleanValue' }
        | { __typename: 'IdListValue' }
        | { __typename: 'IdValue' }
        | { __typename: 'JsonValue' }
        | { __typename: 'NumberListValue' }
        | { __typename: 'NumberValue' }
        | { __typename: 'TextListValue' }
        | { __typename: 'TextValue' }
       | null }> } };

export type ReleasesAliasesAliasesQueryVariables = Exact<{
  s: string | number;
}>;


export type ReleasesAliasesAliasesQuery = { aliases: { edges: Array<{ node: { id: string, environment: string | null, moveCount: number | null, release: { id: string } | null, system: { id: string } | null, history: { edges: Array<{ node: { seq: number | null } | null } | null> | null } | null } | null } | null> | null } };

export type ReleasesAliasesAliasHistoryQueryVariables = Exact<{
  s: string | number;
}>;


export type ReleasesAliasesAliasHistoryQuery = { aliasHistory: { edges: Array<{ node: { from: { id: string } | null, to: { id: string } | null } | null } | null> | null } };

export type ReleasesAliasesAliases2QueryVariables = Exact<{
  s: string | number;
}>;


export type ReleasesAliasesAliases2Query = { aliases: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type ReleasesAliasesApprovalsQueryVariables = Exact<{
  s?: string | number | null | undefined;
}>;


export type ReleasesAliasesApprovalsQuery = { approvals: { edges: Array<{ node: { approver: string | null, decision: ApprovalDecision | null, environment: string | null } | null } | null> | null } };

export type OutputsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  r?: string | number | null | undefined;
  k?: OutputKind | null | undefined;
}>;


export type OutputsPageQuery = { outputs: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunsInvocationsLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsInvocationsLineageQuery = { lineage: { edges: Array<{ from: string, to: string, type: string, role: string | null }> } };

export type TrainingRunsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  w?: TimeWindow | null | undefined;
}>;


export type TrainingRunsPageQuery = { trainingRuns: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunsInvocationsLineage2QueryVariables = Exact<{
  id: string | number;
}>;


export type RunsInvocationsLineage2Query = { lineage: { edges: Array<{ to: string, role: string | null }> } };

export type EvaluationRunsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  s?: string | number | null | undefined;
}>;


export type EvaluationRunsPageQuery = { evaluationRuns: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunsInvocationsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RunsInvocationsNodesQuery = { nodes: Array<
    | { id: string, startedAt: string | null, latencyMs: number | null, costUsd: number | null, inputDigest: string | null, retrievedDocuments: Array<string> | null, release: { id: string } | null }
    | { id: string, outputKind: OutputKind | null, decision: string | null, confidence: number | null, summary: string | null, invocation: { id: string } | null, release: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type RunsInvocationsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsInvocationsNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type InvocationsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  r?: string | number | null | undefined;
}>;


export type InvocationsPageQuery = { invocations: { edges: Array<{ cursor: string, node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunsInvocationsOutputsQueryVariables = Exact<{
  r?: string | number | null | undefined;
}>;


export type RunsInvocationsOutputsQuery = { outputs: { edges: Array<{ node: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean } } };

export type RunsInvocationsImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsInvocationsImpactQuery = { impact: { total: number, decisions: number } };

export type RunsInvocationsNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type RunsInvocationsNode2Query = { node:
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
    | { createdAt: string | null }
   | null };

export type SignalsDefineScoreConfigMutationVariables = Exact<{
  input: DefineScoreConfigInput;
}>;


export type SignalsDefineScoreConfigMutation = { defineScoreConfig: { created: boolean, scoreConfig: { id: string, dataType: ScoreDataType | null, min: number | null, max: number | null, categories: Array<string> | null } } };

export type SignalsDefineKpiMutationVariables = Exact<{
  input: DefineKpiInput;
}>;


export type SignalsDefineKpiMutation = { defineKpi: { created: boolean, kpi: { id: string, unit: string | null, direction: KpiDirection | null } } };

export type SignalsRecordScoresMutationVariables = Exact<{
  scores: Array<ScoreInput> | ScoreInput;
}>;


export type SignalsRecordScoresMutation = { recordScores: { scoreIds: Array<string>, created: number } };

export type SignalsRecordKpisMutationVariables = Exact<{
  observations: Array<KpiObservationInput> | KpiObservationInput;
}>;


export type SignalsRecordKpisMutation = { recordKpis: { observationIds: Array<string>, created: number } };

export type SignalsReleaseMetricsQueryVariables = Exact<{
  release: string | number;
  window: MetricsWindow;
  asOf?: string | null | undefined;
}>;


export type SignalsReleaseMetricsQuery = { releaseMetrics: { from: string, to: string, bucketSeconds: number, summary: { invocations: number, outputs: number, latencyP50Ms: number | null, latencyP95Ms: number | null, latencyMeanMs: number | null, costUsd: number, costPer1kUsd: number | null, inputTokens: number, outputTokens: number, decisions: Array<{ category: string, count: number }>, scores: Array<{ name: string, dataType: ScoreDataType, n: number, mean: number | null, interval: { low: number, high: number } | null, categories: Array<{ category: string, count: number }> }>, kpis: Array<{ name: string, n: number, mean: number | null, sum: number }> }, series: Array<{ start: string, end: string, summary: { invocations: number } }> } };

export type SignalsSummaryFragment = { invocations: number, outputs: number, latencyP50Ms: number | null, latencyP95Ms: number | null, latencyMeanMs: number | null, costUsd: number, costPer1kUsd: number | null, inputTokens: number, outputTokens: number, decisions: Array<{ category: string, count: number }>, scores: Array<{ name: string, dataType: ScoreDataType, n: number, mean: number | null, interval: { low: number, high: number } | null, categories: Array<{ category: string, count: number }> }>, kpis: Array<{ name: string, n: number, mean: number | null, sum: number }> };

export type SignalsSystemMetricsQueryVariables = Exact<{
  system: string | number;
  environment: string;
  window: MetricsWindow;
  asOf?: string | null | undefined;
}>;


export type SignalsSystemMetricsQuery = { systemMetrics: { serving: Array<{ releaseId: string, from: string, to: string }>, summary: { invocations: number, kpis: Array<{ name: string, n: number, sum: number }> } } };

export type SignalsBuildCostQueryVariables = Exact<{
  id: string | number;
}>;


export type SignalsBuildCostQuery = { node:
    | { computeCostUsd: number | null }
    | Record<PropertyKey, never>
   | null };

export const VFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"V"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiffValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VFragment, unknown>;
export const OutcomesDeltaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesDelta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"currentN"}},{"kind":"Field","name":{"kind":"Name","value":"previousN"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]} as unknown as DocumentNode<OutcomesDeltaFragment, unknown>;
export const OutcomesComparisonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}},{"kind":"Field","name":{"kind":"Name","value":"previousInvocations"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPer1kUsd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesDelta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"currentN"}},{"kind":"Field","name":{"kind":"Name","value":"previousN"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]} as unknown as DocumentNode<OutcomesComparisonFragment, unknown>;
export const SignalsSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalsSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMeanMs"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"costPer1kUsd"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}}]}}]} as unknown as DocumentNode<SignalsSummaryFragment, unknown>;
export const RegisterDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterArtifactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDatasetMutation, RegisterDatasetMutationVariables>;
export const RegisterPromptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPrompt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterArtifactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPrompt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPromptMutation, RegisterPromptMutationVariables>;
export const RegisterModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterArtifactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterModelMutation, RegisterModelMutationVariables>;
export const RegisterRetrievalConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRetrievalConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterArtifactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerRetrievalConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterRetrievalConfigMutation, RegisterRetrievalConfigMutationVariables>;
export const RegisterDatasetVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDatasetVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDatasetVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDatasetVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDatasetVersionMutation, RegisterDatasetVersionMutationVariables>;
export const RegisterPromptVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPromptVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPromptVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPromptVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPromptVersionMutation, RegisterPromptVersionMutationVariables>;
export const RegisterModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterModelVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterModelVersionMutation, RegisterModelVersionMutationVariables>;
export const RegisterRetrievalConfigVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRetrievalConfigVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterRetrievalConfigVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerRetrievalConfigVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterRetrievalConfigVersionMutation, RegisterRetrievalConfigVersionMutationVariables>;
export const CreateReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retrievalConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateReleaseMutation, CreateReleaseMutationVariables>;
export const PromoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Promote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"moveKind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PromoteMutation, PromoteMutationVariables>;
export const RollbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rollback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RollbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"moveKind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RollbackMutation, RollbackMutationVariables>;
export const RecordInvocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInvocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invocations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvocationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invocations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invocations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdInvocations"}},{"kind":"Field","name":{"kind":"Name","value":"createdOutputs"}},{"kind":"Field","name":{"kind":"Name","value":"invocationIds"}},{"kind":"Field","name":{"kind":"Name","value":"outputIds"}}]}}]}}]} as unknown as DocumentNode<RecordInvocationsMutation, RecordInvocationsMutationVariables>;
export const RecordApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"approver"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RecordApprovalMutation, RecordApprovalMutationVariables>;
export const RecordEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordEvaluationMutation, RecordEvaluationMutationVariables>;
export const RecordTrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingRunMutation, RecordTrainingRunMutationVariables>;
export const RetractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Retract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retractedBy"}},{"kind":"Field","name":{"kind":"Name","value":"retractReason"}}]}}]}}]} as unknown as DocumentNode<RetractMutation, RetractMutationVariables>;
export const AliasTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AliasTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]} as unknown as DocumentNode<AliasTargetQuery, AliasTargetQueryVariables>;
export const AliasHistoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AliasHistoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AliasHistoryPageQuery, AliasHistoryPageQueryVariables>;
export const RegisterSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterSystemMutation, RegisterSystemMutationVariables>;
export const RollbackPlanProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollbackPlanProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentMove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"served"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierReleases"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failingComponents"}},{"kind":"Field","name":{"kind":"Name","value":"effects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetMeetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gated"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executeRoles"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RollbackPlanProposalQuery, RollbackPlanProposalQueryVariables>;
export const RollbackPlanOpenAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackPlanOpenAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDriftAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDriftAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"component"}}]}}]}}]} as unknown as DocumentNode<RollbackPlanOpenAlertMutation, RollbackPlanOpenAlertMutationVariables>;
export const RollbackPlanResolveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackPlanResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDriftAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDriftAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RollbackPlanResolveAlertMutation, RollbackPlanResolveAlertMutationVariables>;
export const RollbackPlanExecuteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackPlanExecute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExecuteRollbackPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executeRollbackPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"currentRelease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetRelease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moveKind"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollbackPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RollbackPlanExecuteMutation, RollbackPlanExecuteMutationVariables>;
export const RollbackPlanSetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackPlanSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoRollbackOnAlert"}}]}}]}}]} as unknown as DocumentNode<RollbackPlanSetPolicyMutation, RollbackPlanSetPolicyMutationVariables>;
export const RollbackPlanReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackPlanReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAliasMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAliasMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}}]}}]}}]} as unknown as DocumentNode<RollbackPlanReviewMutation, RollbackPlanReviewMutationVariables>;
export const RollbackPlanAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollbackPlanAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RollbackPlanAuditQuery, RollbackPlanAuditQueryVariables>;
export const RollbackPlanLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollbackPlanLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineageDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RollbackPlanLineageQuery, RollbackPlanLineageQueryVariables>;
export const RollbackPlanMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollbackPlanMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AliasMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollbackPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RollbackPlanMoveQuery, RollbackPlanMoveQueryVariables>;
export const AgentsApprovalsRetractRegisterPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentsApprovalsRetractRegisterPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractRegisterPersonMutation, AgentsApprovalsRetractRegisterPersonMutationVariables>;
export const AgentsApprovalsRetractRegisterTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentsApprovalsRetractRegisterTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractRegisterTeamMutation, AgentsApprovalsRetractRegisterTeamMutationVariables>;
export const AgentsApprovalsRetractRegisterServiceAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentsApprovalsRetractRegisterServiceAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterServiceAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerServiceAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractRegisterServiceAccountMutation, AgentsApprovalsRetractRegisterServiceAccountMutationVariables>;
export const AgentsApprovalsRetractRegisterUseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentsApprovalsRetractRegisterUseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterUseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerUseCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"useCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataAvailability"}},{"kind":"Field","name":{"kind":"Name","value":"labelQuality"}},{"kind":"Field","name":{"kind":"Name","value":"domainStability"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeFreshness"}},{"kind":"Field","name":{"kind":"Name","value":"traceabilityNeed"}},{"kind":"Field","name":{"kind":"Name","value":"rollbackNeed"}},{"kind":"Field","name":{"kind":"Name","value":"valueRoi"}},{"kind":"Field","name":{"kind":"Name","value":"latencyBudgetMs"}},{"kind":"Field","name":{"kind":"Name","value":"costBudgetUsdPer1k"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractRegisterUseCaseMutation, AgentsApprovalsRetractRegisterUseCaseMutationVariables>;
export const PeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const TeamsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsPageQuery, TeamsPageQueryVariables>;
export const ServiceAccountsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceAccountsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceAccountsPageQuery, ServiceAccountsPageQueryVariables>;
export const UseCasesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UseCasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"useCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UseCasesPageQuery, UseCasesPageQueryVariables>;
export const ApprovalsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalsPageQuery, ApprovalsPageQueryVariables>;
export const AgentsApprovalsRetractNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsApprovalsRetractNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UseCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractNodeQuery, AgentsApprovalsRetractNodeQueryVariables>;
export const AgentsApprovalsRetractNode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsApprovalsRetractNode2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractNode2Query, AgentsApprovalsRetractNode2QueryVariables>;
export const AgentsApprovalsRetractReleasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsApprovalsRetractReleases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetracted"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractReleasesQuery, AgentsApprovalsRetractReleasesQueryVariables>;
export const AgentsApprovalsRetractNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsApprovalsRetractNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractNodesQuery, AgentsApprovalsRetractNodesQueryVariables>;
export const AgentsApprovalsRetractNode3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsApprovalsRetractNode3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsApprovalsRetractNode3Query, AgentsApprovalsRetractNode3QueryVariables>;
export const ArtifactVersionCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactVersionCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prompt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactVersionCountQuery, ArtifactVersionCountQueryVariables>;
export const ArtifactsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsNodeQuery, ArtifactsNodeQueryVariables>;
export const ArtifactsNode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsNode2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelQuality"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsNode2Query, ArtifactsNode2QueryVariables>;
export const ArtifactsLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsLineageQuery, ArtifactsLineageQueryVariables>;
export const ArtifactsRecordTrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArtifactsRecordTrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsRecordTrainingRunMutation, ArtifactsRecordTrainingRunMutationVariables>;
export const ArtifactsNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRunId"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsNodesQuery, ArtifactsNodesQueryVariables>;
export const ArtifactsNodes2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsNodes2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"promptKind"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"embeddingModel"}},{"kind":"Field","name":{"kind":"Name","value":"chunkSize"}},{"kind":"Field","name":{"kind":"Name","value":"chunkOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"chunkStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"topK"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsNodes2Query, ArtifactsNodes2QueryVariables>;
export const DatasetVersionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetVersionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionsPageQuery, DatasetVersionsPageQueryVariables>;
export const ArtifactsNode3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsNode3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsNode3Query, ArtifactsNode3QueryVariables>;
export const PromptVersionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromptVersionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promptVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PromptVersionsPageQuery, PromptVersionsPageQueryVariables>;
export const ModelVersionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionsPageQuery, ModelVersionsPageQueryVariables>;
export const RetrievalConfigVersionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetrievalConfigVersionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrievalConfigVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"retrievalConfig"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RetrievalConfigVersionsPageQuery, RetrievalConfigVersionsPageQueryVariables>;
export const DatasetsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetsPageQuery, DatasetsPageQueryVariables>;
export const PromptsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromptsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PromptsPageQuery, PromptsPageQueryVariables>;
export const ModelsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModelsPageQuery, ModelsPageQueryVariables>;
export const RetrievalConfigsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetrievalConfigsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrievalConfigs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RetrievalConfigsPageQuery, RetrievalConfigsPageQueryVariables>;
export const ArtifactsRetractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArtifactsRetract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArtifactsRetractMutation, ArtifactsRetractMutationVariables>;
export const ArtifactsDatasetVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsDatasetVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetracted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retractReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsDatasetVersionsQuery, ArtifactsDatasetVersionsQueryVariables>;
export const ArtifactsDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sameContent"}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"V"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"V"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"V"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiffValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArtifactsDiffQuery, ArtifactsDiffQueryVariables>;
export const ArtifactsDiff2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArtifactsDiff2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sameContent"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ArtifactsDiff2Query, ArtifactsDiff2QueryVariables>;
export const ClassifiedDataLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"labelQuality"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataLineageQuery, ClassifiedDataLineageQueryVariables>;
export const ClassifiedDataNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataNodeQuery, ClassifiedDataNodeQueryVariables>;
export const ClassifiedDataDatasetVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataDatasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataDatasetVersionsQuery, ClassifiedDataDatasetVersionsQueryVariables>;
export const ClassifiedDataProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outputId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataProvenanceQuery, ClassifiedDataProvenanceQueryVariables>;
export const ClassifiedDataLineage2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataLineage2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataLineage2Query, ClassifiedDataLineage2QueryVariables>;
export const ClassifiedDataImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataImpactQuery, ClassifiedDataImpactQueryVariables>;
export const ClassifiedDataDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedDataDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedDataDiffQuery, ClassifiedDataDiffQueryVariables>;
export const ConcurrencyNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcurrencyNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AliasMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConcurrencyNodesQuery, ConcurrencyNodesQueryVariables>;
export const ConcurrencyNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcurrencyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCount"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConcurrencyNodeQuery, ConcurrencyNodeQueryVariables>;
export const ConcurrencyRollbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcurrencyRollback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RollbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<ConcurrencyRollbackMutation, ConcurrencyRollbackMutationVariables>;
export const ConcurrencyNode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcurrencyNode2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConcurrencyNode2Query, ConcurrencyNode2QueryVariables>;
export const DatabaseLimitsLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseLimitsLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DOWNSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"maxNodes"},"value":{"kind":"IntValue","value":"2000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DatabaseLimitsLineageQuery, DatabaseLimitsLineageQueryVariables>;
export const GovernanceApprovalsSetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovernanceApprovalsSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceApprovalsSetPolicyMutation, GovernanceApprovalsSetPolicyMutationVariables>;
export const GovernanceApprovalsReviewAliasMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovernanceApprovalsReviewAliasMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAliasMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAliasMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<GovernanceApprovalsReviewAliasMoveMutation, GovernanceApprovalsReviewAliasMoveMutationVariables>;
export const GovernanceApprovalsAliasMovesAwaitingReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceApprovalsAliasMovesAwaitingReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasMovesAwaitingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"moveKind"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceApprovalsAliasMovesAwaitingReviewQuery, GovernanceApprovalsAliasMovesAwaitingReviewQueryVariables>;
export const GovernanceApprovalsAliasHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceApprovalsAliasHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"StringValue","value":"production","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moveKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceApprovalsAliasHistoryQuery, GovernanceApprovalsAliasHistoryQueryVariables>;
export const GovernanceAuditAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceAuditAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"inputDigest"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceAuditAuditEventsQuery, GovernanceAuditAuditEventsQueryVariables>;
export const GovernanceAuditVerifyAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceAuditVerifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GovernanceAuditVerifyAuditTrailQuery, GovernanceAuditVerifyAuditTrailQueryVariables>;
export const GovernanceAuditRejectedRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceAuditRejectedRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceAuditRejectedRequestsQuery, GovernanceAuditRejectedRequestsQueryVariables>;
export const ShipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShipMutation, ShipMutationVariables>;
export const GovernanceAuditSystemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceAuditSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceAuditSystemsQuery, GovernanceAuditSystemsQueryVariables>;
export const GovernancePolicySetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovernancePolicySetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"gatedEnvironments"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requirePassingEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"blockOnOpenDriftAlert"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicySetPolicyMutation, GovernancePolicySetPolicyMutationVariables>;
export const GovernancePolicyPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePolicyPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"gatedEnvironments"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requirePassingEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"blockOnOpenDriftAlert"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyPolicyQuery, GovernancePolicyPolicyQueryVariables>;
export const GovernancePolicyOpenDriftAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovernancePolicyOpenDriftAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDriftAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDriftAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyOpenDriftAlertMutation, GovernancePolicyOpenDriftAlertMutationVariables>;
export const GovernancePolicyResolveDriftAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovernancePolicyResolveDriftAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDriftAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDriftAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyResolveDriftAlertMutation, GovernancePolicyResolveDriftAlertMutationVariables>;
export const GovernancePolicyPromotionCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePolicyPromotionCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"release"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"release"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gated"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyPromotionCheckQuery, GovernancePolicyPromotionCheckQueryVariables>;
export const GovernancePolicyDriftAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePolicyDriftAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driftAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyDriftAlertsQuery, GovernancePolicyDriftAlertsQueryVariables>;
export const GovernancePolicyDriftAlerts2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePolicyDriftAlerts2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driftAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyDriftAlerts2Query, GovernancePolicyDriftAlerts2QueryVariables>;
export const GovernancePolicyDriftAlerts3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePolicyDriftAlerts3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driftAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyDriftAlerts3Query, GovernancePolicyDriftAlerts3QueryVariables>;
export const GovernancePolicyPolicyHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePolicyPolicyHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"gatedEnvironments"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernancePolicyPolicyHistoryQuery, GovernancePolicyPolicyHistoryQueryVariables>;
export const OutcomesRecDefineScoreConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesRecDefineScoreConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineScoreConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineScoreConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OutcomesRecDefineScoreConfigMutation, OutcomesRecDefineScoreConfigMutationVariables>;
export const OutcomesRecRecordScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesRecRecordScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OutcomesRecRecordScoresMutation, OutcomesRecRecordScoresMutationVariables>;
export const OutcomesRecWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesRecWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIfStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreWithoutOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factors"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesRecWhatIfQuery, OutcomesRecWhatIfQueryVariables>;
export const OutcomesDefineScoreConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesDefineScoreConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineScoreConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineScoreConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OutcomesDefineScoreConfigMutation, OutcomesDefineScoreConfigMutationVariables>;
export const OutcomesDefineKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesDefineKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineKpiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineKpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OutcomesDefineKpiMutation, OutcomesDefineKpiMutationVariables>;
export const OutcomesRecordScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesRecordScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OutcomesRecordScoresMutation, OutcomesRecordScoresMutationVariables>;
export const OutcomesRecordKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesRecordKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiObservationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OutcomesRecordKpisMutation, OutcomesRecordKpisMutationVariables>;
export const OutcomesReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"release"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"successScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"valueKpi"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usdPerUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"release"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"successScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"successScore"}}},{"kind":"Argument","name":{"kind":"Name","value":"valueKpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"valueKpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"usdPerUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usdPerUnit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseId"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseId"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseId"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesComparison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalUsd"}},{"kind":"Field","name":{"kind":"Name","value":"perDayUsd"}},{"kind":"Field","name":{"kind":"Name","value":"per1kInvocationsUsd"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"usdPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"gainPerDayUsd"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"paidBack"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesDelta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"currentN"}},{"kind":"Field","name":{"kind":"Name","value":"previousN"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}},{"kind":"Field","name":{"kind":"Name","value":"previousInvocations"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPer1kUsd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}}]}}]} as unknown as DocumentNode<OutcomesReleaseQuery, OutcomesReleaseQueryVariables>;
export const OutcomesStrategiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesStrategies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"releaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"buildCostUsd"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesComparison"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesDelta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"currentN"}},{"kind":"Field","name":{"kind":"Name","value":"previousN"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}},{"kind":"Field","name":{"kind":"Name","value":"previousInvocations"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPer1kUsd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesDelta"}}]}}]}}]} as unknown as DocumentNode<OutcomesStrategiesQuery, OutcomesStrategiesQueryVariables>;
export const PointInTimeProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointInTimeProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outputId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedByEnvironment"}}]}}]}}]} as unknown as DocumentNode<PointInTimeProvenanceQuery, PointInTimeProvenanceQueryVariables>;
export const PointInTimeLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointInTimeLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DOWNSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<PointInTimeLineageQuery, PointInTimeLineageQueryVariables>;
export const ReleasesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesPageQuery, ReleasesPageQueryVariables>;
export const SystemsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SystemsPageQuery, SystemsPageQueryVariables>;
export const ReleasesAliasesRegisterSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleasesAliasesRegisterSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"releaseCount"}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesRegisterSystemMutation, ReleasesAliasesRegisterSystemMutationVariables>;
export const ReleasesAliasesNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesAliasesNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"System"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"releases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesNodeQuery, ReleasesAliasesNodeQueryVariables>;
export const ReleasesAliasesDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesAliasesDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sameContent"}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdListValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesDiffQuery, ReleasesAliasesDiffQueryVariables>;
export const ReleasesAliasesAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesAliasesAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"moveCount"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesAliasesQuery, ReleasesAliasesAliasesQueryVariables>;
export const ReleasesAliasesAliasHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesAliasesAliasHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"StringValue","value":"staging","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesAliasHistoryQuery, ReleasesAliasesAliasHistoryQueryVariables>;
export const ReleasesAliasesAliases2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesAliasesAliases2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesAliases2Query, ReleasesAliasesAliases2QueryVariables>;
export const ReleasesAliasesApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesAliasesApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approver"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesAliasesApprovalsQuery, ReleasesAliasesApprovalsQueryVariables>;
export const OutputsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutputsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutputKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"outputKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OutputsPageQuery, OutputsPageQueryVariables>;
export const RunsInvocationsLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsLineageQuery, RunsInvocationsLineageQueryVariables>;
export const TrainingRunsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRunsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingRunsPageQuery, TrainingRunsPageQueryVariables>;
export const RunsInvocationsLineage2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsLineage2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsLineage2Query, RunsInvocationsLineage2QueryVariables>;
export const EvaluationRunsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationRunsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationRunsPageQuery, EvaluationRunsPageQueryVariables>;
export const RunsInvocationsNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"inputDigest"}},{"kind":"Field","name":{"kind":"Name","value":"retrievedDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Output"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputKind"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"invocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsNodesQuery, RunsInvocationsNodesQueryVariables>;
export const RunsInvocationsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsNodeQuery, RunsInvocationsNodeQueryVariables>;
export const InvocationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvocationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InvocationsPageQuery, InvocationsPageQueryVariables>;
export const RunsInvocationsOutputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsOutputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsOutputsQuery, RunsInvocationsOutputsQueryVariables>;
export const RunsInvocationsImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsImpactQuery, RunsInvocationsImpactQueryVariables>;
export const RunsInvocationsNode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsInvocationsNode2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RunsInvocationsNode2Query, RunsInvocationsNode2QueryVariables>;
export const SignalsDefineScoreConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignalsDefineScoreConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineScoreConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineScoreConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"scoreConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}}]}}]} as unknown as DocumentNode<SignalsDefineScoreConfigMutation, SignalsDefineScoreConfigMutationVariables>;
export const SignalsDefineKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignalsDefineKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineKpiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineKpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]} as unknown as DocumentNode<SignalsDefineKpiMutation, SignalsDefineKpiMutationVariables>;
export const SignalsRecordScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignalsRecordScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreIds"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<SignalsRecordScoresMutation, SignalsRecordScoresMutationVariables>;
export const SignalsRecordKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignalsRecordKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiObservationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationIds"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<SignalsRecordKpisMutation, SignalsRecordKpisMutationVariables>;
export const SignalsReleaseMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalsReleaseMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"release"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsWindow"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"release"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"bucketSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalsSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalsSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMeanMs"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"costPer1kUsd"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}}]}}]} as unknown as DocumentNode<SignalsReleaseMetricsQuery, SignalsReleaseMetricsQueryVariables>;
export const SignalsSystemMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalsSystemMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsWindow"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invocations"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignalsSystemMetricsQuery, SignalsSystemMetricsQueryVariables>;
export const SignalsBuildCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalsBuildCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeCostUsd"}}]}}]}}]}}]} as unknown as DocumentNode<SignalsBuildCostQuery, SignalsBuildCostQueryVariables>;
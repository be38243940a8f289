/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AliasMoveKind =
  | 'PROMOTE'
  | 'ROLLBACK';

export type ApprovalDecision =
  | 'APPROVED'
  | 'REJECTED';

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

export type DataAvailability =
  | 'ABUNDANT'
  | 'MODERATE'
  | 'SCARCE';

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
  | 'EVALUATION'
  | 'METRIC';

export type KnowledgeFreshness =
  | 'CONTINUOUS'
  | 'PERIODIC'
  | 'STATIC';

export type Level =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type LevelSource =
  /** The level the profile declares. */
  | 'DECLARED'
  /** Observed in the graph (answer grounding: current releases retrieve from document versions). */
  | 'GRAPH'
  /** The tier of a quantity the profile states (labelled examples, agreement, a budget). */
  | 'QUANTITY'
  /** Not stated: the characteristic adds nothing. */
  | 'UNSET';

export type LineageDirection =
  | 'BOTH'
  /** What was made from it: models, releases, invocations, outputs. */
  | 'DOWNSTREAM'
  /** What it was made from: versions, runs, datasets, base models. */
  | 'UPSTREAM';

/** [from, to), widened to whole buckets. */
export type MetricsWindow = {
  from: string;
  to: string;
};

export type ModelKind =
  | 'ADAPTER'
  | 'BASE'
  | 'FINE_TUNED';

/** Argo Rollouts' analysis semantics: INCONCLUSIVE is not enough data to decide. */
export type MonitorCheckOutcome =
  | 'ERROR'
  | 'FAILED'
  | 'INCONCLUSIVE'
  | 'PASSED';

export type MonitorKind =
  | 'DRIFT'
  | 'REGRESSION';

/** AUTO: Evidently's size-aware defaults (docs/monitoring.md); a named drift method; MSPRT for REGRESSION. */
export type MonitorMethod =
  | 'AUTO'
  | 'CHI2_CONTINGENCY'
  | 'CHISQUARE'
  | 'JENSENSHANNON'
  | 'KS'
  | 'MSPRT'
  | 'PSI'
  | 'WASSERSTEIN'
  | 'Z';

export type MonitorStatus =
  | 'ALERT'
  | 'ERROR'
  | 'INCONCLUSIVE'
  | 'OK'
  | 'PENDING'
  | 'WARNING';

export type NarrativeSource =
  | 'DETERMINISTIC'
  | 'LLM';

export type Need =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'STRICT';

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

export type PromptKind =
  | 'AGENT_POLICY'
  | 'SYSTEM_PROMPT'
  | 'USER_TEMPLATE';

export type RecordStrategyDecisionInput = {
  /** Why; required when the strategy differs from the recommended one. */
  justification?: string | null | undefined;
  /** Optional client key for idempotent retries: a resend with the same key returns the first. */
  key?: string | null | undefined;
  recommendation: string | number;
  strategy: Strategy;
};

/** What a principal may do: see docs/access-control.md. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'APPROVER'
  | 'AUDITOR'
  | 'ENGINEER'
  | 'VIEWER';

/** PROPOSED: a target qualifies. NO_CANDIDATE: no earlier release qualifies (the candidates say why). */
export type RollbackPlanOutcome =
  | 'NO_CANDIDATE'
  | 'PROPOSED';

export type RollbackRejectionCode =
  | 'ALERT_WHILE_SERVING'
  | 'EVALUATION_FAILED'
  | 'MONITORS_UNHEALTHY'
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

/** A kind of node that search finds. */
export type SearchKind =
  | 'Dataset'
  | 'Document'
  | 'DocumentVersion'
  | 'LineageDataset'
  | 'LineageDatasetVersion'
  | 'LineageJob'
  | 'LineageRun'
  | 'Model'
  | 'Person'
  | 'Prompt'
  | 'RetrievalConfig'
  | 'ServiceAccount'
  | 'System'
  | 'Team'
  | 'UseCase';

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

export type ConsoleAliasMovePartsFragment = { id: string, redacted: boolean, seq: number | null, createdAt: string | null, createdBy: string | null, moveKind: AliasMoveKind | null, reason: string | null, flaggedForReview: boolean | null, environment: string | null, from: { id: string, version: number | null } | null, to: { id: string, version: number | null } | null };

export type ConsoleDriftAlertPartsFragment = { id: string, redacted: boolean, createdAt: string | null, reason: string | null, open: boolean | null, resolvedAt: string | null, release: { id: string, version: number | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, roles: Array<Role>, clearance: Classification, via: string } };

export type ConsoleSearchQueryVariables = Exact<{
  text: string;
}>;


export type ConsoleSearchQuery = { search: Array<{ kind: SearchKind, score: number, node:
      | { __typename: 'Alias', id: string, redacted: boolean }
      | { __typename: 'AliasMove', id: string, redacted: boolean }
      | { __typename: 'Approval', id: string, redacted: boolean }
      | { __typename: 'Chunk', id: string, redacted: boolean }
      | { __typename: 'Dataset', name: string | null, id: string, redacted: boolean }
      | { __typename: 'DatasetVersion', id: string, redacted: boolean }
      | { __typename: 'Document', name: string | null, id: string, redacted: boolean }
      | { __typename: 'DocumentVersion', title: string | null, id: string, redacted: boolean }
      | { __typename: 'DriftAlert', id: string, redacted: boolean }
      | { __typename: 'EvaluationRun', id: string, redacted: boolean }
      | { __typename: 'Invocation', id: string, redacted: boolean }
      | { __typename: 'Kpi', id: string, redacted: boolean }
      | { __typename: 'KpiObservation', id: string, redacted: boolean }
      | { __typename: 'LineageColumn', id: string, redacted: boolean }
      | { __typename: 'LineageDataset', namespace: string | null, name: string | null, id: string, redacted: boolean }
      | { __typename: 'LineageDatasetVersion', namespace: string | null, name: string | null, version: number | null, id: string, redacted: boolean }
      | { __typename: 'LineageEvent', id: string, redacted: boolean }
      | { __typename: 'LineageJob', namespace: string | null, name: string | null, id: string, redacted: boolean }
      | { __typename: 'LineageRun', runId: string | null, jobName: string | null, id: string, redacted: boolean }
      | { __typename: 'Model', name: string | null, id: string, redacted: boolean }
      | { __typename: 'ModelVersion', id: string, redacted: boolean }
      | { __typename: 'Monitor', id: string, redacted: boolean }
      | { __typename: 'MonitorCheck', id: string, redacted: boolean }
      | { __typename: 'Output', id: string, redacted: boolean }
      | { __typename: 'Person', name: string | null, id: string, redacted: boolean }
      | { __typename: 'Policy', id: string, redacted: boolean }
      | { __typename: 'PolicyVersion', id: string, redacted: boolean }
      | { __typename: 'Prompt', name: string | null, id: string, redacted: boolean }
      | { __typename: 'PromptVersion', id: string, redacted: boolean }
      | { __typename: 'ReasoningRun', id: string, redacted: boolean }
      | { __typename: 'Recommendation', id: string, redacted: boolean }
      | { __typename: 'Release', id: string, redacted: boolean }
      | { __typename: 'RetrievalConfig', name: string | null, id: string, redacted: boolean }
      | { __typename: 'RetrievalConfigVersion', id: string, redacted: boolean }
      | { __typename: 'RollbackPlan', id: string, redacted: boolean }
      | { __typename: 'Score', id: string, redacted: boolean }
      | { __typename: 'ScoreConfig', id: string, redacted: boolean }
      | { __typename: 'ServiceAccount', name: string | null, id: string, redacted: boolean }
      | { __typename: 'StrategyDecision', id: string, redacted: boolean }
      | { __typename: 'System', name: string | null, id: string, redacted: boolean }
      | { __typename: 'Team', name: string | null, id: string, redacted: boolean }
      | { __typename: 'TrainingRun', id: string, redacted: boolean }
      | { __typename: 'UseCase', name: string | null, id: string, redacted: boolean }
     }> };

export type ConsoleLineageQueryVariables = Exact<{
  id: string | number;
  direction: LineageDirection;
  depth?: number | null | undefined;
  asOf?: string | null | undefined;
  maxNodes?: number | null | undefined;
}>;


export type ConsoleLineageQuery = { lineage: { root: string, asOf: string | null, depth: number, truncated: boolean, nodes: Array<{ id: string, type: string, label: string, redacted: boolean, createdAt: string | null, retractedAt: string | null }>, edges: Array<{ from: string, to: string, type: string, role: string | null }> } };

export type ConsoleDatasetColumnsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDatasetColumnsQuery = { node:
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
    | { redacted: boolean, namespace: string | null, name: string | null, schemaFields: Array<string> | null, id: string }
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

export type ConsoleColumnLineageQueryVariables = Exact<{
  datasetVersion: string | number;
  column: string;
  asOf?: string | null | undefined;
}>;


export type ConsoleColumnLineageQuery = { columnLineage: { root: string, truncated: boolean, withheld: boolean, columns: Array<{ id: string, name: string, dataset: string | null, namespace: string | null, datasetVersion: string }>, edges: Array<{ from: string, to: string, type: string, subtype: string | null, masking: boolean | null }> } };

export type ConsoleReleaseSystemsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleReleaseSystemsQuery = { nodes: Array<
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
    | { id: string, system: { id: string } | null }
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
   | null> };

export type ConsoleReleaseMovesQueryVariables = Exact<{
  system: string | number;
}>;


export type ConsoleReleaseMovesQuery = { aliases: { edges: Array<{ node: { environment: string | null, history: { edges: Array<{ node: { id: string, redacted: boolean, seq: number | null, createdAt: string | null, createdBy: string | null, moveKind: AliasMoveKind | null, reason: string | null, flaggedForReview: boolean | null, environment: string | null, from: { id: string, version: number | null } | null, to: { id: string, version: number | null } | null } | null } | null> | null } | null } | null } | null> | null }, driftAlerts: { edges: Array<{ node: { id: string, redacted: boolean, createdAt: string | null, resolvedAt: string | null, release: { id: string, version: number | null } | null } | null } | null> | null } };

export type ConsoleMonitoringContextQueryVariables = Exact<{
  system: string | number;
}>;


export type ConsoleMonitoringContextQuery = { node:
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
    | { redacted: boolean, name: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, aliases: { edges: Array<{ node: { id: string, environment: string | null } | null } | null> | null }, driftAlerts: { edges: Array<{ node: { id: string, redacted: boolean, createdAt: string | null, reason: string | null, open: boolean | null, resolvedAt: string | null, release: { id: string, version: number | null } | null } | null } | null> | null } };

export type ConsoleAliasMovesQueryVariables = Exact<{
  alias: string | number;
}>;


export type ConsoleAliasMovesQuery = { node:
    | { id: string, history: { edges: Array<{ node: { id: string, redacted: boolean, seq: number | null, createdAt: string | null, createdBy: string | null, moveKind: AliasMoveKind | null, reason: string | null, flaggedForReview: boolean | null, environment: string | null, from: { id: string, version: number | null } | null, to: { id: string, version: number | null } | null } | null } | null> | null } | null }
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
    | { id: string }
   | null };

export type ConsoleSystemMetricsQueryVariables = Exact<{
  system: string | number;
  environment: string;
  window: MetricsWindow;
}>;


export type ConsoleSystemMetricsQuery = { systemMetrics: { from: string, to: string, bucketSeconds: number, serving: Array<{ releaseId: string, from: string, to: string }>, summary: { invocations: number, latencyP50Ms: number | null, latencyP95Ms: number | null, costPer1kUsd: number | null, scores: Array<{ name: string, dataType: ScoreDataType, n: number, mean: number | null, interval: { low: number, high: number } | null }>, kpis: Array<{ name: string, n: number, mean: number | null, interval: { low: number, high: number } | null }> } } };

export type ConsoleMetricsSummaryFragment = { invocations: number, latencyP50Ms: number | null, latencyP95Ms: number | null, costPer1kUsd: number | null, scores: Array<{ name: string, dataType: ScoreDataType, n: number, mean: number | null, interval: { low: number, high: number } | null }>, kpis: Array<{ name: string, n: number, mean: number | null, interval: { low: number, high: number } | null }> };

export type ConsoleReleaseSeriesQueryVariables = Exact<{
  release: string | number;
  window: MetricsWindow;
}>;


export type ConsoleReleaseSeriesQuery = { releaseMetrics: { summary: { invocations: number, latencyP50Ms: number | null, latencyP95Ms: number | null, costPer1kUsd: number | null, scores: Array<{ name: string, dataType: ScoreDataType, n: number, mean: number | null, interval: { low: number, high: number } | null }>, kpis: Array<{ name: string, n: number, mean: number | null, interval: { low: number, high: number } | null }> }, series: Array<{ start: string, end: string, summary: { invocations: number, latencyP50Ms: number | null, latencyP95Ms: number | null, costPer1kUsd: number | null, scores: Array<{ name: string, dataType: ScoreDataType, n: number, mean: number | null, interval: { low: number, high: number } | null }>, kpis: Array<{ name: string, n: number, mean: number | null, interval: { low: number, high: number } | null }> } }> }, node:
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
    | { redacted: boolean, version: number | null, id: string }
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

export type ConsoleMonitorsQueryVariables = Exact<{
  system: string | number;
  environment?: string | null | undefined;
}>;


export type ConsoleMonitorsQuery = { monitors: Array<{ status: MonitorStatus, consecutiveFailures: number, consecutivePasses: number, monitor: { id: string, redacted: boolean, name: string | null, signal: string | null, monitorKind: MonitorKind | null, method: MonitorMethod | null, environment: string | null, alertThreshold: number | null, failureLimit: number | null }, lastCheck: { id: string, createdAt: string | null, outcome: MonitorCheckOutcome | null, method: string | null, statistic: number | null, pValue: number | null, distance: number | null, threshold: number | null, baselineSize: number | null, currentSize: number | null, detail: string | null, release: { id: string, version: number | null } | null } | null, openAlert: { id: string, createdAt: string | null, reason: string | null } | null }> };

export type ConsoleRollbackPlanQueryVariables = Exact<{
  system: string | number;
  environment: string;
}>;


export type ConsoleRollbackPlanQuery = { rollbackPlan: { id: string, outcome: RollbackPlanOutcome, asOf: string, summary: string, environment: string, currentSince: string, truncated: boolean, earlierReleases: number, evidence: Array<string>, failingComponents: Array<string>, current: { id: string, version: number | null }, target: { id: string, version: number | null } | null, candidates: Array<{ version: number, accepted: boolean, release: { id: string }, rejections: Array<{ code: RollbackRejectionCode, detail: string }> }>, alerts: Array<{ id: string, createdAt: string | null, reason: string | null }>, failedEvaluations: Array<{ id: string, primaryMetric: string | null, score: number | null, threshold: number | null, subjectId: string | null }>, effects: Array<{ source: ExpectedEffectSource, signal: string, current: number | null, currentSampleSize: number | null, threshold: number | null, target: number | null, targetSampleSize: number | null, targetMeetsThreshold: boolean | null, improves: boolean | null, evidence: { id: string } | null, check: { id: string } | null }>, approvals: { gated: boolean, approvalRequired: boolean, executeRoles: Array<Role>, reviewRoles: Array<Role>, satisfiedBy: Array<{ id: string, createdBy: string | null }>, unmet: { requirement: PolicyRequirement, detail: string } | null }, diff: { sameContent: boolean, pins: Array<{ slot: PinSlot, change: PinChangeKind, before: string | null, after: string | null }>, changes: Array<{ field: string }> } | null } };

export type ConsoleExecuteRollbackPlanMutationVariables = Exact<{
  input: ExecuteRollbackPlanInput;
}>;


export type ConsoleExecuteRollbackPlanMutation = { executeRollbackPlan: { move: { id: string, createdAt: string | null, environment: string | null, moveKind: AliasMoveKind | null, flaggedForReview: boolean | null, from: { id: string, version: number | null } | null, to: { id: string, version: number | null } | null } } };

export type ConsoleProvenanceQueryVariables = Exact<{
  outputId: string | number;
  asOf?: string | null | undefined;
}>;


export type ConsoleProvenanceQuery = { provenance: { asOf: string, truncated: boolean, servedByEnvironment: boolean, output: { id: string, redacted: boolean, createdAt: string | null, outputKind: OutputKind | null, summary: string | null, decision: string | null, confidence: number | null, contentDigest: string | null }, invocation: { id: string, redacted: boolean, createdAt: string | null, startedAt: string | null, latencyMs: number | null, costUsd: number | null }, release: { id: string, redacted: boolean, createdAt: string | null, createdBy: string | null, version: number | null, digest: string | null, notes: string | null, system: { id: string, name: string | null } | null }, servedBy: Array<{ alias: string, environment: string, since: string, until: string | null, system: string }>, modelLineage: Array<{ id: string, redacted: boolean, version: number | null, modelKind: ModelKind | null, provider: string | null, digest: string | null, model: { id: string, name: string | null } | null }>, trainingRuns: Array<{ run: { id: string, redacted: boolean, startedAt: string | null, endedAt: string | null, status: RunStatus | null }, datasets: Array<{ id: string, redacted: boolean, version: number | null, digest: string | null, classification: Classification | null, dataset: { id: string, name: string | null } | null }>, baseModels: Array<{ id: string, redacted: boolean, version: number | null }> }>, prompts: Array<{ id: string, redacted: boolean, version: number | null, promptKind: PromptKind | null, message: string | null, digest: string | null, prompt: { id: string, name: string | null } | null }>, retrievalConfig: { id: string, redacted: boolean, version: number | null, index: string | null, topK: number | null, chunkStrategy: ChunkStrategy | null, chunkSize: number | null, chunkOverlap: number | null, embeddingModel: string | null, digest: string | null } | null, approvals: Array<{ id: string, redacted: boolean, approver: string | null, decision: ApprovalDecision | null, environment: string | null, justification: string | null, createdAt: string | null, retractedAt: string | null }>, evaluations: Array<{ id: string, redacted: boolean, primaryMetric: string | null, score: number | null, threshold: number | null, passed: boolean | null, createdAt: string | null }> } };

export type ConsolePolicyQueryVariables = Exact<{
  system: string | number;
  asOf?: string | null | undefined;
}>;


export type ConsolePolicyQuery = { policy: { isDefault: boolean, gatedEnvironments: Array<string>, requireApproval: boolean, requirePassingEvaluation: boolean, minScore: number | null, blockOnOpenDriftAlert: boolean, version: { id: string, version: number | null, createdAt: string | null, createdBy: string | null, reason: string | null } | null } };

export type ConsoleAuditQueryVariables = Exact<{
  output: string | number;
  release: string | number;
  to?: string | null | undefined;
}>;


export type ConsoleAuditQuery = { verifyAuditTrail: { ok: boolean, checked: number, headSeq: number, firstBrokenSeq: number | null, reason: string | null }, ofOutput: { edges: Array<{ node: { seq: number, action: string, actor: string, at: string, targets: Array<string>, hash: string, requestId: string | null } | null } | null> | null }, ofRelease: { edges: Array<{ node: { seq: number, action: string, actor: string, at: string, targets: Array<string>, hash: string, requestId: string | null } | null } | null> | null } };

export type ConsoleAuditEventPartsFragment = { seq: number, action: string, actor: string, at: string, targets: Array<string>, hash: string, requestId: string | null };

export type StrategyPartsFragment = { asOf: string, top: Strategy, confidence: number, classification: Classification, evidenceWithheld: boolean, truncated: boolean, reviewRequired: boolean, reviewReasons: Array<string>, missingEvidence: Array<string>, ranking: Array<{ rank: number, strategy: Strategy, score: number, contributions: Array<{ factor: string, level: string | null, points: number, evidence: Array<string>, rules: Array<string> }> }>, counterfactuals: Array<{ strategy: Strategy, insteadOf: Strategy, statement: string, distance: number, changes: Array<{ characteristic: string, from: string | null, to: string }> }>, characteristics: Array<{ name: string, level: string | null, value: number | null, source: LevelSource }>, evidence: Array<{ id: string, kind: string, summary: string }>, narrative: { text: string, source: NarrativeSource, fallbackReason: string | null, claims: Array<{ text: string, evidence: Array<string> }> } };

export type ConsoleRecommendationQueryVariables = Exact<{
  useCase: string | number;
}>;


export type ConsoleRecommendationQuery = { node:
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
    | { id: string }
    | { redacted: boolean, name: string | null, description: string | null, id: string }
   | null, recommendations: { edges: Array<{ node: { id: string, redacted: boolean, createdAt: string | null, createdBy: string | null, result: { asOf: string, top: Strategy, confidence: number, classification: Classification, evidenceWithheld: boolean, truncated: boolean, reviewRequired: boolean, reviewReasons: Array<string>, missingEvidence: Array<string>, ranking: Array<{ rank: number, strategy: Strategy, score: number, contributions: Array<{ factor: string, level: string | null, points: number, evidence: Array<string>, rules: Array<string> }> }>, counterfactuals: Array<{ strategy: Strategy, insteadOf: Strategy, statement: string, distance: number, changes: Array<{ characteristic: string, from: string | null, to: string }> }>, characteristics: Array<{ name: string, level: string | null, value: number | null, source: LevelSource }>, evidence: Array<{ id: string, kind: string, summary: string }>, narrative: { text: string, source: NarrativeSource, fallbackReason: string | null, claims: Array<{ text: string, evidence: Array<string> }> } } | null, decisions: { edges: Array<{ node: { id: string, strategy: Strategy | null, followed: boolean | null, justification: string | null, createdAt: string | null, createdBy: string | null } | null } | null> | null } | null } | null } | null> | null } };

export type ConsoleWhatIfQueryVariables = Exact<{
  useCase?: string | number | null | undefined;
  profile: StrategyProfileInput;
}>;


export type ConsoleWhatIfQuery = { whatIfStrategy: { asOf: string, top: Strategy, confidence: number, classification: Classification, evidenceWithheld: boolean, truncated: boolean, reviewRequired: boolean, reviewReasons: Array<string>, missingEvidence: Array<string>, ranking: Array<{ rank: number, strategy: Strategy, score: number, contributions: Array<{ factor: string, level: string | null, points: number, evidence: Array<string>, rules: Array<string> }> }>, counterfactuals: Array<{ strategy: Strategy, insteadOf: Strategy, statement: string, distance: number, changes: Array<{ characteristic: string, from: string | null, to: string }> }>, characteristics: Array<{ name: string, level: string | null, value: number | null, source: LevelSource }>, evidence: Array<{ id: string, kind: string, summary: string }>, narrative: { text: string, source: NarrativeSource, fallbackReason: string | null, claims: Array<{ text: string, evidence: Array<string> }> } } };

export type ConsoleDecideMutationVariables = Exact<{
  input: RecordStrategyDecisionInput;
}>;


export type ConsoleDecideMutation = { recordStrategyDecision: { id: string, strategy: Strategy | null, followed: boolean | null, justification: string | null, createdAt: string | null, createdBy: string | null } };

export type ConsoleSystemTimelineQueryVariables = Exact<{
  system: string | number;
}>;


export type ConsoleSystemTimelineQuery = { node:
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
    | { redacted: boolean, name: string | null, id: string, strategyDecisions: Array<{ id: string, redacted: boolean, createdAt: string | null, createdBy: string | null, strategy: Strategy | null, recommended: Strategy | null, followed: boolean | null, justification: string | null, useCase: { id: string, name: string | null } | null }> }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, releases: { edges: Array<{ node: { id: string, redacted: boolean, version: number | null, createdAt: string | null, createdBy: string | null, notes: string | null, retractedAt: string | null } | null } | null> | null }, aliases: { edges: Array<{ node: { id: string, environment: string | null, history: { edges: Array<{ node: { id: string, redacted: boolean, seq: number | null, createdAt: string | null, createdBy: string | null, moveKind: AliasMoveKind | null, reason: string | null, flaggedForReview: boolean | null, environment: string | null, from: { id: string, version: number | null } | null, to: { id: string, version: number | null } | null } | null } | null> | null } | null } | null } | null> | null }, driftAlerts: { edges: Array<{ node: { id: string, redacted: boolean, createdAt: string | null, reason: string | null, open: boolean | null, resolvedAt: string | null, release: { id: string, version: number | null } | null } | null } | null> | null } };

export type ConsoleReleaseRecordsQueryVariables = Exact<{
  subject: string | number;
}>;


export type ConsoleReleaseRecordsQuery = { evaluationRuns: { edges: Array<{ node: { id: string, redacted: boolean, createdAt: string | null, primaryMetric: string | null, score: number | null, threshold: number | null, passed: boolean | null, subjectId: string | null } | null } | null> | null }, approvals: { edges: Array<{ node: { id: string, redacted: boolean, createdAt: string | null, approver: string | null, decision: ApprovalDecision | null, environment: string | null, justification: string | null, subjectId: string | null } | null } | null> | null } };

export type ConsoleMonitorChecksQueryVariables = Exact<{
  system: string | number;
}>;


export type ConsoleMonitorChecksQuery = { monitors: Array<{ monitor: { id: string, redacted: boolean, name: string | null, environment: string | null, signal: string | null }, recentChecks: Array<{ id: string, redacted: boolean, createdAt: string | null, asOf: string | null, outcome: MonitorCheckOutcome | null, warning: boolean | null, statistic: number | null, threshold: number | null, release: { id: string, version: number | null } | null }> }> };

export type ConsoleDiffQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ConsoleDiffQuery = { diff: { type: string, sameContent: boolean, pins: Array<{ slot: PinSlot, change: PinChangeKind, before: string | null, after: string | null, artifact: string }>, changes: Array<{ field: string, before:
        | { __typename: 'BooleanValue', boolean: boolean }
        | { __typename: 'IdListValue', ids: Array<string> }
        | { __typename: 'IdValue', id: string }
        | { __typename: 'JsonValue', json: string }
        | { __typename: 'NumberListValue', numbers: Array<number> }
        | { __typename: 'NumberValue', number: number }
        | { __typename: 'TextListValue', texts: Array<string> }
        | { __typename: 'TextValue', text: string }
       | null, after:
        | { __typename: 'BooleanValue', boolean: boolean }
        | { __typename: 'IdListValue', ids: Array<string> }
        | { __typename: 'IdValue', id: string }
        | { __typename: 'JsonValue', json: string }
        | { __typename: 'NumberListValue', numbers: Array<number> }
        | { __typename: 'NumberValue', number: number }
        | { __typename: 'TextListValue', texts: Array<string> }
        | { __typename: 'TextValue', text: string }
       | null }> } };

type DiffValueParts_BooleanValue_Fragment = { __typename: 'BooleanValue', boolean: boolean };

type DiffValueParts_IdListValue_Fragment = { __typename: 'IdListValue', ids: Array<string> };

type DiffValueParts_IdValue_Fragment = { __typename: 'IdValue', id: string };

type DiffValueParts_JsonValue_Fragment = { __typename: 'JsonValue', json: string };

type DiffValueParts_NumberListValue_Fragment = { __typename: 'NumberListValue', numbers: Array<number> };

type DiffValueParts_NumberValue_Fragment = { __typename: 'NumberValue', number: number };

type DiffValueParts_TextListValue_Fragment = { __typename: 'TextListValue', texts: Array<string> };

type DiffValueParts_TextValue_Fragment = { __typename: 'TextValue', text: string };

export type DiffValuePartsFragment =
  | DiffValueParts_BooleanValue_Fragment
  | DiffValueParts_IdListValue_Fragment
  | DiffValueParts_IdValue_Fragment
  | DiffValueParts_JsonValue_Fragment
  | DiffValueParts_NumberListValue_Fragment
  | DiffValueParts_NumberValue_Fragment
  | DiffValueParts_TextListValue_Fragment
  | DiffValueParts_TextValue_Fragment
;

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleAliasMovePartsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAliasMoveParts on AliasMove {
  id
  redacted
  seq
  createdAt
  createdBy
  moveKind
  reason
  flaggedForReview
  environment
  from {
    id
    version
  }
  to {
    id
    version
  }
}
    `, {"fragmentName":"ConsoleAliasMoveParts"}) as unknown as TypedDocumentString<ConsoleAliasMovePartsFragment, unknown>;
export const ConsoleDriftAlertPartsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleDriftAlertParts on DriftAlert {
  id
  redacted
  createdAt
  reason
  open
  resolvedAt
  release {
    id
    version
  }
}
    `, {"fragmentName":"ConsoleDriftAlertParts"}) as unknown as TypedDocumentString<ConsoleDriftAlertPartsFragment, unknown>;
export const ConsoleMetricsSummaryFragmentDoc = new TypedDocumentString(`
    fragment ConsoleMetricsSummary on MetricsSummary {
  invocations
  latencyP50Ms
  latencyP95Ms
  costPer1kUsd
  scores {
    name
    dataType
    n
    mean
    interval {
      low
      high
    }
  }
  kpis {
    name
    n
    mean
    interval {
      low
      high
    }
  }
}
    `, {"fragmentName":"ConsoleMetricsSummary"}) as unknown as TypedDocumentString<ConsoleMetricsSummaryFragment, unknown>;
export const ConsoleAuditEventPartsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAuditEventParts on AuditEvent {
  seq
  action
  actor
  at
  targets
  hash
  requestId
}
    `, {"fragmentName":"ConsoleAuditEventParts"}) as unknown as TypedDocumentString<ConsoleAuditEventPartsFragment, unknown>;
export const StrategyPartsFragmentDoc = new TypedDocumentString(`
    fragment StrategyParts on StrategyRecommendation {
  asOf
  top
  confidence
  classification
  evidenceWithheld
  truncated
  reviewRequired
  reviewReasons
  missingEvidence
  ranking {
    rank
    strategy
    score
    contributions {
      factor
      level
      points
      evidence
      rules
    }
  }
  counterfactuals {
    strategy
    insteadOf
    statement
    distance
    changes {
      characteristic
      from
      to
    }
  }
  characteristics {
    name
    level
    value
    source
  }
  evidence {
    id
    kind
    summary
  }
  narrative {
    text
    source
    fallbackReason
    claims {
      text
      evidence
    }
  }
}
    `, {"fragmentName":"StrategyParts"}) as unknown as TypedDocumentString<StrategyPartsFragment, unknown>;
export const DiffValuePartsFragmentDoc = new TypedDocumentString(`
    fragment DiffValueParts on DiffValue {
  __typename
  ... on BooleanValue {
    boolean
  }
  ... on IdListValue {
    ids
  }
  ... on IdValue {
    id
  }
  ... on JsonValue {
    json
  }
  ... on NumberListValue {
    numbers
  }
  ... on NumberValue {
    number
  }
  ... on TextListValue {
    texts
  }
  ... on TextValue {
    text
  }
}
    `, {"fragmentName":"DiffValueParts"}) as unknown as TypedDocumentString<DiffValuePartsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    roles
    clearance
    via
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ConsoleSearchDocument = new TypedDocumentString(`
    query ConsoleSearch($text: String!) {
  search(text: $text, first: 25) {
    kind
    score
    node {
      id
      redacted
      __typename
      ... on LineageDataset {
        namespace
        name
      }
      ... on LineageDatasetVersion {
        namespace
        name
        version
      }
      ... on LineageJob {
        namespace
        name
      }
      ... on LineageRun {
        runId
        jobName
      }
      ... on DocumentVersion {
        title
      }
      ... on Document {
        name
      }
      ... on Person {
        name
      }
      ... on UseCase {
        name
      }
      ... on Dataset {
        name
      }
      ... on Model {
        name
      }
      ... on Prompt {
        name
      }
      ... on RetrievalConfig {
        name
      }
      ... on System {
        name
      }
      ... on Team {
        name
      }
      ... on ServiceAccount {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSearchQuery, ConsoleSearchQueryVariables>;
export const ConsoleLineageDocument = new TypedDocumentString(`
    query ConsoleLineage($id: ID!, $direction: LineageDirection!, $depth: Int, $asOf: DateTime, $maxNodes: Int) {
  lineage(
    id: $id
    direction: $direction
    depth: $depth
    asOf: $asOf
    maxNodes: $maxNodes
  ) {
    root
    asOf
    depth
    truncated
    nodes {
      id
      type
      label
      redacted
      createdAt
      retractedAt
    }
    edges {
      from
      to
      type
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLineageQuery, ConsoleLineageQueryVariables>;
export const ConsoleDatasetColumnsDocument = new TypedDocumentString(`
    query ConsoleDatasetColumns($id: ID!) {
  node(id: $id) {
    id
    ... on LineageDatasetVersion {
      redacted
      namespace
      name
      schemaFields
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDatasetColumnsQuery, ConsoleDatasetColumnsQueryVariables>;
export const ConsoleColumnLineageDocument = new TypedDocumentString(`
    query ConsoleColumnLineage($datasetVersion: ID!, $column: String!, $asOf: DateTime) {
  columnLineage(
    datasetVersion: $datasetVersion
    column: $column
    asOf: $asOf
    direction: UPSTREAM
  ) {
    root
    truncated
    withheld
    columns {
      id
      name
      dataset
      namespace
      datasetVersion
    }
    edges {
      from
      to
      type
      subtype
      masking
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleColumnLineageQuery, ConsoleColumnLineageQueryVariables>;
export const ConsoleReleaseSystemsDocument = new TypedDocumentString(`
    query ConsoleReleaseSystems($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Release {
      system {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReleaseSystemsQuery, ConsoleReleaseSystemsQueryVariables>;
export const ConsoleReleaseMovesDocument = new TypedDocumentString(`
    query ConsoleReleaseMoves($system: ID!) {
  aliases(system: $system, first: 5) {
    edges {
      node {
        environment
        history(first: 40) {
          edges {
            node {
              ...ConsoleAliasMoveParts
            }
          }
        }
      }
    }
  }
  driftAlerts(system: $system, first: 40) {
    edges {
      node {
        id
        redacted
        createdAt
        resolvedAt
        release {
          id
          version
        }
      }
    }
  }
}
    fragment ConsoleAliasMoveParts on AliasMove {
  id
  redacted
  seq
  createdAt
  createdBy
  moveKind
  reason
  flaggedForReview
  environment
  from {
    id
    version
  }
  to {
    id
    version
  }
}`) as unknown as TypedDocumentString<ConsoleReleaseMovesQuery, ConsoleReleaseMovesQueryVariables>;
export const ConsoleMonitoringContextDocument = new TypedDocumentString(`
    query ConsoleMonitoringContext($system: ID!) {
  node(id: $system) {
    id
    ... on System {
      redacted
      name
    }
  }
  aliases(system: $system, first: 20) {
    edges {
      node {
        id
        environment
      }
    }
  }
  driftAlerts(system: $system, first: 100) {
    edges {
      node {
        ...ConsoleDriftAlertParts
      }
    }
  }
}
    fragment ConsoleDriftAlertParts on DriftAlert {
  id
  redacted
  createdAt
  reason
  open
  resolvedAt
  release {
    id
    version
  }
}`) as unknown as TypedDocumentString<ConsoleMonitoringContextQuery, ConsoleMonitoringContextQueryVariables>;
export const ConsoleAliasMovesDocument = new TypedDocumentString(`
    query ConsoleAliasMoves($alias: ID!) {
  node(id: $alias) {
    id
    ... on Alias {
      history(first: 100) {
        edges {
          node {
            ...ConsoleAliasMoveParts
          }
        }
      }
    }
  }
}
    fragment ConsoleAliasMoveParts on AliasMove {
  id
  redacted
  seq
  createdAt
  createdBy
  moveKind
  reason
  flaggedForReview
  environment
  from {
    id
    version
  }
  to {
    id
    version
  }
}`) as unknown as TypedDocumentString<ConsoleAliasMovesQuery, ConsoleAliasMovesQueryVariables>;
export const ConsoleSystemMetricsDocument = new TypedDocumentString(`
    query ConsoleSystemMetrics($system: ID!, $environment: String!, $window: MetricsWindow!) {
  systemMetrics(system: $system, environment: $environment, window: $window) {
    from
    to
    bucketSeconds
    serving {
      releaseId
      from
      to
    }
    summary {
      ...ConsoleMetricsSummary
    }
  }
}
    fragment ConsoleMetricsSummary on MetricsSummary {
  invocations
  latencyP50Ms
  latencyP95Ms
  costPer1kUsd
  scores {
    name
    dataType
    n
    mean
    interval {
      low
      high
    }
  }
  kpis {
    name
    n
    mean
    interval {
      low
      high
    }
  }
}`) as unknown as TypedDocumentString<ConsoleSystemMetricsQuery, ConsoleSystemMetricsQueryVariables>;
export const ConsoleReleaseSeriesDocument = new TypedDocumentString(`
    query ConsoleReleaseSeries($release: ID!, $window: MetricsWindow!) {
  releaseMetrics(release: $release, window: $window) {
    summary {
      ...ConsoleMetricsSummary
    }
    series {
      start
      end
      summary {
        ...ConsoleMetricsSummary
      }
    }
  }
  node(id: $release) {
    id
    ... on Release {
      redacted
      version
    }
  }
}
    fragment ConsoleMetricsSummary on MetricsSummary {
  invocations
  latencyP50Ms
  latencyP95Ms
  costPer1kUsd
  scores {
    name
    dataType
    n
    mean
    interval {
      low
      high
    }
  }
  kpis {
    name
    n
    mean
    interval {
      low
      high
    }
  }
}`) as unknown as TypedDocumentString<ConsoleReleaseSeriesQuery, ConsoleReleaseSeriesQueryVariables>;
export const ConsoleMonitorsDocument = new TypedDocumentString(`
    query ConsoleMonitors($system: ID!, $environment: String) {
  monitors(system: $system, environment: $environment) {
    status
    consecutiveFailures
    consecutivePasses
    monitor {
      id
      redacted
      name
      signal
      monitorKind
      method
      environment
      alertThreshold
      failureLimit
    }
    lastCheck {
      id
      createdAt
      outcome
      method
      statistic
      pValue
      distance
      threshold
      baselineSize
      currentSize
      detail
      release {
        id
        version
      }
    }
    openAlert {
      id
      createdAt
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMonitorsQuery, ConsoleMonitorsQueryVariables>;
export const ConsoleRollbackPlanDocument = new TypedDocumentString(`
    query ConsoleRollbackPlan($system: ID!, $environment: String!) {
  rollbackPlan(system: $system, environment: $environment) {
    id
    outcome
    asOf
    summary
    environment
    currentSince
    current {
      id
      version
    }
    target {
      id
      version
    }
    truncated
    earlierReleases
    candidates {
      version
      accepted
      release {
        id
      }
      rejections {
        code
        detail
      }
    }
    alerts {
      id
      createdAt
      reason
    }
    failedEvaluations {
      id
      primaryMetric
      score
      threshold
      subjectId
    }
    evidence
    failingComponents
    effects {
      source
      signal
      current
      currentSampleSize
      threshold
      target
      targetSampleSize
      targetMeetsThreshold
      improves
      evidence {
        id
      }
      check {
        id
      }
    }
    approvals {
      gated
      approvalRequired
      executeRoles
      reviewRoles
      satisfiedBy {
        id
        createdBy
      }
      unmet {
        requirement
        detail
      }
    }
    diff {
      sameContent
      pins {
        slot
        change
        before
        after
      }
      changes {
        field
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRollbackPlanQuery, ConsoleRollbackPlanQueryVariables>;
export const ConsoleExecuteRollbackPlanDocument = new TypedDocumentString(`
    mutation ConsoleExecuteRollbackPlan($input: ExecuteRollbackPlanInput!) {
  executeRollbackPlan(input: $input) {
    move {
      id
      createdAt
      environment
      moveKind
      flaggedForReview
      from {
        id
        version
      }
      to {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExecuteRollbackPlanMutation, ConsoleExecuteRollbackPlanMutationVariables>;
export const ConsoleProvenanceDocument = new TypedDocumentString(`
    query ConsoleProvenance($outputId: ID!, $asOf: DateTime) {
  provenance(outputId: $outputId, asOf: $asOf) {
    asOf
    truncated
    servedByEnvironment
    output {
      id
      redacted
      createdAt
      outputKind
      summary
      decision
      confidence
      contentDigest
    }
    invocation {
      id
      redacted
      createdAt
      startedAt
      latencyMs
      costUsd
    }
    release {
      id
      redacted
      createdAt
      createdBy
      version
      digest
      notes
      system {
        id
        name
      }
    }
    servedBy {
      alias
      environment
      since
      until
      system
    }
    modelLineage {
      id
      redacted
      version
      modelKind
      provider
      digest
      model {
        id
        name
      }
    }
    trainingRuns {
      run {
        id
        redacted
        startedAt
        endedAt
        status
      }
      datasets {
        id
        redacted
        version
        digest
        classification
        dataset {
          id
          name
        }
      }
      baseModels {
        id
        redacted
        version
      }
    }
    prompts {
      id
      redacted
      version
      promptKind
      message
      digest
      prompt {
        id
        name
      }
    }
    retrievalConfig {
      id
      redacted
      version
      index
      topK
      chunkStrategy
      chunkSize
      chunkOverlap
      embeddingModel
      digest
    }
    approvals {
      id
      redacted
      approver
      decision
      environment
      justification
      createdAt
      retractedAt
    }
    evaluations {
      id
      redacted
      primaryMetric
      score
      threshold
      passed
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProvenanceQuery, ConsoleProvenanceQueryVariables>;
export const ConsolePolicyDocument = new TypedDocumentString(`
    query ConsolePolicy($system: ID!, $asOf: DateTime) {
  policy(system: $system, asOf: $asOf) {
    isDefault
    gatedEnvironments
    requireApproval
    requirePassingEvaluation
    minScore
    blockOnOpenDriftAlert
    version {
      id
      version
      createdAt
      createdBy
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePolicyQuery, ConsolePolicyQueryVariables>;
export const ConsoleAuditDocument = new TypedDocumentString(`
    query ConsoleAudit($output: ID!, $release: ID!, $to: DateTime) {
  verifyAuditTrail {
    ok
    checked
    headSeq
    firstBrokenSeq
    reason
  }
  ofOutput: auditEvents(target: $output, first: 50, to: $to) {
    edges {
      node {
        ...ConsoleAuditEventParts
      }
    }
  }
  ofRelease: auditEvents(target: $release, first: 50, to: $to) {
    edges {
      node {
        ...ConsoleAuditEventParts
      }
    }
  }
}
    fragment ConsoleAuditEventParts on AuditEvent {
  seq
  action
  actor
  at
  targets
  hash
  requestId
}`) as unknown as TypedDocumentString<ConsoleAuditQuery, ConsoleAuditQueryVariables>;
export const ConsoleRecommendationDocument = new TypedDocumentString(`
    query ConsoleRecommendation($useCase: ID!) {
  node(id: $useCase) {
    id
    ... on UseCase {
      redacted
      name
      description
    }
  }
  recommendations(useCase: $useCase, first: 1) {
    edges {
      node {
        id
        redacted
        createdAt
        createdBy
        result {
          ...StrategyParts
        }
        decisions(first: 20) {
          edges {
            node {
              id
              strategy
              followed
              justification
              createdAt
              createdBy
            }
          }
        }
      }
    }
  }
}
    fragment StrategyParts on StrategyRecommendation {
  asOf
  top
  confidence
  classification
  evidenceWithheld
  truncated
  reviewRequired
  reviewReasons
  missingEvidence
  ranking {
    rank
    strategy
    score
    contributions {
      factor
      level
      points
      evidence
      rules
    }
  }
  counterfactuals {
    strategy
    insteadOf
    statement
    distance
    changes {
      characteristic
      from
      to
    }
  }
  characteristics {
    name
    level
    value
    source
  }
  evidence {
    id
    kind
    summary
  }
  narrative {
    text
    source
    fallbackReason
    claims {
      text
      evidence
    }
  }
}`) as unknown as TypedDocumentString<ConsoleRecommendationQuery, ConsoleRecommendationQueryVariables>;
export const ConsoleWhatIfDocument = new TypedDocumentString(`
    query ConsoleWhatIf($useCase: ID, $profile: StrategyProfileInput!) {
  whatIfStrategy(useCase: $useCase, profile: $profile) {
    ...StrategyParts
  }
}
    fragment StrategyParts on StrategyRecommendation {
  asOf
  top
  confidence
  classification
  evidenceWithheld
  truncated
  reviewRequired
  reviewReasons
  missingEvidence
  ranking {
    rank
    strategy
    score
    contributions {
      factor
      level
      points
      evidence
      rules
    }
  }
  counterfactuals {
    strategy
    insteadOf
    statement
    distance
    changes {
      characteristic
      from
      to
    }
  }
  characteristics {
    name
    level
    value
    source
  }
  evidence {
    id
    kind
    summary
  }
  narrative {
    text
    source
    fallbackReason
    claims {
      text
      evidence
    }
  }
}`) as unknown as TypedDocumentString<ConsoleWhatIfQuery, ConsoleWhatIfQueryVariables>;
export const ConsoleDecideDocument = new TypedDocumentString(`
    mutation ConsoleDecide($input: RecordStrategyDecisionInput!) {
  recordStrategyDecision(input: $input) {
    id
    strategy
    followed
    justification
    createdAt
    createdBy
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecideMutation, ConsoleDecideMutationVariables>;
export const ConsoleSystemTimelineDocument = new TypedDocumentString(`
    query ConsoleSystemTimeline($system: ID!) {
  node(id: $system) {
    id
    ... on System {
      redacted
      name
      strategyDecisions(first: 40) {
        id
        redacted
        createdAt
        createdBy
        strategy
        recommended
        followed
        justification
        useCase {
          id
          name
        }
      }
    }
  }
  releases(system: $system, first: 40) {
    edges {
      node {
        id
        redacted
        version
        createdAt
        createdBy
        notes
        retractedAt
      }
    }
  }
  aliases(system: $system, first: 5) {
    edges {
      node {
        id
        environment
        history(first: 40) {
          edges {
            node {
              ...ConsoleAliasMoveParts
            }
          }
        }
      }
    }
  }
  driftAlerts(system: $system, first: 40) {
    edges {
      node {
        ...ConsoleDriftAlertParts
      }
    }
  }
}
    fragment ConsoleAliasMoveParts on AliasMove {
  id
  redacted
  seq
  createdAt
  createdBy
  moveKind
  reason
  flaggedForReview
  environment
  from {
    id
    version
  }
  to {
    id
    version
  }
}
fragment ConsoleDriftAlertParts on DriftAlert {
  id
  redacted
  createdAt
  reason
  open
  resolvedAt
  release {
    id
    version
  }
}`) as unknown as TypedDocumentString<ConsoleSystemTimelineQuery, ConsoleSystemTimelineQueryVariables>;
export const ConsoleReleaseRecordsDocument = new TypedDocumentString(`
    query ConsoleReleaseRecords($subject: ID!) {
  evaluationRuns(subject: $subject, first: 50) {
    edges {
      node {
        id
        redacted
        createdAt
        primaryMetric
        score
        threshold
        passed
        subjectId
      }
    }
  }
  approvals(subject: $subject, first: 50) {
    edges {
      node {
        id
        redacted
        createdAt
        approver
        decision
        environment
        justification
        subjectId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReleaseRecordsQuery, ConsoleReleaseRecordsQueryVariables>;
export const ConsoleMonitorChecksDocument = new TypedDocumentString(`
    query ConsoleMonitorChecks($system: ID!) {
  monitors(system: $system) {
    monitor {
      id
      redacted
      name
      environment
      signal
    }
    recentChecks {
      id
      redacted
      createdAt
      asOf
      outcome
      warning
      statistic
      threshold
      release {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMonitorChecksQuery, ConsoleMonitorChecksQueryVariables>;
export const ConsoleDiffDocument = new TypedDocumentString(`
    query ConsoleDiff($a: ID!, $b: ID!) {
  diff(a: $a, b: $b) {
    type
    sameContent
    pins {
      slot
      change
      before
      after
      artifact
    }
    changes {
      field
      before {
        ...DiffValueParts
      }
      after {
        ...DiffValueParts
      }
    }
  }
}
    fragment DiffValueParts on DiffValue {
  __typename
  ... on BooleanValue {
    boolean
  }
  ... on IdListValue {
    ids
  }
  ... on IdValue {
    id
  }
  ... on JsonValue {
    json
  }
  ... on NumberListValue {
    numbers
  }
  ... on NumberValue {
    number
  }
  ... on TextListValue {
    texts
  }
  ... on TextValue {
    text
  }
}`) as unknown as TypedDocumentString<ConsoleDiffQuery, ConsoleDiffQueryVariables>;
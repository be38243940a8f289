import type { ApprovalDecision } from '../approvals/decisions.js';
import type { MoveKind } from '../aliases/move-kinds.js';
import type { ModelKind, PromptKind, RetrievalChunkStrategy } from '../artifacts/kinds.js';
import type { ChunkStrategyName } from '../documents/chunking.js';
import type { DocumentKind } from '../documents/input.js';
import { isNodeType, type NodeType } from '../kinds.js';
import type { NarrativeSource } from '../explain/narrate.js';
import type { OutputKind } from '../invocations/output-kinds.js';
import type { RunState } from '../openlineage/event.js';
import type { Classification } from '../permissions/principal.js';
import type { OutputForm } from '../../llm/forms.js';
import type { MonitorCheckShape, MonitorShape } from '../monitors/shapes.js';
import type { NodeRow } from '../query-types.js';
import type { Strategy } from '../recommend/strategies.js';
import type { KpiDirection, ScoreDataType, ScoreSource } from '../signals/names.js';
import type { RunStatus } from '../runs/statuses.js';
import type { DataAvailability, DomainStability, KnowledgeFreshness, Level, Need } from '../usecases/factors.js';

/**
 * What each kind of node holds, in one place. Every property but `id` and `kind` is optional: a node
 * the principal is not cleared for keeps only those two (see permissions/redaction.ts), and older
 * nodes may predate a property. DateTimes are ISO-8601 strings (db/values.ts toPlain).
 */
type Iso = string;

/** What every recorded node carries. */
type Recorded<K extends NodeType> = {
  id: string;
  kind: K;
  /** Set on what a principal sees: true when only id and kind are shown. */
  redacted?: boolean;
  /** In a bill of materials: how the release pins it (model, prompt, retrieval); kept through redaction. */
  role?: string | null;
  classification?: Classification;
  createdAt?: Iso;
  createdBy?: string;
  createdInRequest?: string;
  retractedAt?: Iso | null;
  retractedBy?: string | null;
  retractReason?: string | null;
};

/** A named, versioned thing (dataset, prompt, model, retrieval config, document, system). */
type Named = { name?: string; description?: string; versionCount?: number };

/** An immutable, numbered version of `parent`. */
type Versioned = { parent?: string; version?: number; digest?: string; message?: string };

/** One shape per kind of kinds.ts, no more and no fewer: a kind added there fails the build until it has one here. */
type OnePerKind<T extends Record<NodeType, object> & Record<Exclude<keyof T, NodeType>, never>> = T;

type Shapes = OnePerKind<{
  Dataset: Named;
  DatasetVersion: Versioned & {
    uri?: string;
    schema?: string;
    rowCount?: number;
    labelQuality?: number;
    derivedFrom?: string[];
  };
  Prompt: Named;
  PromptVersion: Versioned & { template?: string; variables?: string[]; promptKind?: PromptKind };
  Model: Named;
  ModelVersion: Versioned & {
    provider?: string;
    modelKind?: ModelKind;
    baseVersion?: string;
    trainingRun?: string;
    uri?: string;
    parameters?: string;
  };
  RetrievalConfig: Named;
  RetrievalConfigVersion: Versioned & {
    index?: string;
    embeddingModel?: string;
    chunkStrategy?: RetrievalChunkStrategy;
    chunkSize?: number;
    chunkOverlap?: number;
    topK?: number;
    corpus?: string[];
    documents?: string[];
  };
  Document: Named;
  DocumentVersion: Versioned & {
    title?: string;
    text?: string;
    documentKind?: DocumentKind;
    sourceUri?: string;
    effectiveFrom?: Iso;
    chunkStrategy?: ChunkStrategyName;
    chunkMaxChars?: number;
    chunkOverlapChars?: number;
    chunkCount?: number;
    embeddingModel?: string;
    embeddingModelVersion?: string;
  };
  Chunk: {
    parent?: string;
    index?: number;
    text?: string;
    heading?: string;
    charStart?: number;
    charEnd?: number;
    textDigest?: string;
    embeddingModel?: string;
    embeddingModelVersion?: string;
    embeddedAt?: Iso;
  };
  System: Named;
  Release: Versioned & {
    notes?: string | null;
    modelVersion?: string;
    promptVersions?: string[];
    retrievalConfigVersion?: string | null;
  };
  Alias: { parent?: string; system?: string; environment?: string; releaseId?: string; moveCount?: number };
  AliasMove: {
    parent?: string;
    system?: string;
    seq?: number;
    moveKind?: MoveKind;
    environment?: string;
    fromRelease?: string | null;
    toRelease?: string;
    reason?: string;
    flagged?: boolean;
    awaitingReview?: boolean;
    reviewedAt?: Iso;
    reviewedBy?: string;
    reviewNote?: string;
    /** A rollback that executed a plan: the plan's id, and whether a policy executed it on an alert. */
    rollbackPlan?: string;
    automatic?: boolean;
  };
  TrainingRun: { status?: RunStatus; startedAt?: Iso; endedAt?: Iso; parameters?: string; notes?: string; computeCostUsd?: number };
  EvaluationRun: {
    /** The release or version evaluated. */
    parent?: string;
    metricNames?: string[];
    metricValues?: number[];
    primaryMetric?: string;
    score?: number;
    threshold?: number;
    passed?: boolean;
    startedAt?: Iso;
    notes?: string;
    computeCostUsd?: number;
  };
  Invocation: {
    /** The release invoked. */
    parent?: string;
    startedAt?: Iso;
    latencyMs?: number;
    costUsd?: number;
    inputDigest?: string;
    retrievedDocuments?: string[];
    inputTokens?: number;
    outputTokens?: number;
    /** Named features for drift: numeric names and values, categorical names and values, position by position. */
    numericFeatureNames?: string[];
    numericFeatureValues?: number[];
    categoricalFeatureNames?: string[];
    categoricalFeatureValues?: string[];
  };
  Output: {
    /** The release that produced it. */
    parent?: string;
    invocation?: string;
    outputKind?: OutputKind;
    contentDigest?: string;
    summary?: string;
    decision?: string;
    confidence?: number;
  };
  Person: { name?: string; email?: string };
  Team: { name?: string };
  ServiceAccount: { name?: string; description?: string };
  UseCase: {
    name?: string;
    description?: string;
    dataAvailability?: DataAvailability;
    labelQuality?: Level;
    domainStability?: DomainStability;
    knowledgeFreshness?: KnowledgeFreshness;
    traceabilityNeed?: Need;
    rollbackNeed?: Need;
    valueRoi?: Level;
    latencyBudgetMs?: number;
    costBudgetUsdPer1k?: number;
    labelledExamples?: number;
    labelAgreement?: number;
    groundedInDocuments?: boolean;
  };
  Approval: {
    parent?: string;
    subject?: string;
    environment?: string;
    decision?: ApprovalDecision;
    justification?: string;
    approver?: string;
  };
  Policy: { system?: string };
  PolicyVersion: {
    parent?: string;
    system?: string;
    version?: number;
    gatedEnvironments?: string[];
    requireApproval?: boolean;
    requirePassingEvaluation?: boolean;
    minScore?: number | null;
    blockOnOpenDriftAlert?: boolean;
    autoRollbackOnAlert?: boolean;
    reason?: string;
    supersededAt?: Iso | null;
  };
  DriftAlert: {
    parent?: string;
    system?: string;
    release?: string;
    reason?: string;
    open?: boolean;
    resolvedAt?: Iso;
    resolvedBy?: string;
    resolution?: string;
    /** The pinned version (prompt, model or adapter, retrieval config) the drift points at, when known. */
    component?: string;
    /** Set when a monitor opened it (monitors/alerts.ts); null for alerts a person opened. */
    monitor?: string;
  };
  RollbackPlan: {
    /** The alias rolled back. */
    parent?: string;
    system?: string;
    environment?: string;
    asOf?: Iso;
    currentRelease?: string;
    currentMove?: string;
    targetRelease?: string;
    evidence?: string[];
    failingComponents?: string[];
    rejected?: string[];
    automatic?: boolean;
    summary?: string;
  };
  ScoreConfig: {
    name?: string;
    dataType?: ScoreDataType;
    min?: number | null;
    max?: number | null;
    categories?: string[] | null;
    description?: string | null;
  };
  Score: {
    /** The output or invocation scored. */
    parent?: string;
    release?: string;
    name?: string;
    dataType?: ScoreDataType;
    /** NUMERIC: the value; BOOLEAN: 1 or 0. */
    value?: number | null;
    /** CATEGORICAL: the category; BOOLEAN: "true" or "false". */
    category?: string | null;
    source?: ScoreSource;
    comment?: string | null;
  };
  Kpi: { name?: string; unit?: string; direction?: KpiDirection; description?: string | null };
  KpiObservation: {
    /** The system observed. */
    parent?: string;
    release?: string | null;
    kpi?: string;
    value?: number;
    windowStart?: Iso;
    windowEnd?: Iso;
  };
  Monitor: MonitorShape;
  MonitorCheck: MonitorCheckShape;
  Recommendation: {
    /** The use case recommended for. */
    parent?: string;
    strategy?: Strategy;
    confidence?: number;
    reviewRequired?: boolean;
    whatIf?: boolean;
    asOf?: Iso;
    /** The reasoner's registered ModelVersion. */
    reasoner?: string;
    narrativeSource?: NarrativeSource;
    /** The whole RecommendationResult, in JSON. */
    result?: string;
  };
  ReasoningRun: {
    startedAt?: Iso;
    asOf?: Iso;
    reasoner?: string;
    reasonerDigest?: string;
    narratorModel?: string;
    narratorPrompt?: string;
    /** How the narrator model was asked for its JSON, when a model answered. */
    narratorOutputForm?: OutputForm;
  };
  StrategyDecision: {
    /** The use case decided for. */
    parent?: string;
    recommendation?: string;
    recommended?: Strategy;
    strategy?: Strategy;
    followed?: boolean;
    justification?: string;
  };
  LineageJob: { namespace?: string; name?: string; sql?: string; jobType?: string; integration?: string; facets?: string };
  LineageRun: {
    runId?: string;
    jobNamespace?: string;
    jobName?: string;
    state?: RunState;
    startedAt?: Iso;
    endedAt?: Iso;
    transitions?: string[];
    errorMessage?: string;
    facets?: string;
  };
  LineageEvent: { eventKind?: string; eventType?: string; eventTime?: Iso; producer?: string; body?: string };
  LineageDataset: { namespace?: string; name?: string; sourceUri?: string; versionCount?: number; facets?: string };
  LineageDatasetVersion: {
    parent?: string;
    namespace?: string;
    name?: string;
    version?: number;
    observed?: boolean;
    schemaFields?: string[];
    schemaTypes?: string[];
    facets?: string;
  };
  LineageColumn: { parent?: string; name?: string };
}>;

type Nodes = { [K in NodeType]: Recorded<K> & Shapes[K] };

/** A node of kind K as the domain hands it out. */
export type NodeOf<K extends NodeType> = Nodes[K];

/** Any node: a union discriminated by `kind`. */
export type StoredNode = Nodes[NodeType];

export const isNodeOf = <K extends NodeType>(kind: K, node: StoredNode): node is NodeOf<K> => node.kind === kind;

/**
 * The one place a stored row becomes a typed node. Nodes are written only through the domain's write
 * path, which validates every property against these shapes (zod schemas in each feature), so a row
 * whose kind is a known node type has that type's shape; the driver cannot check it, hence the cast.
 */
export function toNode(row: NodeRow): StoredNode {
  if (!isNodeType(row.kind)) throw new Error(`A stored node (${row.id}) has an unknown kind "${row.kind}".`);
  return row as StoredNode;
}

/** A row that must be a node of kind K (the query that read it says so): typed, or an error naming the mismatch. */
export function nodeOf<K extends NodeType>(kind: K, row: NodeRow): NodeOf<K> {
  const node = toNode(row);
  if (!isNodeOf(kind, node)) throw new Error(`Expected ${row.id} to be a ${kind}, found a ${row.kind}.`);
  return node;
}

/** What an idempotent registration returns: the node, and whether this call created it. */
export interface Registered<N> {
  node: N;
  created: boolean;
}

import type { ProvClass } from './prov/model.js';

/** How a kind maps onto W3C PROV: a class, or `plan` (an entity of prov:type prov:Plan: a recipe activities follow). */
export type ProvRole = ProvClass | 'plan';

interface KindSpec {
  /** Ids of this kind are `<prefix>:<key>`, or `<prefix>:<key>@<n>` when `versioned`. */
  prefix: string;
  /** A numbered version: its id ends in `@<n>`. At most one plain and one versioned kind share a prefix. */
  versioned?: true;
  prov: ProvRole;
  /** Ingested from OpenLineage producers: classified by their namespace and datasets (openlineage/classification.ts). */
  openLineage?: true;
}

/**
 * Every kind of node the graph holds, declared once: a node's `kind` property (and its Neo4j label)
 * is one of these keys. Ids (ids.ts), the node types (nodes/types.ts, checked at compile time) and
 * PROV export (prov/) derive from this table.
 */
export const KINDS = {
  Dataset: { prefix: 'dataset', prov: 'entity' },
  DatasetVersion: { prefix: 'dataset', versioned: true, prov: 'entity' },
  Prompt: { prefix: 'prompt', prov: 'entity' },
  PromptVersion: { prefix: 'prompt', versioned: true, prov: 'entity' },
  Model: { prefix: 'model', prov: 'entity' },
  ModelVersion: { prefix: 'model', versioned: true, prov: 'entity' },
  RetrievalConfig: { prefix: 'retrieval', prov: 'entity' },
  RetrievalConfigVersion: { prefix: 'retrieval', versioned: true, prov: 'entity' },
  Document: { prefix: 'document', prov: 'entity' },
  DocumentVersion: { prefix: 'document', versioned: true, prov: 'entity' },
  Chunk: { prefix: 'chunk', prov: 'entity' },
  System: { prefix: 'system', prov: 'entity' },
  // A release is numbered under its system's key: release:<system key>@<n>.
  Release: { prefix: 'release', versioned: true, prov: 'entity' },
  Alias: { prefix: 'alias', prov: 'entity' },
  AliasMove: { prefix: 'aliasmove', prov: 'activity' },
  TrainingRun: { prefix: 'training', prov: 'activity' },
  EvaluationRun: { prefix: 'evaluation', prov: 'activity' },
  Invocation: { prefix: 'invocation', prov: 'activity' },
  Output: { prefix: 'output', prov: 'entity' },
  Person: { prefix: 'person', prov: 'agent' },
  Team: { prefix: 'team', prov: 'agent' },
  ServiceAccount: { prefix: 'service', prov: 'agent' },
  UseCase: { prefix: 'usecase', prov: 'entity' },
  Approval: { prefix: 'approval', prov: 'activity' },
  Policy: { prefix: 'policy', prov: 'entity' },
  PolicyVersion: { prefix: 'policy', versioned: true, prov: 'entity' },
  DriftAlert: { prefix: 'drift', prov: 'entity' },
  // The rollback plan an executed rollback followed (src/domain/rollback-plan): a recipe, derived from its evidence.
  RollbackPlan: { prefix: 'rollbackplan', prov: 'plan' },
  // Monitoring signals: what a score must be, scores on outputs and invocations, KPIs and their observations.
  ScoreConfig: { prefix: 'scoreconfig', prov: 'entity' },
  Score: { prefix: 'score', prov: 'entity' },
  Kpi: { prefix: 'kpi', prov: 'entity' },
  KpiObservation: { prefix: 'kpiobs', prov: 'entity' },
  // Decision support: the reasoner's output, the run that produced it, and what a person decided.
  Recommendation: { prefix: 'recommendation', prov: 'entity' },
  ReasoningRun: { prefix: 'reasoning', prov: 'activity' },
  StrategyDecision: { prefix: 'decision', prov: 'activity' },
  // Ingested from OpenLineage producers (src/domain/openlineage/keys.ts builds their keys).
  LineageJob: { prefix: 'job', prov: 'plan', openLineage: true },
  LineageRun: { prefix: 'olrun', prov: 'activity', openLineage: true },
  LineageEvent: { prefix: 'olevent', prov: 'entity', openLineage: true },
  LineageDataset: { prefix: 'oldataset', prov: 'entity', openLineage: true },
  LineageDatasetVersion: { prefix: 'oldataset', versioned: true, prov: 'entity', openLineage: true },
  LineageColumn: { prefix: 'olcolumn', prov: 'entity', openLineage: true },
} as const satisfies Record<string, KindSpec>;

export type NodeType = keyof typeof KINDS;

/** Every kind, in the table's order. */
export const NODE_TYPES = Object.keys(KINDS) as NodeType[];

export const isNodeType = (kind: unknown): kind is NodeType => typeof kind === 'string' && Object.hasOwn(KINDS, kind);

/** The kinds whose PROV role is `role`. */
export const kindsWithProv = (role: ProvRole): NodeType[] => NODE_TYPES.filter((kind) => KINDS[kind].prov === role);

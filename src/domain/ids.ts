import { DomainError, invalid } from './errors.js';

/**
 * Business ids: `<prefix>:<key>` for things, `<prefix>:<key>@<n>` for versions, never Neo4j element ids.
 * Keys are lower-case slugs so ids stay readable in URLs, logs and audit reports.
 */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const ID_PATTERN = /^([a-z]+):([a-z0-9][a-z0-9._/-]{0,160})(?:@([1-9][0-9]{0,8}))?$/;

/** Every kind of node the graph holds; a node's `kind` property is one of these. */
export const NODE_TYPES = [
  'Dataset',
  'DatasetVersion',
  'Prompt',
  'PromptVersion',
  'Model',
  'ModelVersion',
  'RetrievalConfig',
  'RetrievalConfigVersion',
  'Document',
  'DocumentVersion',
  'Chunk',
  'System',
  'Release',
  'Alias',
  'AliasMove',
  'TrainingRun',
  'EvaluationRun',
  'Invocation',
  'Output',
  'Person',
  'Team',
  'ServiceAccount',
  'UseCase',
  'Approval',
  'Policy',
  'PolicyVersion',
  'DriftAlert',
  'Recommendation',
  'ReasoningRun',
  'StrategyDecision',
  'LineageJob',
  'LineageRun',
  'LineageEvent',
  'LineageDataset',
  'LineageDatasetVersion',
  'LineageColumn',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export const isNodeType = (kind: unknown): kind is NodeType => NODE_TYPES.some((t) => t === kind);

/** Prefix → [type without version, type with version]. */
const PREFIXES: Record<string, [NodeType | null, NodeType | null]> = {
  dataset: ['Dataset', 'DatasetVersion'],
  prompt: ['Prompt', 'PromptVersion'],
  model: ['Model', 'ModelVersion'],
  retrieval: ['RetrievalConfig', 'RetrievalConfigVersion'],
  document: ['Document', 'DocumentVersion'],
  chunk: ['Chunk', null],
  system: ['System', null],
  release: [null, 'Release'],
  alias: ['Alias', null],
  aliasmove: ['AliasMove', null],
  training: ['TrainingRun', null],
  evaluation: ['EvaluationRun', null],
  invocation: ['Invocation', null],
  output: ['Output', null],
  person: ['Person', null],
  team: ['Team', null],
  service: ['ServiceAccount', null],
  usecase: ['UseCase', null],
  approval: ['Approval', null],
  policy: ['Policy', 'PolicyVersion'],
  drift: ['DriftAlert', null],
  // Decision support: the reasoner's output, the run that produced it, and what a person decided.
  recommendation: ['Recommendation', null],
  reasoning: ['ReasoningRun', null],
  decision: ['StrategyDecision', null],
  // Ingested from OpenLineage producers (src/domain/openlineage/keys.ts builds their keys).
  job: ['LineageJob', null],
  olrun: ['LineageRun', null],
  olevent: ['LineageEvent', null],
  oldataset: ['LineageDataset', 'LineageDatasetVersion'],
  olcolumn: ['LineageColumn', null],
};

export const PREFIX_OF: Record<NodeType, string> = Object.fromEntries(
  Object.entries(PREFIXES).flatMap(([prefix, [plain, versioned]]) =>
    [plain, versioned].filter((t): t is NodeType => t !== null).map((t) => [t, prefix]),
  ),
) as Record<NodeType, string>;

export interface ParsedId {
  prefix: string;
  key: string;
  version?: number;
  type: NodeType;
}

export function parseId(id: string): ParsedId | null {
  if (typeof id !== 'string' || id.length > 200) return null;
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  const entry = PREFIXES[m[1]];
  if (!entry) return null;
  const version = m[3] === undefined ? undefined : Number(m[3]);
  const type = version === undefined ? entry[0] : entry[1];
  if (!type) return null;
  return { prefix: m[1], key: m[2], version, type };
}

/** Parses an id argument, failing with VALIDATION when it is malformed or of the wrong type. */
export function requireId(field: string, id: string, ...types: NodeType[]): ParsedId {
  const parsed = parseId(id);
  if (!parsed) {
    throw invalid(field, `"${truncate(id)}" is not a Provenant id (expected e.g. "dataset:claims@3" or "release:policy-qa@8").`);
  }
  if (types.length > 0 && !types.includes(parsed.type)) {
    throw invalid(field, `"${id}" is a ${parsed.type}; expected ${types.join(' or ')}.`);
  }
  return parsed;
}

/** The id of the `type` node with this key: `<prefix>:<key>`. The one place ids are put together. */
export const nodeId = (type: NodeType, key: string) => `${PREFIX_OF[type]}:${key}`;

/** The key part of an id that is known to be well formed (`claims` in `dataset:claims@3`). */
export const keyOf = (id: string): string => parseId(id)!.key;

/** A release id names its system by key (`release:<system key>@n`): VALIDATION unless `release` is one of `system`'s. */
export function requireReleaseOfSystem(field: string, release: string, system: string): void {
  if (parseId(release)?.key !== parseId(system)?.key) {
    throw new DomainError('VALIDATION', `${field}: ${release} is not a release of ${system}.`, { field });
  }
}

function truncate(s: unknown): string {
  const text = String(s);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

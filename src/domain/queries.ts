import type { DateTime, Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../db/named-query.js';
import type { BucketDelta } from './impact/counts.js';
import type { MoveKind } from './aliases/move-kinds.js';
import type { AuditEvent } from './audit/query.js';
import type { ApiKeyRecord } from './api-keys/service.js';
import type { InvocationTuple } from './invocations/service.js';
import type { LineageEdgeTuple, LineageNodeTuple } from './lineage/service.js';
import type { ClassificationHead, ClassificationScope } from './openlineage/classification.js';
import type { ColumnEdge, ColumnNode } from './openlineage/columns.js';
import type { EvidenceRow } from './recommend/evidence-rows.js';

/**
 * Every named query the domain runs, one per file under cypher/queries, with its parameters and the
 * row its RETURN clause yields. Call sites pass an entry (`tx.one(cypher.aliasLock, {...})`), so a
 * misspelt name or a missing parameter fails the type check, and "find references" on an entry shows
 * every caller. A unit test keeps these entries and the files one to one.
 */

/** A DateTime parameter (values.ts dateTimeParam). */
type At = DateTime<number>;
/** A nullable DateTime parameter. */
type AtOrNull = At | null;
/** A stored node's properties (a node row, as returned by `RETURN n`): every node has an id and a kind. */
export type NodeRow = Row & { id: string; kind: string };
/** A DateTime as read back: an ISO-8601 string (values.ts toPlain). */
type Iso = string;

/** Relationship links as createLinks sends them. */
interface LinkParam {
  type: string;
  from: string;
  to: string;
  role: string | null;
}

export const cypher = {
  // Nodes
  nodesGet: defineQuery<{ ids: string[] }, { n: NodeRow }>('nodes-get'),
  nodesKinds: defineQuery<{ ids: string[] }, { id: string; kind: string | null; retractedAt: Iso | null; createdAt: Iso | null }>(
    'nodes-kinds',
  ),
  nodesList: defineQuery<
    {
      kind: string;
      parent: string | null;
      createdAfter: AtOrNull;
      createdBefore: AtOrNull;
      includeRetracted: boolean;
      filters: Array<{ property: string; value: unknown }>;
      cursorAt: AtOrNull;
      cursorId: string | null;
      limit: Integer;
    },
    { n: NodeRow }
  >('nodes-list'),
  namedNodeMerge: defineQuery<
    { id: string; label: string; props: Row; at: At; actor: string; requestId: string },
    { n: NodeRow; created: boolean }
  >('named-node-merge'),
  nodeRetract: defineQuery<{ id: string; at: At; actor: string; reason: string }, { n: NodeRow }>('node-retract'),
  linksCreate: defineQuery<{ links: LinkParam[]; at: At }, { created: number }>('links-create'),
  search: defineQuery<{ text: string; limit: Integer }, { n: NodeRow; score: number }>('search'),
  graphHasNodes: defineQuery<Record<string, never>, { id: string }>('graph-has-nodes'),

  // Versioned artifacts and releases
  artifactLock: defineQuery<{ id: string; kind: string }, { count: number }>('artifact-lock'),
  versionByDigest: defineQuery<{ parent: string; digest: string }, { v: NodeRow }>('version-by-digest'),
  versionCreate: defineQuery<
    { parent: string; idBase: string; label: string; props: Row; digest: string; at: At; actor: string },
    { v: NodeRow }
  >('version-create'),

  // Policy documents: chunks, their vectors and retrieval
  chunksCreate: defineQuery<
    { version: string; at: At; actor: string; chunks: Array<{ id: string; embedding: number[]; props: Row }> },
    Row
  >('chunks-create'),
  chunkVectorReuse: defineQuery<{ digests: string[]; modelKey: string }, { digest: string; embedding: number[] | null }>(
    'chunk-vector-reuse',
  ),
  chunkVectorIndex: defineQuery<Record<string, never>, { dimensions: number | null; state: string }>('chunk-vector-index'),
  chunkVectorIndexCreate: defineQuery<{ dimensions: Integer }, Row>('chunk-vector-index-create'),
  chunkVectorIndexAwait: defineQuery<Record<string, never>, Row>('chunk-vector-index-await'),
  chunkVectorIndexDrop: defineQuery<Record<string, never>, Row>('chunk-vector-index-drop'),
  chunksForeignModel: defineQuery<{ modelKey: string }, { modelKey: string; chunks: number }>('chunks-foreign-model'),
  chunksReembedBatch: defineQuery<{ modelKey: string; limit: Integer }, { id: string; text: string; previous: string | null }>(
    'chunks-reembed-batch',
  ),
  chunksReembedSet: defineQuery<
    { rows: Array<{ id: string; embedding: number[] }>; model: string; modelVersion: string; modelKey: string; at: At },
    Row
  >('chunks-reembed-set'),
  passagesRetrieve: defineQuery<
    {
      text: string | null;
      vector: number[] | null;
      modelKey: string;
      asOf: AtOrNull;
      versions: string[] | null;
      documents: string[] | null;
      visible: string[];
      candidates: Integer;
      exactMax: Integer;
      limit: Integer;
    },
    {
      text: Array<{ score: number; chunk: Row }>;
      vector: Array<{ score: number; chunk: Row }>;
      textWindowFull: boolean;
      vectorWindowFull: boolean;
      versionsInScope: number;
      foreign: Array<{ modelKey: string; chunks: number }>;
    }
  >('passages-retrieve'),

  // Aliases
  aliasLock: defineQuery<
    { id: string; system: string; environment: string; at: At; actor: string },
    { current: string | null; moves: number }
  >('alias-lock'),
  aliasMove: defineQuery<
    {
      alias: string;
      release: string;
      from: string | null;
      moveKind: MoveKind;
      reason: string;
      flagged: boolean;
      moveIdBase: string;
      at: At;
      actor: string;
    },
    { m: NodeRow }
  >('alias-move'),
  aliasRollbackTarget: defineQuery<{ alias: string; current: string; to: string | null }, { target: string | null; toServed: boolean }>(
    'alias-rollback-target',
  ),
  aliasReview: defineQuery<{ id: string; at: At; actor: string; note: string }, { m: NodeRow }>('alias-review'),
  aliasAt: defineQuery<{ alias: string; at: At }, { release: string; since: Iso; until: Iso | null; move: string }>('alias-at'),

  // Policies and drift
  policyCurrent: defineQuery<{ policy: string; at: AtOrNull }, { v: NodeRow }>('policy-current'),
  policySupersede: defineQuery<{ policy: string; current: string; at: At }, { superseded: number }>('policy-supersede'),
  promotionFacts: defineQuery<
    { system: string; environment: string; release: string },
    {
      author: string | null;
      approvals: Array<{ id: string; decision: string; approver: string | null; createdAt: Iso; retractedAt: Iso | null }>;
      evaluations: Array<{
        id: string;
        score: number | null;
        threshold: number | null;
        passed: boolean | null;
        createdAt: Iso;
        retractedAt: Iso | null;
      }>;
      openDriftAlerts: Array<{ id: string; release: string | null; reason: string | null; createdAt: Iso; createdBy: string }>;
    }
  >('promotion-facts'),
  driftResolve: defineQuery<{ id: string; at: At; actor: string; reason: string }, { d: NodeRow }>('drift-resolve'),

  // Invocations
  invocationsLock: defineQuery<{ releases: string[]; ids: string[] }, { id: string; digest: string | null }>('invocations-lock'),
  invocationsCreate: defineQuery<
    { releases: string[]; rows: InvocationTuple[]; actor: string; buckets: BucketDelta[] },
    { outputs: number }
  >('invocations-create'),

  // Lineage, impact, provenance, PROV
  lineage: defineQuery<
    { id: string; direction: string; depth: Integer; limit: Integer; slice: Integer; asOf: AtOrNull },
    { startId: string; startCreatedAt: Iso; visited: number; nodes: LineageNodeTuple[]; edges: LineageEdgeTuple[] }
  >('lineage'),
  impact: defineQuery<
    {
      id: string;
      asOf: AtOrNull;
      until: At;
      topWidth: Integer;
      ranges: Array<{ width: Integer; from: Integer; to: Integer }>;
      restFrom: AtOrNull;
      releaseUsers: readonly string[];
      depth: Integer;
      limit: Integer;
      sample: Integer;
    },
    {
      startId: string;
      startCreatedAt: Iso;
      capped: boolean;
      groups: Array<{ kind: string; total: number; decisions: number; sample: NodeRow[] }>;
    }
  >('impact'),
  provenance: defineQuery<
    { id: string; view: At; maxChain: Integer },
    {
      output: NodeRow;
      invocation: NodeRow;
      release: NodeRow;
      pinned: NodeRow[];
      modelChain: Array<NodeRow & { trainingRuns: Array<NodeRow & { used: NodeRow[] }> }>;
      truncated: boolean;
      servedBy: Array<{ id: string; system: string; environment: string; since: Iso; until: Iso | null }>;
      approvals: NodeRow[];
      evaluations: NodeRow[];
    }
  >('provenance'),
  provDetails: defineQuery<
    { ids: string[]; asOf: AtOrNull },
    {
      times: Array<{ id: string; startedAt: Iso; endedAt: Iso | null }>;
      agents: Row[];
      links: Array<{ from: string; to: string; type: string; since: Iso | null }>;
    }
  >('prov-details'),

  // Audit trail
  auditHead: defineQuery<{ genesis: string }, { seq: number; hash: string }>('audit-head'),
  auditHeadLock: defineQuery<{ genesis: string }, { seq: number; hash: string }>('audit-head-lock'),
  /** An event as query.ts reads it back, with its sequence number and time as the database stores them. */
  auditAppend: defineQuery<Omit<AuditEvent, 'seq' | 'at'> & { seq: Integer; at: At }, Row>('audit-append'),
  auditEvents: defineQuery<
    {
      target: string | null;
      actor: string | null;
      action: string | null;
      from: AtOrNull;
      to: AtOrNull;
      before: Integer | null;
      limit: Integer;
    },
    { e: AuditEvent }
  >('audit-events'),
  auditRange: defineQuery<{ after: Integer; upTo: Integer; limit: Integer }, { e: AuditEvent }>('audit-range'),

  // API keys
  apikeyCreate: defineQuery<
    { id: string; hash: string; principal: string; roles: string[]; clearance: string; description: string | null; at: At; actor: string },
    { k: ApiKeyRecord }
  >('apikey-create'),
  apikeyBootstrapLock: defineQuery<Record<string, never>, { keys: number }>('apikey-bootstrap-lock'),
  apikeyRevoke: defineQuery<{ id: string; at: At; actor: string }, { wasRevokedAt: Iso | null; k: ApiKeyRecord }>('apikey-revoke'),
  apikeyList: defineQuery<
    { includeRevoked: boolean; principal: string | null; cursorAt: AtOrNull; cursorId: string | null; limit: Integer },
    { k: ApiKeyRecord }
  >('apikey-list'),
  apikeyGet: defineQuery<
    { id: string },
    { k: { id: string; hash: string; principal: string; roles: string[]; clearance: string; revokedAt: Iso | null } | null }
  >('apikey-get'),

  // OpenLineage
  olEventRecord: defineQuery<
    {
      events: Array<{
        id: string;
        eventKind: string;
        eventType: string | null;
        eventTime: At;
        producer: string;
        schemaURL: string;
        run: string | null;
        /** The run, job or dataset the event describes: it takes that node's classification. */
        subject: string;
        body: string;
      }>;
      at: At;
      actor: string;
      requestId: string;
    },
    { id: string; created: boolean }
  >('ol-event-record'),
  olFacetsSet: defineQuery<{ rows: Array<{ id: string; props: Row }> }, { updated: number }>('ol-facets-set'),
  olDatasetsMerge: defineQuery<
    { datasets: Array<{ id: string; namespace: string; name: string; searchText: string }>; at: At; actor: string },
    { id: string; facetsView: string | null }
  >('ol-datasets-merge'),
  olJobsMerge: defineQuery<
    {
      jobs: Array<{ id: string; namespace: string; name: string; inputs: string[]; outputs: string[]; searchText: string }>;
      at: At;
      actor: string;
    },
    { id: string; facetsView: string | null }
  >('ol-jobs-merge'),
  olRunLock: defineQuery<
    { runs: Array<{ id: string; runId: string; events: number }>; at: At; actor: string },
    { id: string; view: string | null }
  >('ol-run-lock'),
  olRunApply: defineQuery<
    {
      runs: Array<{ id: string; job: string; parent: { id: string; runId: string; job: string; searchText: string } | null; props: Row }>;
      at: At;
      actor: string;
    },
    { applied: number }
  >('ol-run-apply'),
  olInputsLink: defineQuery<
    { runs: Array<{ id: string; inputs: string[] }>; at: At; actor: string },
    { run: string; dataset: string; version: string }
  >('ol-inputs-link'),
  olOutputsLink: defineQuery<
    { runs: Array<{ id: string; outputs: Row[]; completed: boolean; endedAt: AtOrNull }>; at: At; actor: string },
    { run: string; dataset: string; version: string }
  >('ol-outputs-link'),
  olColumnsLink: defineQuery<{ columns: Row[]; at: At; actor: string }, { links: number }>('ol-columns-link'),
  olColumnLineage: defineQuery<
    { version: string; id: string; relationshipFilter: string; depth: Integer; limit: Integer; asOf: AtOrNull },
    {
      versionExists: boolean;
      versionClassification: string | null;
      startCreatedAt: Iso | null;
      visited: number;
      columns: Array<ColumnNode & { kind: string; classification: string | null }>;
      edges: ColumnEdge[];
    }
  >('ol-column-lineage'),
  olLatestVersion: defineQuery<{ dataset: string; version: Integer | null }, { id: string }>('ol-latest-version'),
  olBind: defineQuery<{ datasetVersion: string; openLineageVersion: string; at: At }, { created: boolean }>('ol-bind'),
  olClassificationScope: defineQuery<
    { datasets: string[]; runs: string[]; jobs: string[]; namespace: string | null; full: boolean },
    ClassificationScope
  >('ol-classification-scope'),
  olClassificationSet: defineQuery<{ heads: ClassificationHead[]; discover: boolean }, { written: number }>('ol-classification-set'),
  olNamespaceClassify: defineQuery<
    { id: string; namespace: string; classification: string; at: At; actor: string },
    { previous: string | null }
  >('ol-namespace-classify'),
  olDatasetClassify: defineQuery<{ id: string; declared: string | null; bound: string | null }, { previous: string | null }>(
    'ol-dataset-classify',
  ),

  // Strategy recommendations
  recommendEvidence: defineQuery<
    {
      useCase: string;
      view: At;
      freshFrom: At;
      systems: Integer;
      releases: Integer;
      evaluations: Integer;
      events: Integer;
      decisions: Integer;
    },
    EvidenceRow
  >('recommend-evidence'),
};

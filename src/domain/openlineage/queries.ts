import type { Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../../db/named-query.js';
import type { At, AtOrNull, InOneMap, Iso } from '../query-types.js';
import type { ClassificationHead, ClassificationScope, Stored, StoredRun } from './classification-types.js';
import type { ColumnEdge, ColumnNode } from './column-graph.js';
import type { StoredFacets } from './stored-facets.js';

/** The datasets and jobs a request names, locked and merged: their facets so far and what classifying them needs. */
export interface SharedMerged {
  datasets: Array<StoredFacets & Stored & { namespace: string; declared: string | null; bound: string | null }>;
  jobs: Array<StoredFacets & Stored & { namespace: string; declares: Array<[string, string | null]> }>;
  namespaces: Array<{ namespace: string; classification: string }>;
}

/** The ingest statements take their parameters in one map (InOneMap): one plan serves single events and batches of any size. */
type Batched<P> = InOneMap<'batch', P>;

/** Ingesting OpenLineage events, binding their datasets, and column-level lineage. */
export const openLineageQueries = {
  eventRecord: defineQuery<
    Batched<{
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
    }>,
    { id: string; created: boolean }
  >('ol-event-record'),
  sharedMerge: defineQuery<
    Batched<{
      ids: string[];
      datasets: Array<{ id: string; namespace: string; name: string; searchText: string }>;
      jobs: Array<{ id: string; namespace: string; name: string; inputs: string[]; outputs: string[]; searchText: string }>;
      namespaces: string[];
      at: At;
      actor: string;
    }>,
    SharedMerged & { locked: number }
  >('ol-shared-merge'),
  facetsSet: defineQuery<Batched<{ rows: Array<{ id: string; props: Row }> }>, { updated: number }>('ol-facets-set'),
  runLock: defineQuery<
    Batched<{ runs: Array<{ id: string; runId: string; events: number }>; at: At; actor: string }>,
    StoredRun & { view: string | null }
  >('ol-run-lock'),
  runsClassification: defineQuery<Batched<{ ids: string[] }>, StoredRun & { namespaceClassification: string | null }>(
    'ol-runs-classification',
  ),
  runStore: defineQuery<Batched<{ runs: Array<{ id: string; props: Row }> }>, { stored: number }>('ol-run-store'),
  runApply: defineQuery<
    Batched<{
      runs: Array<{ id: string; job: string; parent: { id: string; runId: string; job: string; searchText: string } | null }>;
      at: At;
      actor: string;
    }>,
    { applied: number }
  >('ol-run-apply'),
  inputsLink: defineQuery<
    Batched<{ runs: Array<{ id: string; inputs: string[] }>; at: At; actor: string }>,
    { run: string; dataset: string; version: string }
  >('ol-inputs-link'),
  outputsLink: defineQuery<
    Batched<{ runs: Array<{ id: string; outputs: Row[]; completed: boolean; endedAt: AtOrNull }>; at: At; actor: string }>,
    { run: string; dataset: string; version: string }
  >('ol-outputs-link'),
  columnsLink: defineQuery<Batched<{ columns: Row[]; at: At; actor: string }>, { links: number }>('ol-columns-link'),
  columnLineage: defineQuery<
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
  latestVersion: defineQuery<{ dataset: string; version: Integer | null }, { id: string }>('ol-latest-version'),
  bind: defineQuery<{ datasetVersion: string; openLineageVersion: string; at: At }, { created: boolean }>('ol-bind'),
  classificationScope: defineQuery<
    { datasets: string[]; runs: string[]; jobs: string[]; namespace: string | null; full: boolean },
    ClassificationScope
  >('ol-classification-scope'),
  classificationSet: defineQuery<{ heads: ClassificationHead[]; discover: boolean }, { written: number }>('ol-classification-set'),
  classificationWrite: defineQuery<
    Batched<{ levels: Array<Omit<ClassificationHead, 'id' | 'members'> & { ids: string[] }> }>,
    { written: number }
  >('ol-classification-write'),
  namespaceClassify: defineQuery<
    { id: string; namespace: string; classification: string; at: At; actor: string },
    { previous: string | null }
  >('ol-namespace-classify'),
  datasetClassify: defineQuery<{ id: string; declared: string | null; bound: string | null }, { previous: string | null }>(
    'ol-dataset-classify',
  ),
};

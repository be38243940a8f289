import type { Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../../db/named-query.js';
import type { At, AtOrNull, Iso } from '../query-types.js';
import type { ColumnEdge, ColumnNode } from './column-graph.js';

/** Ingesting OpenLineage events, binding their datasets, and column-level lineage. */
export const openLineageQueries = {
  eventRecord: defineQuery<
    {
      id: string;
      eventKind: string;
      eventType: string | null;
      eventTime: At;
      producer: string;
      schemaURL: string;
      run: string | null;
      body: string;
      at: At;
      actor: string;
      requestId: string;
    },
    { created: boolean }
  >('ol-event-record'),
  facetsSet: defineQuery<{ rows: Array<{ id: string; props: Row }> }, { updated: number }>('ol-facets-set'),
  datasetsMerge: defineQuery<
    { datasets: Array<{ id: string; namespace: string; name: string }>; at: At; actor: string },
    { id: string; facetsView: string | null }
  >('ol-datasets-merge'),
  jobsMerge: defineQuery<
    { jobs: Array<{ id: string; namespace: string; name: string; inputs: string[]; outputs: string[] }>; at: At; actor: string },
    { id: string; facetsView: string | null }
  >('ol-jobs-merge'),
  runLock: defineQuery<{ id: string; runId: string; at: At; actor: string }, { view: string | null }>('ol-run-lock'),
  runApply: defineQuery<
    { id: string; job: string; parent: { id: string; runId: string; job: string } | null; props: Row; at: At; actor: string },
    { id: string }
  >('ol-run-apply'),
  inputsLink: defineQuery<{ run: string; inputs: string[]; at: At; actor: string }, { dataset: string; version: string }>('ol-inputs-link'),
  outputsLink: defineQuery<
    { run: string; outputs: Row[]; completed: boolean; endedAt: AtOrNull; at: At; actor: string },
    { dataset: string; version: string | null }
  >('ol-outputs-link'),
  columnsLink: defineQuery<{ columns: Row[]; run: string; at: At; actor: string }, { links: number }>('ol-columns-link'),
  columnLineage: defineQuery<
    { id: string; relationshipFilter: string; depth: Integer; limit: Integer; asOf: AtOrNull },
    { startCreatedAt: Iso; visited: number; columns: ColumnNode[]; edges: ColumnEdge[] }
  >('ol-column-lineage'),
  latestVersion: defineQuery<{ dataset: string; version: Integer | null }, { id: string }>('ol-latest-version'),
  bind: defineQuery<{ datasetVersion: string; openLineageVersion: string; at: At }, { created: boolean }>('ol-bind'),
};

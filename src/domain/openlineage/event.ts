/** The parts of an OpenLineage event Provenant reads (after schema validation, so these shapes hold). */
export type Facets = Record<string, unknown>;

export interface OlDataset {
  namespace: string;
  name: string;
  facets?: Facets;
  inputFacets?: Facets;
  outputFacets?: Facets;
}

export interface OlJob {
  namespace: string;
  name: string;
  facets?: Facets;
}

/** OpenLineage run event types, and the state a run is in. */
export const RUN_STATES = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'] as const;
export type RunState = (typeof RUN_STATES)[number];

export interface RunEvent {
  eventType?: RunState;
  eventTime: string;
  producer: string;
  schemaURL: string;
  run: { runId: string; facets?: Facets };
  job: OlJob;
  inputs?: OlDataset[];
  outputs?: OlDataset[];
}

export interface JobEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
  job: OlJob;
  inputs?: OlDataset[];
  outputs?: OlDataset[];
}

export interface DatasetEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
  dataset: OlDataset;
}

export type OlEvent =
  { kind: 'RunEvent'; event: RunEvent } | { kind: 'JobEvent'; event: JobEvent } | { kind: 'DatasetEvent'; event: DatasetEvent };

import type { Classification } from '../permissions/principal.js';
import type { At } from '../query-types.js';

// The classification queries' row and parameter types, in a leaf file so that the query table imports no service.

/** Stored on every OpenLineage node: its level, and (once lowered) the strictest it held and when it was last lowered. */
export interface Stored {
  id: string;
  classification: string | null;
  classificationHeld: string | null;
  classificationLoweredAt: string | null;
}

export interface ClassificationScope {
  datasets: Array<Stored & { namespace: string; declared: string | null; bound: string | null }>;
  runs: Array<Stored & { namespace: string | null; datasets: string[] }>;
  jobs: Array<Stored & { namespace: string; datasets: string[]; runs: string[] }>;
  /** The stored level of every dataset and run the above name. */
  known: Array<[string, string | null]>;
  namespaces: Array<{ namespace: string; classification: string }>;
}

/** A run as an ingest reads it for classifying: its stored level, its jobs (the first one's namespace) and the datasets it read or wrote, with their levels. */
export interface StoredRun extends Stored {
  jobs: string[];
  namespace: string | null;
  datasets: Array<[string, string | null]>;
}

/** What ol-classification-set writes on a head and its members. */
export interface ClassificationHead {
  id: string;
  classification: Classification;
  held: Classification | null;
  loweredAt: At | null;
  members: string[];
}

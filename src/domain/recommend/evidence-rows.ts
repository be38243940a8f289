import type { NodeRow } from '../query-types.js';

/** What recommend-evidence.cypher returns (one row), as typed rows. */
export interface PinRow {
  id: string;
  kind: string;
  role: string | null;
  modelKind: string | null;
}

export interface DatasetRow {
  id: string;
  rowCount: number | null;
  labelQuality: number | null;
  classification: string | null;
  run: string;
}

export interface CorpusRow {
  id: string;
  kind: string;
  rowCount: number | null;
  classification: string | null;
  /** Versions of the same dataset or document created within the freshness window before the view (each with its classification). */
  recent: Array<{ classification: string | null }>;
}

export interface EvaluationRow {
  id: string;
  score: number | null;
  threshold: number | null;
  passed: boolean | null;
  primaryMetric: string | null;
}

export interface ReleaseRow {
  id: string;
  version: number;
  pins: PinRow[];
  trainingData: DatasetRow[];
  corpus: CorpusRow[];
  evaluations: EvaluationRow[];
}

/** A role and model kind of a release's pin: enough to tell its strategy. */
export type PinKind = Pick<PinRow, 'role' | 'modelKind'>;

export interface SystemRow {
  id: string;
  /** Newest first. */
  releases: ReleaseRow[];
  rollbacks: Array<{ id: string; fromRelease: string | null; environment: string | null; fromPins: PinKind[] }>;
  drift: Array<{ id: string; release: string | null; releasePins: PinKind[] }>;
}

export interface DecisionRow {
  id: string;
  /** The classification of the recommendation it was taken on (permissions/derived-answers.ts). */
  classification: string | null;
  strategy: string;
  followed: boolean | null;
  recommendation: string | null;
  useCase: NodeRow;
  /** Evaluations with a threshold on the decided use case's releases after the decision. */
  evaluated: Array<{ id: string; passed: boolean }>;
  /** Rollbacks and drift alerts on its systems after the decision. */
  setbacks: string[];
}

export interface EvidenceRow {
  useCase: NodeRow;
  systems: SystemRow[];
  /** This use case's decisions first, newest first; then other use cases'. */
  decisions: DecisionRow[];
}

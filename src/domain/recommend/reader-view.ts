import type { ReaderView } from '../permissions/derived-answers.js';
import type { EvidenceRow } from './evidence-rows.js';

/**
 * The graph's evidence about a use case as one reader may use it (permissions/derived-answers.ts):
 * training data, retrieval corpora (and the versions counted as their recent ones) and strategy
 * decisions above the reader's clearance are left out, so every score, level, reason, counterfactual
 * and narrative computed from the row is the same whatever those nodes hold. `view` notes that
 * something was left out, and the highest classification of what was kept.
 */
export function evidenceForReader(view: ReaderView, row: EvidenceRow): EvidenceRow {
  return {
    useCase: row.useCase,
    systems: row.systems.map((s) => ({
      ...s,
      releases: s.releases.map((r) => ({
        ...r,
        trainingData: view.keep(r.trainingData),
        corpus: view.keep(r.corpus).map((c) => ({ ...c, recent: view.keep(c.recent) })),
      })),
    })),
    decisions: view.keep(row.decisions),
  };
}

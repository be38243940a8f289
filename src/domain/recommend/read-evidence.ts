import { dateTimeParam, intParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { recommendQueries } from './queries.js';
import type { EvidenceRow } from './evidence-rows.js';
import { EVIDENCE_BOUNDS, GRAPH_LIMITS } from './rules.js';

const DAY_MS = 86_400_000;

/**
 * The graph's evidence about a use case as it stood at `view`, every node with its classification
 * (reader-view.ts keeps what the reader may see), and which bounds cut it short.
 */
export async function readEvidence(
  ctx: DomainContext,
  useCase: string,
  view: Date,
  asOf: Date | null,
): Promise<{ row: EvidenceRow; boundsHit: string[] }> {
  const b = EVIDENCE_BOUNDS;
  const rows = await ctx.db.readQuery(recommendQueries.evidence, {
    useCase,
    view: dateTimeParam(view),
    freshFrom: dateTimeParam(new Date(view.getTime() - GRAPH_LIMITS.FRESHNESS_WINDOW_DAYS * DAY_MS)),
    // One more than each bound, to tell "exactly the bound" from "more".
    systems: intParam(b.systems + 1),
    releases: intParam(b.releasesPerSystem + 1),
    evaluations: intParam(b.evaluationsPerRelease + 1),
    events: intParam(b.eventsPerSystem + 1),
    decisions: intParam(b.decisions + 1),
  });
  const row = rows[0];
  if (!row) {
    throw asOf
      ? new DomainError('NOT_FOUND', `useCase: ${useCase} did not exist at ${asOf.toISOString()}.`, { id: useCase })
      : notFound(useCase, 'UseCase');
  }
  const hit = new Set<string>();
  const cut = <T>(list: T[], bound: number, name: string): T[] => {
    if (list.length > bound) hit.add(name);
    return list.slice(0, bound);
  };
  const systems = cut(row.systems, b.systems, 'systems').map((s) => ({
    ...s,
    releases: cut(s.releases, b.releasesPerSystem, 'releasesPerSystem').map((r) => ({
      ...r,
      trainingData: cut(r.trainingData, b.releasesPerSystem, 'releasesPerSystem'),
      corpus: cut(r.corpus, b.releasesPerSystem, 'releasesPerSystem').map((c) => ({
        ...c,
        recent: cut(c.recent, b.eventsPerSystem, 'eventsPerSystem'),
      })),
      evaluations: cut(r.evaluations, b.evaluationsPerRelease, 'evaluationsPerRelease'),
    })),
    rollbacks: cut(s.rollbacks, b.eventsPerSystem, 'eventsPerSystem'),
    drift: cut(s.drift, b.eventsPerSystem, 'eventsPerSystem'),
  }));
  const decisions = cut(row.decisions, b.decisions, 'decisions').map((d) => ({
    ...d,
    evaluated: cut(d.evaluated, b.evaluationsPerRelease, 'evaluationsPerRelease'),
    setbacks: cut(d.setbacks, b.eventsPerSystem, 'eventsPerSystem'),
  }));
  return { row: { useCase: row.useCase, systems, decisions }, boundsHit: [...hit].sort() };
}

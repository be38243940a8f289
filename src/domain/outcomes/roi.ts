import { SIGNALS } from '../signals/names.js';
import type { Totals } from './compare.js';
import { DAY_MS } from './limits.js';
import type { BuildRunRow } from './queries.js';
import type { ServiceSide } from './sides.js';

export interface BuildCost {
  /** Summed computeCostUsd of the build runs (a run without a cost counts 0 and is still listed). */
  totalUsd: number;
  runs: BuildRunRow[];
  /** Amortised over the release's time in service: per day served, and per 1,000 invocations served. */
  perDayUsd: number | null;
  per1kInvocationsUsd: number | null;
}

export function buildCost(runs: BuildRunRow[], side: ServiceSide | null, invocations: number): BuildCost {
  const totalUsd = runs.reduce((s, r) => s + (r.costUsd ?? 0), 0);
  return {
    totalUsd,
    runs,
    perDayUsd: side && side.serviceDays > 0 ? totalUsd / side.serviceDays : null,
    per1kInvocationsUsd: invocations > 0 ? (totalUsd / invocations) * 1000 : null,
  };
}

/** Null values carry the reason they could not be computed. */
export interface CostPerSuccess {
  score: string | null;
  successRate: number | null;
  usd: number | null;
  reason: string | null;
}

/**
 * Cost per successful outcome: "successful" is a named BOOLEAN score being true. The rate is measured
 * on the scored outputs; the expected successes are invocations × rate; the cost is what serving cost
 * (invocations' costUsd) plus the whole build cost.
 */
export function costPerSuccess(totals: Totals, score: string | null, build: number): CostPerSuccess {
  const none = (reason: string): CostPerSuccess => ({ score, successRate: null, usd: null, reason });
  if (!score) return none('No success score was named (successScore: a BOOLEAN score).');
  const t = totals.get(SIGNALS.score(score));
  if (!t || t.n === 0) return none(`The release has no "${score}" scores in service.`);
  if (t.type !== 'BOOLEAN') return none(`"${score}" is a ${t.type} score; success is a BOOLEAN score being true.`);
  const rate = (t.categories.get('true') ?? 0) / t.n;
  const invocations = totals.get(SIGNALS.invocations)?.n ?? 0;
  if (rate === 0 || invocations === 0) return { score, successRate: rate, usd: null, reason: 'No successes to divide by.' };
  const serving = totals.get(SIGNALS.costUsd)?.sum ?? 0;
  return { score, successRate: rate, usd: (serving + build) / (invocations * rate), reason: null };
}

export interface Payback {
  kpi: string | null;
  usdPerUnit: number;
  /** The KPI's value per day served, release minus predecessor, in USD. */
  gainPerDayUsd: number | null;
  days: number | null;
  /** When the gain covers the build cost, counted from the release's first day in service. */
  at: Date | null;
  paidBack: boolean | null;
  reason: string | null;
}

/**
 * Payback: the KPI named as value (its observations summed per day in service, × usdPerUnit) gained over
 * the release it replaced, against the build cost. Null with a reason when there is no predecessor, no
 * KPI on either side, or no gain.
 */
export function payback(
  q: { kpi: string | null; usdPerUnit: number; build: number; now: Date },
  current: { side: ServiceSide; totals: Totals } | null,
  previous: { side: ServiceSide; totals: Totals } | null,
): Payback {
  const none = (reason: string, gainPerDayUsd: number | null = null): Payback => ({
    kpi: q.kpi,
    usdPerUnit: q.usdPerUnit,
    gainPerDayUsd,
    days: null,
    at: null,
    paidBack: null,
    reason,
  });
  if (!q.kpi) return none('No value KPI was named (valueKpi).');
  if (!current || !previous) return none('The release replaced no earlier release in this environment.');
  const perDay = (s: { side: ServiceSide; totals: Totals }) => {
    const t = s.totals.get(SIGNALS.kpi(q.kpi!));
    return t && t.n > 0 && s.side.serviceDays > 0 ? t.sum / s.side.serviceDays : null;
  };
  const [c, p] = [perDay(current), perDay(previous)];
  if (c === null || p === null) return none(`"${q.kpi}" was not observed on both releases in service.`);
  const gain = (c - p) * q.usdPerUnit;
  if (!(gain > 0)) return none(`"${q.kpi}" gained nothing over the release it replaced.`, gain);
  const days = q.build / gain;
  const at = new Date(current.side.since.getTime() + days * DAY_MS);
  return { kpi: q.kpi, usdPerUnit: q.usdPerUnit, gainPerDayUsd: gain, days, at, paidBack: at <= q.now, reason: null };
}

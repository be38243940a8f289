import type { Tx } from '../../db/database.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { aliasId } from '../aliases/service.js';
import type { NodeOf } from '../nodes/types.js';
import { monitorQueries } from './queries.js';

/** One release's stretch of time that a check reads a signal over: [from, to). */
export interface SignalSpan {
  release: string;
  from: Date;
  to: Date;
}

/** An EVALUATION baseline: the value the latest evaluation of the current release on the dataset version recorded. */
export interface EvaluationReference {
  evaluation: string;
  dataset: string;
  metric: string;
  value: number;
}

/** What a check compares, or why it cannot: no release served, or no baseline to compare with. */
export type CheckSpans =
  | { current: SignalSpan; baseline: SignalSpan }
  | { current: SignalSpan; reference: EvaluationReference }
  | { missing: string; current: SignalSpan | null };

/** Alias moves a check looks back over for the previous release: a bound on the walk, not on history. */
export const SERVING_LOOKBACK = 50;

type ServingRow = { release: string; since: string; until: string | null };

/** Which releases an environment's alias pointed at up to `asOf`, newest move first (at most SERVING_LOOKBACK). */
export type ServingHistory = (tx: Tx, system: string, environment: string, asOf: Date) => Promise<ServingRow[]>;

export const readServingHistory: ServingHistory = (tx, system, environment, asOf) =>
  tx.run(monitorQueries.serving, { alias: aliasId(system, environment), at: dateTimeParam(asOf), limit: intParam(SERVING_LOOKBACK) });

/**
 * The windows a monitor's check at `asOf` compares. The current one: the release the alias served
 * then, from when it started serving (or the monitor's current window length before `asOf`, if later)
 * to `asOf`. The baseline: the release served before it over its whole time in service
 * (PREVIOUS_RELEASE), a pinned release and window (PINNED), or the current release's own window just
 * before the current one (TRAILING), or the metric value the latest evaluation of the current release on
 * the dataset version recorded by `asOf` (EVALUATION).
 */
export async function checkSpans(
  tx: Tx,
  monitor: NodeOf<'Monitor'>,
  asOf: Date,
  servingHistory: ServingHistory = readServingHistory,
): Promise<CheckSpans> {
  const history = await servingHistory(tx, monitor.system!, monitor.environment!, asOf);
  const served = history[0];
  if (!served || served.until !== null)
    return { missing: `no release served ${monitor.environment} at ${asOf.toISOString()}`, current: null };
  const since = new Date(served.since);
  const from = monitor.currentWindowMs ? new Date(Math.max(since.getTime(), asOf.getTime() - monitor.currentWindowMs)) : since;
  const current = { release: served.release, from, to: asOf };
  switch (monitor.baselineKind) {
    case 'PINNED':
      return {
        current,
        baseline: { release: monitor.baselineRelease!, from: new Date(monitor.baselineFrom!), to: new Date(monitor.baselineTo!) },
      };
    case 'EVALUATION': {
      const dataset = monitor.baselineDataset!;
      const metric = monitor.baselineMetric!;
      const found = await tx.one(monitorQueries.evaluationReference, {
        release: current.release,
        dataset,
        metric,
        at: dateTimeParam(asOf),
      });
      if (!found)
        return {
          missing: `no evaluation of ${current.release} on ${dataset} reporting "${metric}" was recorded by ${asOf.toISOString()}`,
          current,
        };
      return { current, reference: { evaluation: found.evaluation, dataset, metric, value: found.value } };
    }
    case 'TRAILING': {
      const to = current.from;
      return { current, baseline: { release: current.release, from: new Date(to.getTime() - monitor.baselineWindowMs!), to } };
    }
    default: {
      const previous = history.slice(1).find((h) => h.release !== served.release && h.until !== null);
      if (!previous)
        return {
          missing: `${served.release} is the first release ${monitor.environment} served: no previous release to compare with`,
          current,
        };
      return { current, baseline: { release: previous.release, from: new Date(previous.since), to: new Date(previous.until!) } };
    }
  }
}

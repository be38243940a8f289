import { nodeId } from '../src/domain/ids.js';
import { recordKpis } from '../src/domain/signals/kpis.js';
import { personPrincipal, type SystemName } from './actors.js';
import type { SeedRun } from './run.js';
import type { Step } from './steps.js';
import { SIGNAL_NAMES, type TrafficEvent } from './traffic.js';

const MINUTE_MS = 60_000;
/** The grader scores an answer a minute after it is given; an employee who rates it does so within three. */
const GRADED_AFTER_MS = MINUTE_MS;
const RATED_AFTER_MS = 3 * MINUTE_MS;
/** Handling minutes a call spares, per system (policy-qa: only when no help-desk ticket follows). */
const MINUTES_SAVED: Record<SystemName, number> = { 'policy-qa': 12, 'compliance-risk': 9, 'kg-decision-support': 6 };

/**
 * The scores of recorded calls: the grader's groundedness on every policy-qa answer and the user's
 * thumbs where one was given, each keyed by its call (a re-run records nothing new), given no later
 * than `now` (a score never comes before the seed's clock reaches it).
 */
export function scoresOf(run: SeedRun, calls: TrafficEvent[], callAt: (e: TrafficEvent) => Date): Array<Record<string, unknown>> {
  const at = (e: TrafficEvent, after: number) => new Date(Math.min(callAt(e).getTime() + e.body.latencyMs + after, run.now.getTime()));
  return calls.flatMap((e) => {
    if (!e.feedback) return [];
    const target = nodeId('Output', `${run.key(e.key)}.1`);
    const scores: Array<Record<string, unknown>> = [
      {
        key: run.key(`${e.key}-${SIGNAL_NAMES.groundedness}`),
        target,
        name: SIGNAL_NAMES.groundedness,
        value: e.feedback.groundedness,
        source: 'GRADER',
        at: at(e, GRADED_AFTER_MS).toISOString(),
      },
    ];
    if (e.feedback.thumbsUp !== null)
      scores.push({
        key: run.key(`${e.key}-${SIGNAL_NAMES.thumbs}`),
        target,
        name: SIGNAL_NAMES.thumbs,
        value: e.feedback.thumbsUp ? 1 : 0,
        source: 'USER',
        at: at(e, RATED_AFTER_MS).toISOString(),
      });
    return scores;
  });
}

/**
 * The platform's weekly KPI job, as steps at the end of each demo week: per system, day and serving
 * release, the handling minutes saved, and for policy-qa the share of questions deflected from the help
 * desk, each over that release's calls of that day.
 */
export function kpiSteps(run: SeedRun, traffic: TrafficEvent[], callAt: (e: TrafficEvent) => Date, lastDay: number): Step[] {
  const groups = new Map<string, TrafficEvent[]>();
  for (const e of traffic) {
    const k = JSON.stringify([e.system, e.day, e.release]);
    const group = groups.get(k);
    if (group) group.push(e);
    else groups.set(k, [e]);
  }
  const steps: Step[] = [];
  for (let end = 6; end < lastDay + 7; end += 7) {
    const weekEnd = Math.min(end, lastDay);
    const at = run.at(weekEnd, '23:00');
    const week = [...groups.values()].filter(([e]) => e.day > weekEnd - 7 && e.day <= weekEnd);
    steps.push({
      at,
      label: `KPIs of week ending day ${weekEnd}`,
      run: async () => {
        const observations = week.flatMap((calls) => observationsOf(run, calls, callAt));
        if (observations.length === 0) return;
        const r = await recordKpis(run.as(personPrincipal(run, 'carmen')), { observations });
        run.count('kpiObservations', r.created, observations.length);
      },
    });
    if (weekEnd === lastDay) break;
  }
  return steps;
}

function observationsOf(run: SeedRun, calls: TrafficEvent[], callAt: (e: TrafficEvent) => Date): Array<Record<string, unknown>> {
  const { system, day, release } = calls[0];
  const from = callAt(calls[0]).toISOString();
  const to = new Date(callAt(calls.at(-1)!).getTime() + MINUTE_MS).toISOString();
  const base = { system: run.ref(nodeId('System', system)), release: run.ref(release), from, to };
  const key = (kpi: string) => run.key(`${system}-d${String(day).padStart(2, '0')}-${release.split('@')[1]}-${kpi}`);
  const spared = calls.filter((e) => e.feedback?.deflected ?? true).length;
  const rows: Array<Record<string, unknown>> = [
    { ...base, key: key(SIGNAL_NAMES.minutesSaved), kpi: SIGNAL_NAMES.minutesSaved, value: spared * MINUTES_SAVED[system] },
  ];
  if (system === 'policy-qa')
    rows.push({
      ...base,
      key: key(SIGNAL_NAMES.deflectionRate),
      kpi: SIGNAL_NAMES.deflectionRate,
      value: Number(((100 * spared) / calls.length).toFixed(1)),
    });
  return rows;
}

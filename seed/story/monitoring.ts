import { SIGNAL_NAMES } from '../traffic.js';
import type { Builders, Step, When } from '../steps.js';

/** Policy-qa's production monitors run every evening, and at noon in the days after release 3 shipped. */
const RUN_DAYS = { from: 20, to: 55 };
const NOON_RUN_DAYS = [40, 41, 42];

/**
 * What the platform measures after a release ships: the score configs and KPIs every system reports
 * (day 0), and policy-qa's production monitors (defined once release 2 serves, day 20): groundedness
 * against the previous release with the sequential test, retrieval latency against release 1's two
 * weeks in production, and the language mix against the previous release. Their checks run on a
 * schedule; release 3's fail, and the groundedness monitor opens a drift alert by itself.
 */
export function monitoringStory(b: Builders): Step[] {
  const runs: When[] = [];
  for (let day = RUN_DAYS.from; day <= RUN_DAYS.to; day++) {
    if (NOON_RUN_DAYS.includes(day)) runs.push([day, '12:00']);
    runs.push([day, '19:30']);
  }
  return [
    b.scoreConfig([0, '10:00'], 'carmen', {
      name: SIGNAL_NAMES.groundedness,
      dataType: 'NUMERIC',
      min: 0,
      max: 1,
      description: 'LLM grader: share of the answer’s statements supported by a retrieved excerpt.',
    }),
    b.scoreConfig([0, '10:05'], 'carmen', {
      name: SIGNAL_NAMES.thumbs,
      dataType: 'BOOLEAN',
      description: 'Employee feedback on an answer: thumbs up (true) or down (false).',
    }),
    b.kpi([0, '10:10'], 'carmen', {
      name: SIGNAL_NAMES.deflectionRate,
      unit: '%',
      direction: 'HIGHER',
      description: 'Questions answered without a help-desk ticket within a day.',
    }),
    b.kpi([0, '10:15'], 'carmen', {
      name: SIGNAL_NAMES.minutesSaved,
      unit: 'minutes',
      direction: 'HIGHER',
      description: 'Handling minutes saved against the manual process, per day.',
    }),
    b.monitor([20, '12:00'], 'alice', 'policy-qa', 'production', {
      name: 'groundedness',
      signal: `score:${SIGNAL_NAMES.groundedness}`,
      kind: 'REGRESSION',
      method: 'MSPRT',
      direction: 'HIGHER_IS_BETTER',
      minimumDetectableEffect: 0.05,
      baseline: { kind: 'PREVIOUS_RELEASE' },
      minimumSampleSize: 10,
    }),
    b.monitor([20, '12:05'], 'alice', 'policy-qa', 'production', {
      name: 'retrieval-latency',
      signal: `feature:${SIGNAL_NAMES.retrievalMs}`,
      kind: 'DRIFT',
      baseline: { kind: 'PINNED', release: 'release:policy-qa@1', from: [6, '10:00'], to: [20, '10:00'] },
      minimumSampleSize: 10,
    }),
    b.monitor([20, '12:10'], 'alice', 'policy-qa', 'production', {
      name: 'language-mix',
      signal: `feature:${SIGNAL_NAMES.language}`,
      kind: 'DRIFT',
      baseline: { kind: 'PREVIOUS_RELEASE' },
      minimumSampleSize: 10,
    }),
    ...runs.map((when) => b.runMonitors(when, 'carmen', 'policy-qa', 'production')),
  ];
}
